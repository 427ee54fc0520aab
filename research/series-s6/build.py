import csv, os

OUT = "/work/research/series-s6"
ACC = "2026-12-05"


def w(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


# ---------------- sources ----------------
S = []


def src(sid, title, pub, author, published, prec, url, kind):
    S.append((sid, title, pub, author, published, prec, url, kind, ACC))


# KAEDEX
src(
    "S6-flyteam-2017-kaedex17",
    "海自、7月2日から15日までカナダ海軍と共同訓練「KAEDEX」を実施",
    "FlyTeam (reporting a Maritime Staff Office announcement)",
    "",
    "2017",
    "year",
    "http://flyteam.jp/news/article/81136",
    "news",
)
src(
    "S6-rcn-20191125-kaedex19",
    "Japan and Canada improve interoperability at KAEDEX",
    "Department of National Defence, Canada (Navy News / The Maple Leaf)",
    "Captain Jenn Jackson",
    "2019-11-25",
    "day",
    "https://www.canada.ca/en/department-national-defence/maple-leaf/rcn/2019/11/japan-and-canada-improve-interoperability-at-kaedex.html",
    "official",
)
src(
    "S6-wing-20191009-kaedex19-2",
    "海自、日加共同訓練「KAEDEX19-2」を実施",
    "WING (jwing.net)",
    "",
    "2019-10-09",
    "day",
    "https://www.jwing.net/news/17752",
    "news",
)
src(
    "S6-funeco-2024-kaedex24-2",
    "日加共同訓練「KAEDEX24-2」(ティモール海)",
    "funeco.jp (reporting a JMSDF release)",
    "",
    "2024-09",
    "month",
    "https://funeco.jp/news/news-24576",
    "news",
)
# MILAN
src(
    "S6-indiatoday-20220223-milan22",
    "Navies of Vietnam, Myanmar, Malaysia ... along with QUAD members among 13 countries to participate in Milan exercise",
    "India Today",
    "",
    "2022-02-23",
    "day",
    "https://www.indiatoday.in/india/story/indian-navy-exercise-milan-fleet-review-visakhapatnam-countering-china-indian-ocean-region-1916986-2022-02-23",
    "news",
)
src(
    "S6-hindu-20220223-milan22",
    "Navies of around 42 countries to join Milan-2022",
    "The Hindu",
    "",
    "2022-02-23",
    "day",
    "https://www.thehindu.com/news/national/warships-from-quad-various-other-countries-to-take-part-in-indian-navys-largest-multilateral-exercise-milan/article65077573.ece",
    "news",
)
src(
    "S6-norimono-20240229-milan24",
    "「さざなみ」は南シナ海からインドへ。インド海軍主催の多国間共同訓練に参加 (乗りものニュース, via livedoor News)",
    "livedoor News (re-posting Norimono News)",
    "",
    "2024-02-29",
    "day",
    "https://news.livedoor.com/article/detail/25988915",
    "reproduction",
)
src(
    "S6-msdf-20240229-milan24",
    "JS SAZANAMI participated in a multilateral exercise MILAN2024.",
    "JMSDF Self-Defense Fleet",
    "",
    "2024-02-29",
    "day",
    "https://www.mod.go.jp/msdf/sf/english/news/2024/02/0229.html",
    "official",
)
src(
    "S6-msdf-20240222-milan24",
    "Indian Navy led Multilateral Exercise (MILAN2024)",
    "JMSDF Self-Defense Fleet",
    "",
    "2024-02-22",
    "day",
    "https://www.mod.go.jp/msdf/sf/english/news/2024/02/0222-1.html",
    "official",
)
src(
    "S6-deccan-20240218-milan24",
    "Navy's Milan 24 exercise set to begin today",
    "Deccan Chronicle",
    "",
    "2024-02-18",
    "day",
    "https://www.deccanchronicle.com/nation/current-affairs/navys-milan-24-exercise-set-to-begin-today-882595",
    "news",
)
src(
    "S6-funeco-2026-milan26",
    "海上自衛隊、IFR2026及びMILAN2026への参加を公表 (護衛艦「ゆうだち」)",
    "funeco.jp (reporting a JMSDF release)",
    "",
    "2026-02",
    "month",
    "https://funeco.jp/news/news-30214",
    "news",
)
# Brunet-Takamori
src(
    "S6-nikkei-20230919-bt23",
    "France, Japan ground troops conduct 1st joint drills in Pacific",
    "Nikkei Asia",
    "",
    "2023-09-19",
    "day",
    "https://asia.nikkei.com/Politics/International-relations/Indo-Pacific/France-Japan-ground-troops-conduct-1st-joint-drills-in-Pacific",
    "news",
)
src(
    "S6-kyodo-20230928-bt23",
    "Japan, France conduct live-fire military exercise in South Pacific",
    "Japan Today (Kyodo)",
    "",
    "2023-09-28",
    "day",
    "https://japantoday.com/category/politics/japan-france-conduct-live-fire-military-exercise-in-south-pacific",
    "news",
)
src(
    "S6-afp-20230928-bt23",
    "Relations franco-japonaises: exercice militaire inédit en Nouvelle-Calédonie",
    "Tahiti Infos (AFP)",
    "",
    "2023-09-28",
    "day",
    "https://www.tahiti-infos.com/Relations-franco-japonaises-exercice-militaire-inedit-en-Nouvelle-Caledonie_a219678.html",
    "news",
)
src(
    "S6-asagumo-20241022-bt24",
    "日仏共同訓練「ブリュネ・タカモリ24」 対ゲリラ戦 死角無し(2024年9月8日~20日)",
    "Asagumo News",
    "",
    "2024-10-22",
    "day",
    "https://www.asagumo-news.com/homepage/htdocs/news/newsflash/202410/241022/24102202.html",
    "news",
)
src(
    "S6-jdef-20250901-bt25",
    "陸上自衛隊、フランス陸軍との実動訓練(ブリュネ・タカモリ25)を実施予定(9月1日~11日)",
    "J-Defense News (quoting the Ground Staff Office)",
    "",
    "2025-09-01",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/003762.html",
    "news",
)
src(
    "S6-asagumo-20251201-bt25",
    "日仏実動訓練「ブリュネ・タカモリ25」 仏軍揚陸艦、ヘリを初使用(2025年9月1日~11日)",
    "Asagumo News",
    "",
    "2025-12-01",
    "day",
    "https://www.asagumo-news.com/homepage/htdocs/news/newsflash/202512/251201/25120104.html",
    "news",
)
# Pacific Reach
src(
    "S6-navaltoday-20130919-pr13",
    "US Navy to Join Allied and Partner Navies in Pacific Reach 2013",
    "Naval Today (U.S. Navy press release)",
    "",
    "2013-09-19",
    "day",
    "https://www.navaltoday.com/2013/09/19/us-navy-to-join-allied-and-partner-navies-in-pacific-reach-2013/",
    "news",
)
src(
    "S6-doj2014-col-pr13",
    "<VOICE> 西太平洋潜水艦救難訓練(パシフィック・リーチ2013)に参加して (Defense of Japan 2014 column)",
    "Ministry of Defense of Japan (Defense of Japan 2014, archived at clearing.mod.go.jp)",
    "",
    "2014",
    "year",
    "http://www.clearing.mod.go.jp/hakusho_data/2014/html/nc028000.html",
    "official",
)
src(
    "S6-blog-20130921-pr13",
    "コリンズ級潜水艦ウォーラー入港 (Pacific Reach 2013)",
    "blog.goo.ne.jp (harunakurama, personal blog)",
    "",
    "2013-09-21",
    "day",
    "https://blog.goo.ne.jp./harunakurama/d/20130921",
    "reproduction",
)
src(
    "S6-kbs-20160510-pr16",
    "多国間潜水艦救難訓練 南海で25日から実施",
    "KBS World Radio (Japanese service)",
    "",
    "2016-05-10",
    "day",
    "http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=59184&lang=j",
    "news",
)
src(
    "S6-msdf-pr19",
    "第8回西太平洋潜水艦救難訓練(パシフィック・リーチ2019)",
    "Japan Maritime Self-Defense Force",
    "",
    "2019",
    "year",
    "https://www.mod.go.jp/msdf/operation/training/pacreach2019/",
    "official",
)
src(
    "S6-cpf-20191116-pr19",
    "Submarine rescue exercise Pacific Reach wraps up in Australia",
    "U.S. Pacific Fleet",
    "Lt. Danielle Moser",
    "2019-11-16",
    "day",
    "https://www.cpf.navy.mil/Newsroom/News/Article/2644669/submarine-rescue-exercise-pacific-reach-wraps-up-in-australia/",
    "official",
)
src(
    "S6-wing-2025-pr25",
    "海自、潜水艦救難訓練「パシフィック・リーチ2025」参加",
    "WING (jwing.net)",
    "",
    "2025-09",
    "month",
    "https://www.jwing.net/?p=98559",
    "news",
)
# PSI APER
src(
    "S6-dod-2014-fg14",
    "U.S., Pacific Partners Begin Proliferation Security Exercise",
    "U.S. Department of Defense (DoD News)",
    "",
    "2014-08",
    "month",
    "https://dod.defense.gov/News/Article/Article/603012/",
    "official",
)
src(
    "S6-dvids-20140807-fg14",
    "Multinational proliferation security exercise comes to a close",
    "U.S. Pacific Command (DVIDS)",
    "Tech. Sgt Aaron Oelrich",
    "2014-08-07",
    "day",
    "https://www.dvidshub.net/news/printable/138672",
    "official",
)
src(
    "S6-mofa-psi-index",
    "拡散に対する安全保障構想(PSI)",
    "Ministry of Foreign Affairs of Japan",
    "",
    "2018-08-13",
    "day",
    "https://www.mofa.go.jp/mofaj/gaiko/fukaku_j/psi/index.html",
    "official",
)
src(
    "S6-state-2022-fg22",
    "Proliferation Security Initiative Asia-Pacific Exercise Rotation Joint Statement",
    "U.S. Department of State",
    "",
    "2022-08",
    "month",
    "https://www.state.gov/proliferation-security-initiative-asia-pacific-exercise-rotation-joint-statement/",
    "official",
)
src(
    "S6-kbs-20220809-fg22",
    "S. Korea, 20 Other Countries Conduct Proliferation Security Initiative Exercise",
    "KBS World",
    "",
    "2022-08-09",
    "day",
    "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=171586",
    "news",
)
src(
    "S6-yonhap-20230524-ee23",
    "S. Korea to host anti-proliferation meeting, multinational naval drill next week (Yonhap, as re-posted by K-Vibe)",
    "K-Vibe (re-posting Yonhap News Agency)",
    "",
    "2023-05-24",
    "day",
    "https://m.korean-vibe.com/news/amp.html?ncode=179557125704122",
    "reproduction",
)
src(
    "S6-kuna-2023-ee23",
    "Seoul to host int'l anti-proliferation meeting, naval drill (Kuwait News Agency, as re-posted)",
    "Arab News Network (re-posting KUNA, citing Yonhap)",
    "",
    "2023-05",
    "month",
    "https://arabnewsnetwork.ae/seoul-to-host-intl-anti-proliferation-meeting-naval-drill/",
    "reproduction",
)
src(
    "S6-jdef-20240926-pp24",
    "拡散に対する安全保障構想(PSI)訓練「Pacific Protector 24」に参加(9月25日~27日)",
    "J-Defense News (quoting the Joint Staff Office)",
    "",
    "2024-09-26",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/001429.html",
    "news",
)
src(
    "S6-mofa-20251125-ps25",
    "我が国主催PSI(拡散に対する安全保障構想)海上阻止訓練「Pacific Shield 25」の実施",
    "Ministry of Foreign Affairs of Japan",
    "",
    "2025-11-25",
    "day",
    "https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02998.html",
    "official",
)
# Oguri-Verny
src(
    "S6-jdef-20240613-ov24",
    "海上自衛隊、6月11日の日仏共同訓練(オグリ・ヴェルニー24)の内容を公表",
    "J-Defense News (quoting the Maritime Staff Office)",
    "",
    "2024-06-13",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/000709.html",
    "news",
)
src(
    "S6-msdf-20240717-ov24-3",
    "令和6年度インド太平洋方面派遣(IPD24)第3水上部隊 護衛艦「のしろ」の日仏共同訓練(オグリヴェルニー24-3)の実施について",
    "JMSDF Self-Defense Fleet",
    "",
    "2024-07-17",
    "day",
    "https://www.mod.go.jp/msdf/sf/news/2024/07/0717-2.html",
    "official",
)
src(
    "S6-ambafrance-20220630-ov22",
    "太平洋における日仏防衛協力",
    "Embassy of France in Japan",
    "",
    "2022-06-30",
    "day",
    "https://jp.ambafrance.org/article18007",
    "official",
)
# Japan-US mine warfare exercises
src(
    "S6-blog-20140725-miwex14",
    "機雷掃海、実績の陰に訓練あり 青森県・陸奥湾で海自公開 (Sankei article re-posted on a personal blog)",
    "blog.goo.ne.jp (fujimi36, re-posting Sankei Shimbun)",
    "",
    "2014-07-25",
    "day",
    "https://blog.goo.ne.jp./fujimi36/d/20140725",
    "reproduction",
)
src(
    "S6-flyteam-2015-miwex15",
    "海上自衛隊とアメリカ海軍による機雷戦・掃海特別訓練(陸奥湾、2015年7月18日~30日)",
    "FlyTeam (reporting a Maritime Staff Office announcement of 7 Jul 2015)",
    "",
    "2015-07",
    "month",
    "https://flyteam.jp/news/article/52153",
    "news",
)
src(
    "S6-c7f-20160801-mcmex16",
    "U.S., Japan Bilateral Exercise Enhances Mine Countermeasure Capabilities",
    "Commander, U.S. 7th Fleet",
    "Senior Airman Jordyn Fetter",
    "2016-08-01",
    "day",
    "http://www.c7f.navy.mil/Media/News/Display/Article/886278/us-japan-bilateral-exercise-enhances-mine-countermeasure-capabilities",
    "official",
)
src(
    "S6-flyteam-2016-miwex16",
    "海上自衛隊、7月下旬に陸奥湾で米海軍と合同の機雷戦訓練を開催",
    "FlyTeam (reporting a Maritime Staff Office announcement)",
    "",
    "2016-07",
    "month",
    "http://flyteam.jp/news/article/66156",
    "news",
)
src(
    "S6-navaltoday-20170731-2ja17",
    "Mine warfare exercise 2JA concludes",
    "Naval Today",
    "",
    "2017-07-31",
    "day",
    "https://navaltoday.com/2017/07/31/mine-warfare-exercise-2ja-concludes/?ajaxCalendar=1&mo=3&yr=2019",
    "news",
)
src(
    "S6-c7f-20200730-2ja20",
    "US Navy, JMSDF Complete Exercise 2JA",
    "Commander, U.S. 7th Fleet",
    "Lt.j.g. Alexander Fairbanks",
    "2020-07-30",
    "day",
    "http://www.c7f.navy.mil/Media/News/Display/Article/2293407/us-navy-jmsdf-complete-exercise-2ja/",
    "official",
)
src(
    "S6-navaltech-2020-2ja20",
    "US Navy and JMSDF commence MIWEX 2JA in Japan",
    "Naval Technology",
    "",
    "2020-07",
    "month",
    "https://www.naval-technology.com/news/us-navy-and-jmsdf-commence-miwex-2ja-in-japan/",
    "news",
)
src(
    "S6-pacom-20210208-1ja21",
    "U.S. Naval Forces and Japan Maritime Self-Defense Forces Conduct Bilateral Mine Warfare Exercise",
    "U.S. Indo-Pacific Command (Commander, Expeditionary Strike Group 7)",
    "",
    "2021-02-08",
    "day",
    "https://www.pacom.mil/Media/News/News-Article-View/Article/2497283/us-naval-forces-and-japan-maritime-self-defense-forces-conduct-bilateral-mine-w/",
    "official",
)
src(
    "S6-upi-20210208-1ja21",
    "U.S. Navy joins Japan Maritime Self-Defense Force in mine removal exercise",
    "UPI",
    "",
    "2021-02-08",
    "day",
    "https://www.upi.com/Defense-News/2021/02/08/US-Navy-joins-Japan-Maritime-Self-Defense-Force-in-mine-removal-exercise/8031612815924/",
    "news",
)
src(
    "S6-dvids-20221214-3ja22",
    "U.S. Naval Forces and Japan Maritime Self-Defense Force Conduct Joint Mine Warfare Exercise (MIWEX 3JA 2022)",
    "DVIDS (U.S. Navy)",
    "",
    "2022-12-14",
    "day",
    "https://www.dvidshub.net/news/435133/us-naval-forces-and-japan-maritime-self-defense-force-conduct-joint-mine-warfare-exercise",
    "official",
)
src(
    "S6-dvids-2023-3ja23",
    "U.S. Navy and Japan Maritime Self-Defense Force conduct joint mine warfare exercise (MIWEX 3JA 2023)",
    "DVIDS (U.S. Navy)",
    "",
    "2023-11",
    "month",
    "https://www.dvidshub.net/news/458858/us-navy-and-japan-maritime-self-defense-force-conduct-joint-mine-warfare-exercise",
    "official",
)
src(
    "S6-mrt-20231124-3ja23",
    "日向灘沖で実施 海上自衛隊の機雷除去訓練が報道陣に公開",
    "MRT Miyazaki Broadcasting (TBS NEWS DIG)",
    "",
    "2023-11-24",
    "day",
    "https://newsdig.tbs.co.jp/articles/mrt/856734",
    "news",
)
src(
    "S6-asagumo-20241114-hyuga24",
    "宮崎県の日向灘で日米共同掃海訓練(2024年11月16日~26日)",
    "Asagumo News",
    "",
    "2024-11-14",
    "day",
    "https://www.asagumo-news.com/homepage/htdocs/news/newsflash/202411/241114/24111402.html",
    "news",
)
src(
    "S6-livedoor-20251107-hyuga25",
    "宮崎県沖の日向灘で機雷を使った日米共同訓練 (MRT report via livedoor News)",
    "livedoor News (re-posting MRT Miyazaki Broadcasting)",
    "",
    "2025-11-07",
    "day",
    "https://news.livedoor.com/article/detail/29940415/",
    "reproduction",
)
src(
    "S6-jdef-20250626-2ja25",
    "海自、7月14日~29日に日米共同の機雷戦訓練および掃海特別訓練を実施予定",
    "J-Defense News (quoting the Maritime Staff Office)",
    "",
    "2025-06-26",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/003397.html",
    "news",
)
src(
    "S6-armyrec-2025-2ja25",
    "US and Japanese forces conduct training in the Sea of Japan to strengthen mine countermeasures",
    "Army Recognition",
    "",
    "2025-07",
    "month",
    "https://armyrecognition.com/news/navy-news/2025/us-and-japanese-forces-conduct-training-in-the-sea-of-japan-to-strengthen-mine-countermeasures",
    "news",
)
src(
    "S6-dvids-20260210-1ja26",
    "U.S., Japan naval forces complete Mine Warfare Exercise 1JA 2026",
    "DVIDS (U.S. Navy)",
    "",
    "2026-02-10",
    "day",
    "https://www.dvidshub.net/news/557892/us-japan-naval-forces-complete-mine-warfare-exercise-1ja-2026",
    "official",
)

# AMAN
src(
    "S6-app-20190126-aman19",
    "Two Japanese naval aircraft arrive in Karachi for AMAN-2019 exercise",
    "Associated Press of Pakistan (APP)",
    "",
    "2019-01-26",
    "day",
    "https://www.app.com.pk/two-japanese-naval-aircraft-arrive-in-karachi-for-aman-2019-exercise/",
    "news",
)
src(
    "S6-thenews-20190111-aman19",
    "Japanese ship arrives to take part in exercise",
    "The News International",
    "",
    "2019-01-11",
    "day",
    "https://www.thenews.com.pk/print/417444-japanese-ship-arrives-to-take-part-in-exercise",
    "news",
)
src(
    "S6-hilal-2021-aman21",
    "Together for Peace: Pakistan Navy Conducts 7th Multinational Maritime Exercise AMAN-2021",
    "Hilal (Pakistan Armed Forces magazine, ISPR)",
    "",
    "2021-03",
    "month",
    "https://hilal.gov.pk/eng-article/together-for-peace:-pakistan-navy-conducts-7th-multinational-maritime-exercise-aman-2021/NDkzNQ==.html",
    "official",
)
src(
    "S6-hilal-2023-aman23",
    "8th Multinational Naval Exercise AMAN-23 (Hilal article)",
    "Hilal (Pakistan Armed Forces magazine, ISPR)",
    "",
    "2023",
    "year",
    "https://hilal.gov.pk/view-article.php?i=7085",
    "official",
)

src(
    "S6-msdf-2021-aman21",
    "パキスタン海軍主催AMAN21多国間共同訓練への参加について",
    "JMSDF Self-Defense Fleet",
    "",
    "2021-02",
    "month",
    "https://www.mod.go.jp/msdf/sf/news/W006H0001096.html",
    "official",
)
src(
    "S6-dailydefense-20230301-aman23",
    "海自、パキスタン海軍主催多国間共同訓練(AMAN23)に参加 (防衛日報 2023年3月1日 2面)",
    "Daily Defense (防衛日報デジタル)",
    "",
    "2023-03-01",
    "day",
    "https://dailydefense.jp/_ct/17610651",
    "news",
)
src(
    "S6-funeco-2025-aman25",
    "パキスタン海軍主催多国間共同訓練「AMAN2025」に参加 (護衛艦「むらさめ」)",
    "funeco.jp (reporting a JMSDF release)",
    "",
    "2025-02",
    "month",
    "https://funeco.jp/news/news-25750",
    "news",
)
src(
    "S6-asagumo-20250318-aman25",
    "海賊対処水上部隊「むらさめ」、「あさひ」 多国間共同訓練に参加(2025年2月7日~11日)",
    "Asagumo News",
    "",
    "2025-03-18",
    "day",
    "https://www.asagumo-news.com/homepage/htdocs/news/newsflash/202503/250318/25031803.html",
    "news",
)
src(
    "S6-thenews-20170210-aman17",
    "Aman 2017 naval exercise",
    "The News International",
    "",
    "2017-02-10",
    "day",
    "https://www.thenews.com.pk/print/185184-Aman-2017-naval-exercise",
    "news",
)
src(
    "S6-diplomat-2017-aman17",
    "Pakistan Kicks Off Large Multinational Naval Exercise",
    "The Diplomat",
    "",
    "2017-02",
    "month",
    "http://thediplomat.com/2017/02/pakistan-kicks-off-large-multinational-naval-exercise",
    "news",
)
w(
    "sources.csv",
    [
        "source_id",
        "title",
        "publisher",
        "author",
        "published",
        "published_precision",
        "url",
        "kind",
        "accessed",
    ],
    S,
)

# ---------------- exercises ----------------
E = []
P = []
C = []


def ex(
    eid,
    name,
    series,
    start,
    sp,
    end,
    ep,
    loc,
    lat,
    lon,
    at_sea,
    host,
    domain,
    first,
    notes,
    kind="exercise",
):
    E.append(
        (
            eid,
            name,
            series,
            kind,
            start,
            sp,
            end,
            ep,
            loc,
            lat,
            lon,
            "true" if at_sea else "false",
            host,
            domain,
            first,
            notes,
        )
    )


def pa(eid, country, role, aircraft="", ships="", personnel=""):
    P.append((eid, country, role, aircraft, ships, personnel, "", "", ""))


def cit(table, rid, sid, loc):
    assert len(loc) <= 200, (rid, len(loc))
    C.append((table, rid, sid, loc))


# KAEDEX
ex(
    "EX-CAN-2017-KAEDEX",
    "KAEDEX 2017 (inaugural Japan-Canada bilateral exercise)",
    "KAEDEX",
    "2017-07-02",
    "day",
    "2017-07-15",
    "day",
    "Waters from around Kyushu to south of Kanto",
    32.5,
    134.0,
    True,
    "JPN",
    "maritime",
    'inaugural KAEDEX (RCN: "the inaugural bi-lateral initiative KAEDEX")',
    "Dates are those announced by the Maritime Staff Office (FlyTeam). JMSDF: JS Umigiri, JS Abukuma, JS Tokiwa; RCN: HMCS Winnipeg and HMCS Ottawa; the Canadian ships were to call at Kure and Tokyo. Sea-area centre nominal. Sources disagree on when the series began: RCN (Dec 2017) calls the 2017 KAEDEX inaugural and Janes says it began in 2017, but RCN Navy News (Nov 2019) says KAEDEX has been held since 2016.",
)
pa("EX-CAN-2017-KAEDEX", "JPN", "Japan", ships="3")
pa("EX-CAN-2017-KAEDEX", "CAN", "partner", ships="2")
cit(
    "exercises",
    "EX-CAN-2017-KAEDEX",
    "S6-flyteam-2017-kaedex17",
    "2017年7月2日(日)から7月15日(土)にかけて、カナダ海軍共同訓練「KAEDEX」を実施すると発表しました",
)
cit(
    "exercises",
    "EX-CAN-2017-KAEDEX",
    "E-rcn-20171211-chicoutimi",
    "The highlight of these activities was the inaugural bi-lateral initiative KAEDEX, which included events at sea and ashore.",
)
ex(
    "EX-CAN-2019-KAEDEX19-2",
    "KAEDEX 19-2",
    "KAEDEX",
    "2019-10-16",
    "day",
    "2019-10-19",
    "day",
    "Yokosuka and waters south of Kanto",
    35.29,
    139.67,
    False,
    "JPN",
    "maritime",
    "",
    "JMSDF: JS Chokai and JS Shimakaze; RCN: HMCS Ottawa (Operations PROJECTION and NEON). Dates per RCN Navy News (16-19 Oct, incl. an in-port boarding exercise at Yokosuka on 16 Oct); the Maritime Staff Office had announced 15-16 Oct south of Kanto (WING). Delayed and scaled back by Typhoon Hagibis. Second KAEDEX of 2019 (KAEDEX 19-1 is E-CAN-2019-KAEDEX).",
)
pa("EX-CAN-2019-KAEDEX19-2", "JPN", "Japan", ships="2")
pa("EX-CAN-2019-KAEDEX19-2", "CAN", "partner", ships="1")
cit(
    "exercises",
    "EX-CAN-2019-KAEDEX19-2",
    "S6-rcn-20191125-kaedex19",
    "during KAEDEX 19, held near Yokosuka, Japan from October 16 to 19.",
)
cit(
    "exercises",
    "EX-CAN-2019-KAEDEX19-2",
    "S6-wing-20191009-kaedex19-2",
    "日加共同訓練「KAEDEX19-2」を10月15・16日に関東南方海空域で実施すると発表した",
)
ex(
    "EX-CAN-2024-KAEDEX24-2",
    "KAEDEX 24-2",
    "KAEDEX",
    "2024-09-06",
    "day",
    "2024-09-08",
    "day",
    "Timor Sea",
    -10.5,
    127.0,
    True,
    "",
    "maritime",
    "",
    "JMSDF: JS Ariake (IPD24 2nd Surface Unit); RCN: HMCS Vancouver. Surface warfare, LINKEX and PHOTOEX. The same two ships also trained together 31 Aug - 3 Sep 2024. Organiser not stated (host left empty). Sea-area centre nominal.",
)
pa("EX-CAN-2024-KAEDEX24-2", "JPN", "Japan", ships="1")
pa("EX-CAN-2024-KAEDEX24-2", "CAN", "partner", ships="1")
cit(
    "exercises",
    "EX-CAN-2024-KAEDEX24-2",
    "S6-funeco-2024-kaedex24-2",
    "2024年9月6日(金)から9月8日(日)にかけての3日間、ティモール海で日加共同訓練「KAEDEX24-2」を実施した",
)

# MILAN
ex(
    "EX-IND-2022-MILAN",
    "MILAN 2022 (11th edition)",
    "MILAN",
    "2022-02-25",
    "day",
    "2022-03-04",
    "day",
    "Visakhapatnam and the Bay of Bengal",
    17.69,
    83.29,
    False,
    "IND",
    "maritime",
    "first MILAN with JMSDF participation (Norimono News: the JMSDF has taken part since 2022)",
    "Harbour phase 25-28 Feb, sea phase 1-4 Mar 2022 (The Hindu). First edition held at Visakhapatnam. India Today (23 Feb) reported the US, Japan and Australia would send warships; the Japanese unit is not named in the sources read. Other participants listed are those named as sending ships.",
)
pa("EX-IND-2022-MILAN", "JPN", "Japan")
pa("EX-IND-2022-MILAN", "IND", "partner")
pa("EX-IND-2022-MILAN", "USA", "co-participant")
pa("EX-IND-2022-MILAN", "AUS", "co-participant")
cit(
    "exercises",
    "EX-IND-2022-MILAN",
    "S6-indiatoday-20220223-milan22",
    "US, Japan and Australia that form the QUAD along with India will send their warships.",
)
cit(
    "exercises",
    "EX-IND-2022-MILAN",
    "S6-hindu-20220223-milan22",
    "The exercise, scheduled from February 25 to March 4, will see participation of around 42 countries",
)
cit(
    "exercises",
    "EX-IND-2022-MILAN",
    "S6-norimono-20240229-milan24",
    "海上自衛隊は2022年からこの訓練に参加しており、今回で2回目です。",
)
ex(
    "EX-IND-2024-MILAN",
    "MILAN 2024 (12th edition)",
    "MILAN",
    "2024-02-19",
    "day",
    "2024-02-27",
    "day",
    "Visakhapatnam and the Bay of Bengal",
    17.69,
    83.29,
    False,
    "IND",
    "maritime",
    "",
    "JMSDF: JS Sazanami (47th counter-piracy deployment surface force); Commander-in-Chief Self-Defense Fleet VADM Saito Akira attended. Harbour phase 19-23 Feb, sea phase 24-27 Feb (Norimono News). Second MILAN for the JMSDF. Co-participants listed are ships named by Deccan Chronicle (HMAS Warramunga, USS Halsey).",
)
pa("EX-IND-2024-MILAN", "JPN", "Japan", ships="1")
pa("EX-IND-2024-MILAN", "IND", "partner")
pa("EX-IND-2024-MILAN", "AUS", "co-participant", ships="1")
pa("EX-IND-2024-MILAN", "USA", "co-participant", ships="1")
cit(
    "exercises",
    "EX-IND-2024-MILAN",
    "S6-msdf-20240229-milan24",
    "JS SAZANAMI participated in the sea phase of a multilateral exercise hosted by the Indian Navy (MILAN2024) in the vicinity of Visakhapatnam.",
)
cit(
    "exercises",
    "EX-IND-2024-MILAN",
    "S6-deccan-20240218-milan24",
    "the 12th edition of the Multilateral Naval Exercise – 2024 (Milan 24), from February 19 to 27",
)
cit(
    "exercises",
    "EX-IND-2024-MILAN",
    "S6-norimono-20240229-milan24",
    "訓練は2024年2月19日から27日にかけて、インドのビシャカパトナムおよび周辺海空域で実施されました。",
)

# Brunet-Takamori
ex(
    "EX-FRA-2023-BRUNET-TAKAMORI",
    "Brunet-Takamori 2023",
    "Brunet-Takamori",
    "2023-09-10",
    "day",
    "2023-09-30",
    "day",
    "New Caledonia (Marine Infantry Regiment of the Pacific site, Mont-Dore, near Noumea)",
    -22.26,
    166.58,
    False,
    "FRA",
    "land",
    "first Japan-France ground-forces exercise (first on French soil)",
    "GSDF 5th Infantry Regiment with the French Armed Forces in New Caledonia (FANC); live fire, reconnaissance, communications and urban-area training. Sources disagree on size: Kyodo gives about 60 Japanese and some 250 French personnel; AFP gives about 50 Japanese and 350 French. Kyodo figures stored. Coordinates nominal.",
)
pa("EX-FRA-2023-BRUNET-TAKAMORI", "JPN", "Japan", personnel="60")
pa("EX-FRA-2023-BRUNET-TAKAMORI", "FRA", "partner", personnel="250")
cit(
    "exercises",
    "EX-FRA-2023-BRUNET-TAKAMORI",
    "S6-nikkei-20230919-bt23",
    '"Brunet-Takamori 2023" started on Sept. 10 in French New Caledonia',
)
cit(
    "exercises",
    "EX-FRA-2023-BRUNET-TAKAMORI",
    "S6-kyodo-20230928-bt23",
    "the two countries' first-ever joint ground combat exercise held from Sept. 10 to Saturday in the French territory of New Caledonia",
)
cit(
    "exercises",
    "EX-FRA-2023-BRUNET-TAKAMORI",
    "S6-afp-20230928-bt23",
    "Au total, 350 militaires français et une cinquantaine de membres des forces d'autodéfense japonaises participent jusqu'au 30 septembre",
)
ex(
    "EX-JPN-2024-BRUNET-TAKAMORI",
    "Brunet-Takamori 24",
    "Brunet-Takamori",
    "2024-09-08",
    "day",
    "2024-09-20",
    "day",
    "Ojojibara Training Area (Miyagi) and Iwatesan Training Area (Iwate)",
    38.5,
    140.8,
    False,
    "JPN",
    "land",
    "first GSDF-French Army field exercise held in Japan",
    "Counter-guerrilla/commando training. GSDF 9th Division (39th Infantry Regiment); French Army 6th Light Armoured Brigade with 2nd Foreign Infantry Regiment personnel. Coordinates nominal (Ojojibara).",
)
pa("EX-JPN-2024-BRUNET-TAKAMORI", "JPN", "Japan")
pa("EX-JPN-2024-BRUNET-TAKAMORI", "FRA", "partner")
cit(
    "exercises",
    "EX-JPN-2024-BRUNET-TAKAMORI",
    "S6-asagumo-20241022-bt24",
    "陸自と仏陸軍による実動訓練「ブリュネ・タカモリ24」が9月8日から20日にかけて、王城寺原演習場(宮城県)と岩手山演習場(岩手県)で行われた",
)
ex(
    "EX-FRA-2025-BRUNET-TAKAMORI",
    "Brunet-Takamori 25",
    "Brunet-Takamori",
    "2025-09-01",
    "day",
    "2025-09-11",
    "day",
    "New Caledonia (training area of the Marine Infantry Regiment of New Caledonia)",
    -22.26,
    166.58,
    False,
    "FRA",
    "land",
    "",
    "Third edition. GSDF 21st Infantry Regiment (9th Division) under Northeastern Army; French Armed Forces in New Caledonia. First use of a French Navy landing ship and helicopters in the series. Coordinates nominal.",
)
pa("EX-FRA-2025-BRUNET-TAKAMORI", "JPN", "Japan")
pa("EX-FRA-2025-BRUNET-TAKAMORI", "FRA", "partner")
cit(
    "exercises",
    "EX-FRA-2025-BRUNET-TAKAMORI",
    "S6-jdef-20250901-bt25",
    "令和7年9月1日(月)~11日(木)",
)
cit(
    "exercises",
    "EX-FRA-2025-BRUNET-TAKAMORI",
    "S6-asagumo-20251201-bt25",
    "今年で3回目を迎えた陸自と仏陸軍との実動訓練「ブリュネ・タカモリ」が9月1日から11日まで、オーストラリア東方の仏領ニューカレドニアで行われた",
)

# Pacific Reach
ex(
    "EX-JPN-2013-PACIFIC-REACH",
    "Pacific Reach 2013 (6th Western Pacific Submarine Rescue Exercise)",
    "Pacific Reach",
    "2013-09-20",
    "day",
    "2013-09-28",
    "day",
    "Yokosuka and sea areas off Japan (sea area not stated in sources read)",
    35.29,
    139.67,
    False,
    "JPN",
    "maritime",
    "",
    "Hosted by the JMSDF (second Japan-hosted edition after 2002). Ship participants Japan, ROK, Australia; US and Singapore in the core organisation; several observer nations. JMSDF units included JS Chihaya, JS Hyuga and a submarine. Sources disagree on dates: US Navy release (pre-event) gives 20-27 Sep; a blog report of the JMSDF announcement gives 20-28 Sep (sea phase 23-28 Sep); a typhoon cancelled part of the sea training. Coordinates are Yokosuka (nominal).",
)
pa("EX-JPN-2013-PACIFIC-REACH", "JPN", "Japan")
pa("EX-JPN-2013-PACIFIC-REACH", "KOR", "partner")
pa("EX-JPN-2013-PACIFIC-REACH", "AUS", "partner")
pa("EX-JPN-2013-PACIFIC-REACH", "USA", "partner")
pa("EX-JPN-2013-PACIFIC-REACH", "SGP", "partner")
cit(
    "exercises",
    "EX-JPN-2013-PACIFIC-REACH",
    "S6-navaltoday-20130919-pr13",
    "the multi-national Pacific Reach 2013 exercise from Sept. 20-27, 2013.",
)
cit(
    "exercises",
    "EX-JPN-2013-PACIFIC-REACH",
    "S6-doj2014-col-pr13",
    "第6回となった本訓練は、00(平成12)年以降、2~3年間隔で実施されており、日本による開催は02(同14)年の第2回訓練に次いで2回目となりました",
)
cit(
    "exercises",
    "EX-JPN-2013-PACIFIC-REACH",
    "S6-blog-20130921-pr13",
    "訓練は20日から28日まで、洋上訓練は23日から28日まで実施されます。",
)
ex(
    "EX-SGP-2025-PACIFIC-REACH",
    "Pacific Reach 2025 (9th Western Pacific Submarine Rescue Exercise)",
    "Pacific Reach",
    "2025-09-15",
    "day",
    "2025-09-29",
    "day",
    "Waters around Singapore and Changi Naval Base",
    1.32,
    104.0,
    False,
    "SGP",
    "maritime",
    "",
    "Hosted by the Republic of Singapore Navy. JMSDF: submarine rescue ship JS Chiyoda and submarine JS Kuroshio, led by the commander of Submarine Division 11. Dates as announced by the JMSDF on 12 Sep 2025 (pre-event).",
)
pa("EX-SGP-2025-PACIFIC-REACH", "JPN", "Japan", ships="2")
pa("EX-SGP-2025-PACIFIC-REACH", "SGP", "partner")
cit(
    "exercises",
    "EX-SGP-2025-PACIFIC-REACH",
    "S6-wing-2025-pr25",
    "シンガポール海軍主催の第9回西太平洋潜水艦救難訓練「パシフィック・リーチ2025」に参加すると発表した。訓練は9月15日から29日まで",
)

# PSI Asia-Pacific Exercise Rotation
ex(
    "EX-USA-2014-FORTUNE-GUARD",
    "Fortune Guard 14 (PSI Asia-Pacific Exercise Rotation)",
    "PSI Asia-Pacific Exercise Rotation",
    "2014-08-04",
    "day",
    "2014-08-07",
    "day",
    "Honolulu and waters off Hawaii",
    21.3,
    -157.9,
    False,
    "USA",
    "maritime",
    "first exercise of the PSI Asia-Pacific Exercise Rotation",
    "Table-top discussions and a live VBSS exercise at sea with the ROK Navy and Coast Guard, the JMSDF and the Royal Australian Navy. Japan sent a JMSDF destroyer (with helicopter), a boarding team and a customs team (MOFA). About 120 representatives from 16 countries (DVIDS); only the navies named in the live exercise are marked partner.",
)
pa("EX-USA-2014-FORTUNE-GUARD", "JPN", "Japan", ships="1")
for c, r in [
    ("USA", "partner"),
    ("KOR", "partner"),
    ("AUS", "partner"),
    ("CAN", "co-participant"),
    ("KHM", "co-participant"),
    ("BRN", "co-participant"),
    ("ITA", "co-participant"),
    ("MYS", "co-participant"),
    ("VNM", "co-participant"),
    ("FSM", "co-participant"),
    ("NZL", "co-participant"),
    ("IND", "co-participant"),
    ("IDN", "co-participant"),
    ("THA", "co-participant"),
    ("ESP", "co-participant"),
]:
    pa("EX-USA-2014-FORTUNE-GUARD", c, r)
cit(
    "exercises",
    "EX-USA-2014-FORTUNE-GUARD",
    "S6-dod-2014-fg14",
    "kicked off the opening ceremony Aug. 4 for Fortune Guard 2014 at the Asia-Pacific Center for Security Studies.",
)
cit(
    "exercises",
    "EX-USA-2014-FORTUNE-GUARD",
    "S6-dvids-20140807-fg14",
    "a live exercise at sea with the ROK Navy and Coast Guard, Japan Maritime Self-Defense Force and Royal Australian Navy conducting visit, board, search and seizure (VBSS) drills.",
)
cit(
    "exercises",
    "EX-USA-2014-FORTUNE-GUARD",
    "S6-mofa-psi-index",
    "(ア)2014年8月 米国主催海上阻止訓練(Fortune Guard 14)",
)
ex(
    "EX-NZL-2015-MARU",
    "MARU 15 (PSI exercise hosted by New Zealand)",
    "PSI Asia-Pacific Exercise Rotation",
    "2015-11",
    "month",
    "2015-11",
    "month",
    "New Zealand (table-top exercise; venue not stated in sources read)",
    -41.29,
    174.78,
    False,
    "NZL",
    "maritime",
    "",
    "Second APER exercise. Japan took part in the table-top exercise only (MOFA list of table-top/command-post exercises); which Japanese agencies attended is not stated. Coordinates are Wellington (nominal).",
)
pa("EX-NZL-2015-MARU", "JPN", "Japan")
pa("EX-NZL-2015-MARU", "NZL", "partner")
cit(
    "exercises",
    "EX-NZL-2015-MARU",
    "S6-mofa-psi-index",
    "(ア)2015年11月 ニュージーランド主催訓練(MARU 15)机上訓練",
)
cit(
    "exercises",
    "EX-NZL-2015-MARU",
    "S6-state-2022-fg22",
    "APER countries have hosted annual exercises: Fortune Guard 14 in the United States; MARU 15 in New Zealand",
)
ex(
    "EX-USA-2022-FORTUNE-GUARD",
    "Fortune Guard 22 (PSI Asia-Pacific Exercise Rotation)",
    "PSI Asia-Pacific Exercise Rotation",
    "2022-08-08",
    "day",
    "2022-08-12",
    "day",
    "Honolulu, Hawaii",
    21.3,
    -157.9,
    False,
    "USA",
    "maritime",
    "",
    "Eighth APER event; over 250 representatives from 21 countries including South Korea, the US and Japan; tabletop, LIVEX (ship boarding) and PORTEX demonstrations. Japan's contingent not detailed in sources read.",
)
pa("EX-USA-2022-FORTUNE-GUARD", "JPN", "Japan")
pa("EX-USA-2022-FORTUNE-GUARD", "USA", "partner")
pa("EX-USA-2022-FORTUNE-GUARD", "KOR", "co-participant")
cit(
    "exercises",
    "EX-USA-2022-FORTUNE-GUARD",
    "S6-state-2022-fg22",
    "The United States hosted Proliferation Security Initiative (PSI) Exercise Fortune Guard 22 from August 8-12, 2022 in Honolulu, Hawaii",
)
cit(
    "exercises",
    "EX-USA-2022-FORTUNE-GUARD",
    "S6-kbs-20220809-fg22",
    "Fortune Guard 22 will bring together 21 countries, including South Korea, the U.S. and Japan.",
)
ex(
    "EX-KOR-2023-EASTERN-ENDEAVOR",
    "Eastern Endeavor 23 (PSI Asia-Pacific Exercise Rotation)",
    "PSI Asia-Pacific Exercise Rotation",
    "2023-05",
    "month",
    "",
    "",
    "Waters off Jeju Island",
    33.2,
    126.5,
    True,
    "KOR",
    "maritime",
    "",
    'Held after the PSI high-level political meeting on Jeju (announced for "next Tuesday" in a 24 May 2023 Yonhap report, the exercise to follow the next day). Led by the ROK Navy Maritime Task Flotilla Seven with the US, Australia, Japan, Canada and Singapore; 7 vessels and 6 aircraft in total. Only re-posts of Yonhap/KUNA reports were found (pre-event); month precision.',
)
pa("EX-KOR-2023-EASTERN-ENDEAVOR", "JPN", "Japan")
for c in ["KOR", "USA", "AUS", "CAN", "SGP"]:
    pa("EX-KOR-2023-EASTERN-ENDEAVOR", c, "partner")
cit(
    "exercises",
    "EX-KOR-2023-EASTERN-ENDEAVOR",
    "S6-kuna-2023-ee23",
    "the US, Australia, Japan, Canada and Singapore will join the exercise led by the South Korean Navy's Maritime Task Flotilla Seven.",
)
cit(
    "exercises",
    "EX-KOR-2023-EASTERN-ENDEAVOR",
    "S6-yonhap-20230524-ee23",
    "followed by the Eastern Endeavor 23 exercise the following day in an effort to strengthen capabilities to counter WMD proliferation.",
)
ex(
    "EX-AUS-2024-PACIFIC-PROTECTOR",
    "Pacific Protector 24 (PSI Asia-Pacific Exercise Rotation)",
    "PSI Asia-Pacific Exercise Rotation",
    "2024-09-25",
    "day",
    "2024-09-27",
    "day",
    "Sydney and surrounding waters and airspace",
    -33.86,
    151.2,
    False,
    "AUS",
    "maritime",
    "",
    "Academic session, table-top and live maritime interdiction exercise. Japan: Joint Staff, Ground Component Command and Self-Defense Fleet (1 P-1 and Special Boarding Unit members), plus MOFA, MOF, JCG and others. The six rotating hosts are Japan, the US, Australia, New Zealand, ROK and Singapore.",
)
pa("EX-AUS-2024-PACIFIC-PROTECTOR", "JPN", "Japan", aircraft="1")
pa("EX-AUS-2024-PACIFIC-PROTECTOR", "AUS", "partner")
cit(
    "exercises",
    "EX-AUS-2024-PACIFIC-PROTECTOR",
    "S6-jdef-20240926-pp24",
    "令和6年9月25日(水)~同年9月27日(金)",
)
cit(
    "exercises",
    "EX-AUS-2024-PACIFIC-PROTECTOR",
    "S6-jdef-20240926-pp24",
    "統合幕僚監部、陸上総隊及び自衛艦隊(航空機(P-1)1機及び特別警備隊員)",
)
ex(
    "EX-JPN-2025-PACIFIC-SHIELD",
    "Pacific Shield 25 (PSI maritime interdiction exercise hosted by Japan)",
    "PSI Asia-Pacific Exercise Rotation",
    "2025-12-02",
    "day",
    "2025-12-04",
    "day",
    "Tokyo and sea and airspace off the Boso Peninsula",
    35.0,
    140.0,
    False,
    "JPN",
    "maritime",
    "",
    "Hosted by Japan as part of the Asia-Pacific rotation, followed by a PSI Operational Experts Group meeting in Tokyo on 5 Dec. Japan: MOFA, NPA, MOF (customs), JCG and MOD/SDF. Australia, New Zealand, ROK, Singapore and the US were to take part (MOFA announcement of 25 Nov 2025, pre-event). Coordinates nominal.",
)
pa("EX-JPN-2025-PACIFIC-SHIELD", "JPN", "Japan")
for c in ["AUS", "NZL", "KOR", "SGP", "USA"]:
    pa("EX-JPN-2025-PACIFIC-SHIELD", c, "partner")
cit(
    "exercises",
    "EX-JPN-2025-PACIFIC-SHIELD",
    "S6-mofa-20251125-ps25",
    "我が国は、12月2日から4日まで、東京及び房総半島沖の海空域において、拡散に対する安全保障構想(PSI)海上阻止訓練「Pacific Shield 25」",
)

# Oguri-Verny
ex(
    "EX-FRA-2024-OGURI-VERNY",
    "Oguri-Verny 24",
    "Oguri-Verny",
    "2024-06-11",
    "day",
    "2024-06-11",
    "day",
    "Waters around Tahiti",
    -17.6,
    -149.5,
    True,
    "FRA",
    "maritime",
    "",
    "JMSDF: LST JS Kunisaki (IPD24 1st Surface Unit); French Navy: patrol vessel Bougainville. Tactical manoeuvres and PHOTOEX. A further iteration, Oguri-Verny 24-3 (JS Noshiro with FS Vendemiaire off Noumea), was reported by the Self-Defense Fleet on 17 Jul 2024 (not recorded separately). Sea-area centre nominal.",
)
pa("EX-FRA-2024-OGURI-VERNY", "JPN", "Japan", ships="1")
pa("EX-FRA-2024-OGURI-VERNY", "FRA", "partner", ships="1")
cit(
    "exercises",
    "EX-FRA-2024-OGURI-VERNY",
    "S6-jdef-20240613-ov24",
    "海上自衛隊からは輸送艦「くにさき」(LST 4003)、フランス海軍からは哨戒艦「ブーゲンビル」が参加し、タヒチ近海で戦術運動やPHOTOEX",
)
cit(
    "exercises",
    "EX-FRA-2024-OGURI-VERNY",
    "S6-msdf-20240717-ov24-3",
    "仏領ニューカレドニアのヌメア沖において、フランス海軍フリゲート艦「ヴァンデミエール」とともに、日仏共同訓練(オグリヴェルニー24-3)を実施しました",
)

# Japan-US mine warfare exercises (JA series)
MS = "Japan-U.S. mine warfare exercises (JA series)"
ex(
    "EX-USA-2014-MIWEX-MUTSU",
    "FY2014 mine warfare training and minesweeping special training (Japan-U.S.), Mutsu Bay",
    MS,
    "2014-07",
    "month",
    "2014-07",
    "month",
    "Mutsu Bay, Aomori",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Annual summer mine warfare training in Mutsu Bay: JMSDF 22 vessels and 13 aircraft; US Navy 1 vessel and 2 aircraft; press day 24 Jul 2014. Only a blog re-post of the Sankei Shimbun report was found (kind reproduction). Sea-area centre nominal.",
)
pa("EX-USA-2014-MIWEX-MUTSU", "JPN", "Japan", aircraft="13", ships="22")
pa("EX-USA-2014-MIWEX-MUTSU", "USA", "partner", aircraft="2", ships="1")
cit(
    "exercises",
    "EX-USA-2014-MIWEX-MUTSU",
    "S6-blog-20140725-miwex14",
    "今回は海自の艦艇22隻、航空機13機が集まり、米海軍から艦艇1隻、航空機2機が加わる大規模な演習となった",
)
ex(
    "EX-USA-2015-MIWEX-MUTSU",
    "FY2015 mine warfare training and minesweeping special training (Japan-U.S.), Mutsu Bay",
    MS,
    "2015-07-18",
    "day",
    "2015-07-30",
    "day",
    "Mutsu Bay, Aomori",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Dates as announced by the Maritime Staff Office on 7 Jul 2015. JMSDF: 18 vessels (1 minesweeper tender, 2 ocean minesweepers, 14 coastal minesweepers, 1 control boat) and 9 aircraft; US Navy: 2 minesweepers and 3 aircraft (P-3C, 2 MH-53E). Sea-area centre nominal.",
)
pa("EX-USA-2015-MIWEX-MUTSU", "JPN", "Japan", aircraft="9", ships="18")
pa("EX-USA-2015-MIWEX-MUTSU", "USA", "partner", aircraft="3", ships="2")
cit(
    "exercises",
    "EX-USA-2015-MIWEX-MUTSU",
    "S6-flyteam-2015-miwex15",
    "海上自衛隊とアメリカ海軍による機雷戦・掃海特別訓練を2015年7月18日(土)から7月30日(木)の日程で陸奥湾で実施することを発表しました",
)
ex(
    "EX-USA-2016-MCMEX-2JA",
    "MCMEX 2JA 2016 (FY2016 mine warfare training, Mutsu Bay)",
    MS,
    "2016-07-15",
    "day",
    "2016-07-30",
    "day",
    "Mutsu Bay and the region around Misawa Air Base",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Sources disagree on the start: U.S. 7th Fleet gives 15-30 Jul; the Maritime Staff Office announcement (FlyTeam) gives 18-30 Jul in Mutsu Bay. JMSDF: 2 minesweeper tenders, 1 ocean minesweeper, 18 coastal minesweepers, 2 control boats, 9 aircraft; US: USS Patriot, 2 MH-53E (HM-14 Det 2A), 1 MH-60S, EODMU 5. A second 2016 iteration, MCMEX 3JA (Hyuga-nada, 20-28 Nov 2016), is not recorded separately.",
)
pa("EX-USA-2016-MCMEX-2JA", "JPN", "Japan", aircraft="9", ships="23")
pa("EX-USA-2016-MCMEX-2JA", "USA", "partner", aircraft="3", ships="1")
cit(
    "exercises",
    "EX-USA-2016-MCMEX-2JA",
    "S6-c7f-20160801-mcmex16",
    "part of the Mine Countermeasures Exercise 2JA that took place July 15 to 30, near the region surrounding Misawa Air Base, Japan.",
)
cit(
    "exercises",
    "EX-USA-2016-MCMEX-2JA",
    "S6-flyteam-2016-miwex16",
    "2016年7月18日(月)から7月30日(土)までの期間、海上自衛隊と米海軍による「平成28年度機雷戦訓練」を陸奥湾で実施すると発表しました",
)
ex(
    "EX-USA-2017-MCMEX-2JA",
    "MCMEX 2JA 2017",
    MS,
    "2017-07",
    "month",
    "2017-07-28",
    "day",
    "Northern Japan (2JA area; not named in the source read)",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Ten days of bilateral mine countermeasures ending 28 Jul 2017; US reports it as the 100th bilateral US-Japan mine countermeasures exercise since 1962. USS Pioneer and MCMRON 7 staff took part; JS Bungo hosted US EOD. The exercise area is not named in the source read; coordinates are those of Mutsu Bay, where 2JA is held in other years (nominal).",
)
pa("EX-USA-2017-MCMEX-2JA", "JPN", "Japan")
pa("EX-USA-2017-MCMEX-2JA", "USA", "partner")
cit(
    "exercises",
    "EX-USA-2017-MCMEX-2JA",
    "S6-navaltoday-20170731-2ja17",
    "Naval forces from the U.S. and Japan concluded ten days of mine countermeasure exercises on July 28.",
)
ex(
    "EX-USA-2020-MIWEX-2JA",
    "MIWEX 2JA 2020",
    MS,
    "2020-07-20",
    "day",
    "2020-07-23",
    "day",
    "Mutsu Bay, Aomori",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Dates of US participation (started 20 Jul off northern Japan, completed 23 Jul in Mutsu Bay). JMSDF Commander Mine Warfare Force called it the 39th Japan-US bilateral minesweeping exercise. JMSDF: JS Uraga, JS Bungo, JS Awaji, JS Hirado and others, P-1 and P-3C; US: USS Patriot, USS Pioneer, MCMRON 7. A Hyuga-nada iteration followed from 18 Nov 2020 (not recorded).",
)
pa("EX-USA-2020-MIWEX-2JA", "JPN", "Japan")
pa("EX-USA-2020-MIWEX-2JA", "USA", "partner", ships="2")
cit(
    "exercises",
    "EX-USA-2020-MIWEX-2JA",
    "S6-c7f-20200730-2ja20",
    "completed Mine Warfare Exercise (MIWEX) 2JA 2020 in Mutsu Bay, Japan, July 23.",
)
cit(
    "exercises",
    "EX-USA-2020-MIWEX-2JA",
    "S6-navaltech-2020-2ja20",
    "MIWEX 2JA marks the 39th mine sweeping exercise between Japan and the US.",
)
ex(
    "EX-USA-2021-MIWEX-1JA",
    "MIWEX 1JA 2021",
    MS,
    "2021-01-28",
    "day",
    "",
    "",
    "Ise Bay",
    34.75,
    136.75,
    True,
    "JPN",
    "maritime",
    "",
    "Nine-day exercise starting 28 Jan 2021 (end date not stated). Second bilateral minesweeping exercise in Ise Bay (JMSDF Mine Warfare Force commander). US: MCMRON 7 ships (Patriot, Pioneer, Warrior, Chief per UPI), HM-14 Det 2A, Expeditionary MCM Company 1-1; EOD embarked on JS Uraga. Sea-area centre nominal.",
)
pa("EX-USA-2021-MIWEX-1JA", "JPN", "Japan")
pa("EX-USA-2021-MIWEX-1JA", "USA", "partner")
cit(
    "exercises",
    "EX-USA-2021-MIWEX-1JA",
    "S6-pacom-20210208-1ja21",
    "began Mine Warfare Exercise (MIWEX) 1JA 2021 off the coast of southwestern Japan, Jan. 28.",
)
cit(
    "exercises",
    "EX-USA-2021-MIWEX-1JA",
    "S6-upi-20210208-1ja21",
    '"This is our second bilateral mine sweeping exercise conducted in Ise Bay," said Rear Adm. Fukuda Tatsuya',
)
ex(
    "EX-USA-2022-MIWEX-3JA",
    "MIWEX 3JA 2022",
    MS,
    "2022-11-10",
    "day",
    "2022-11-20",
    "day",
    "Off the coast of southeastern Japan",
    32.0,
    131.8,
    True,
    "JPN",
    "maritime",
    "",
    "Eighteen JMSDF Mine Warfare Force ships took part; USS Pioneer and MCMRON 7. Area given only as off southeastern Japan; coordinates are Hyuga-nada, where 3JA is held in other years (nominal).",
)
pa("EX-USA-2022-MIWEX-3JA", "JPN", "Japan", ships="18")
pa("EX-USA-2022-MIWEX-3JA", "USA", "partner")
cit(
    "exercises",
    "EX-USA-2022-MIWEX-3JA",
    "S6-dvids-20221214-3ja22",
    "conducted Mine Warfare Exercise (MIWEX) 3JA 2022 off the coast of southeastern Japan, Nov. 10-20, 2022.",
)
ex(
    "EX-USA-2023-MIWEX-3JA",
    "MIWEX 3JA 2023",
    MS,
    "2023-11-17",
    "day",
    "2023-11-22",
    "day",
    "Hyuga-nada, off Aburatsu (Miyazaki)",
    32.0,
    131.6,
    True,
    "JPN",
    "maritime",
    "",
    "Start is the JMSDF training start in the Hyuga-nada (MRT, 24 Nov 2023); end is the end of US participation (DVIDS, 22 Nov); the JMSDF training may have continued. 20 JMSDF ships and a mine countermeasures helicopter; about 300 US sailors (USS Patriot, USS Pioneer, EODMU 5, HM-15 Det 3A, MCMRON 7). Sea-area centre nominal.",
)
pa("EX-USA-2023-MIWEX-3JA", "JPN", "Japan", aircraft="1", ships="20")
pa("EX-USA-2023-MIWEX-3JA", "USA", "partner", ships="2", personnel="300")
cit(
    "exercises",
    "EX-USA-2023-MIWEX-3JA",
    "S6-dvids-2023-3ja23",
    "The U.S. Navy concluded their participation in the U.S and Japan Maritime Self-Defense Force (JMSDF) bilateral Mine Warfare Exercise (MIWEX) 3JA 2023 Nov. 22",
)
cit(
    "exercises",
    "EX-USA-2023-MIWEX-3JA",
    "S6-mrt-20231124-3ja23",
    "日向灘沖およそ40キロの場所で今月17日から行われている海上自衛隊の訓練",
)
ex(
    "EX-USA-2025-MIWEX-2JA",
    "2JA 2025 (FY2025 mine warfare training, Mutsu Bay, and Japan-U.S. minesweeping special training)",
    MS,
    "2025-07-14",
    "day",
    "2025-07-28",
    "day",
    "Mutsu Bay, Aomori",
    41.0,
    140.9,
    True,
    "JPN",
    "maritime",
    "",
    "Sources disagree on the end: Army Recognition (US Navy account) gives 14-28 Jul; the Maritime Staff Office announcement gives 14-29 Jul. The MSO notes Mutsu Bay mine warfare training has been held since 1964 and this was the 44th. JMSDF: 10 ships, 7 aircraft; US: USS Warrior, 2 MH-53E, EOD and LEON teams, MCMGRU 7 staff. A Hyuga-nada iteration followed 16-26 Nov 2025 (not recorded). Sea-area centre nominal.",
)
pa("EX-USA-2025-MIWEX-2JA", "JPN", "Japan", aircraft="7", ships="10")
pa("EX-USA-2025-MIWEX-2JA", "USA", "partner", aircraft="2", ships="1")
cit(
    "exercises",
    "EX-USA-2025-MIWEX-2JA",
    "S6-armyrec-2025-2ja25",
    "From July 14 to 28, 2025, the United States Navy and the Japan Maritime Self-Defense Force (JMSDF) conducted the 2025 edition of the 2JA mine warfare exercise in Mutsu Bay",
)
cit(
    "exercises",
    "EX-USA-2025-MIWEX-2JA",
    "S6-jdef-20250626-2ja25",
    "陸奥湾での機雷戦訓練は昭和39年から実施しており、今回で44回目です。",
)

ex(
    "EX-USA-2026-MIWEX-1JA",
    "MINEX 26 1JA",
    MS,
    "2026-01-30",
    "day",
    "2026-02-11",
    "day",
    "Ise Bay",
    34.75,
    136.75,
    True,
    "JPN",
    "maritime",
    "",
    "13-day exercise; US side led by Commander Task Force 77 (Capt. Peter W. Haynes) with the JMSDF Mine Warfare Force / Amphibious and Mine Warfare Force. Sea-area centre nominal.",
)
pa("EX-USA-2026-MIWEX-1JA", "JPN", "Japan")
pa("EX-USA-2026-MIWEX-1JA", "USA", "partner")
cit(
    "exercises",
    "EX-USA-2026-MIWEX-1JA",
    "S6-dvids-20260210-1ja26",
    "completed Mine Warfare Exercise (MINEX) 26 1JA off the coast of Japan in Ise Bay, Jan. 30 -Feb. 11.",
)

# AMAN
ex(
    "EX-PAK-2019-AMAN",
    "AMAN-19 (6th Pakistan Navy multinational maritime exercise)",
    "AMAN",
    "2019-02",
    "month",
    "2019-02",
    "month",
    "Karachi and the North Arabian Sea",
    24.8,
    66.97,
    False,
    "PAK",
    "maritime",
    "",
    "Japan: two JMSDF P-3C of the Deployed Air Force for Counter-Piracy Enforcement arrived at PNS Mehran in late January 2019 to take part, and JS Ikazuchi joined pre-AMAN-19 activities at Karachi (January 2019). Exercise dates not given in the sources read (month only). Coordinates are Karachi.",
)
pa("EX-PAK-2019-AMAN", "JPN", "Japan", aircraft="2")
pa("EX-PAK-2019-AMAN", "PAK", "partner")
cit(
    "exercises",
    "EX-PAK-2019-AMAN",
    "S6-app-20190126-aman19",
    "Two Japanese Naval aircraft have arrived in Karachi to participate in Multinational Maritime Exercise AMAN-19 scheduled to start next month.",
)
cit(
    "exercises",
    "EX-PAK-2019-AMAN",
    "S6-thenews-20190111-aman19",
    "The Japanese Maritime Self Defence (JMSDF) ship IKAZUCHI arrived Karachi for two days port visit to take part in Pre-AMAN-19 exercise activities.",
)
ex(
    "EX-PAK-2021-AMAN",
    "AMAN-2021 (7th Pakistan Navy multinational maritime exercise)",
    "AMAN",
    "2021-02-11",
    "day",
    "2021-02-16",
    "day",
    "Karachi and the North Arabian Sea",
    24.8,
    66.97,
    False,
    "PAK",
    "maritime",
    "",
    "Up to 45 countries. JMSDF: JS Suzunami (7th Escort Division, on the Middle East information-gathering mission) took part in the sea phase in the North Arabian Sea on 15-16 Feb. Coordinates are Karachi.",
)
pa("EX-PAK-2021-AMAN", "JPN", "Japan", ships="1")
pa("EX-PAK-2021-AMAN", "PAK", "partner")
cit(
    "exercises",
    "EX-PAK-2021-AMAN",
    "S6-msdf-2021-aman21",
    "2月15日~16日、中東方面における情報収集任務に従事中の護衛艦「すずなみ」",
)
cit(
    "exercises",
    "EX-PAK-2021-AMAN",
    "S6-hilal-2021-aman21",
    "AMAN-2021, the 7th exercise of the series, was held from February 11-16, 2021.",
)
ex(
    "EX-PAK-2023-AMAN",
    "AMAN-23 (8th Pakistan Navy multinational maritime exercise)",
    "AMAN",
    "2023-02-10",
    "day",
    "2023-02-14",
    "day",
    "Karachi and the North Arabian Sea",
    24.8,
    66.97,
    False,
    "PAK",
    "maritime",
    "",
    "Fifty-two navies took part (Hilal). JMSDF: JS Suzutsuki and Maritime Staff Office personnel; harbour phase 9-12 Feb (with the Pakistan International Maritime Expo and Conference), sea phase 13-14 Feb incl. international fleet review; the JMSDF's 7th AMAN since 2009. Sources disagree on the start: Hilal gives 10-14 Feb, the MSO (via Daily Defense) 9-14 Feb. Coordinates are Karachi.",
)
pa("EX-PAK-2023-AMAN", "JPN", "Japan", ships="1")
pa("EX-PAK-2023-AMAN", "PAK", "partner")
cit(
    "exercises",
    "EX-PAK-2023-AMAN",
    "S6-hilal-2023-aman23",
    "conducted the 8th Multinational Naval Exercise AMAN with the slogan ‘Together for Peace’ from February 10-14, 2023 in the North Arabian Sea.",
)
cit(
    "exercises",
    "EX-PAK-2023-AMAN",
    "S6-dailydefense-20230301-aman23",
    "参加したのは、護衛艦「すずつき」、海幕。海自は、訓練に2009年から参加しており、今回で7回目となる。",
)
cit(
    "exercises",
    "EX-PAK-2023-AMAN",
    "S6-hilal-2023-aman23",
    "from Far East, China, South Korea, Japan, Indonesia, Malaysia, Australia",
)


def aman_year(y, nth):
    ex(
        f"EX-PAK-{y}-AMAN",
        f"AMAN-{str(y)[2:]} ({nth} Pakistan Navy multinational maritime exercise)",
        "AMAN",
        str(y),
        "year",
        str(y),
        "year",
        "Karachi and the North Arabian Sea",
        24.8,
        66.97,
        False,
        "PAK",
        "maritime",
        "",
        f"No report of this edition was found; the record is derived: the JMSDF says it has taken part in AMAN since 2009 and that AMAN 2025 was its 8th participation (AMAN23 its 7th), while the editions since 2009 are 2009, 2011, 2013, 2017 (5th), 2019, 2021, 2023 and 2025 - eight in all - so the JMSDF took part in every one, including {y}. Japanese unit, dates and other participants unknown. Coordinates are Karachi.",
    )
    pa(f"EX-PAK-{y}-AMAN", "JPN", "Japan")
    pa(f"EX-PAK-{y}-AMAN", "PAK", "partner")
    cit(
        "exercises",
        f"EX-PAK-{y}-AMAN",
        "S6-funeco-2025-aman25",
        "なお、海上自衛隊は、同訓練に2009年から参加しており、今回で8回目の参加となる。",
    )
    cit(
        "exercises",
        f"EX-PAK-{y}-AMAN",
        "S6-diplomat-2017-aman17",
        "AMAN 2017 is the fifth iteration of this multilateral naval drill. Previous exercises were held in 2007, 2009, 20011, and 2013",
    )


aman_year(2011, "3rd")
aman_year(2013, "4th")
ex(
    "EX-PAK-2017-AMAN",
    "AMAN-17 (5th Pakistan Navy multinational maritime exercise)",
    "AMAN",
    "2017-02-10",
    "day",
    "2017-02-14",
    "day",
    "Karachi and the North Arabian Sea",
    24.8,
    66.97,
    False,
    "PAK",
    "maritime",
    "",
    "37 countries, nine with naval assets; Japan took part with two P-3C Orion aircraft, which also flew in the fleet-review flypast. Coordinates are Karachi.",
)
pa("EX-PAK-2017-AMAN", "JPN", "Japan", aircraft="2")
pa("EX-PAK-2017-AMAN", "PAK", "partner")
cit(
    "exercises",
    "EX-PAK-2017-AMAN",
    "S6-thenews-20170210-aman17",
    "Naval platforms of nine countries arrived in Karachi on Thursday to participate in Multinational Naval Exercise Aman 2017 to be organiased by Pakistan Navy from February 10 to February 14.",
)
cit(
    "exercises",
    "EX-PAK-2017-AMAN",
    "S6-thenews-20170210-aman17",
    "and Japan, 02 x P3C ORION aircraft.",
)
ex(
    "EX-PAK-2025-AMAN",
    "AMAN 2025 (9th Pakistan Navy multinational maritime exercise)",
    "AMAN",
    "2025-02-07",
    "day",
    "2025-02-11",
    "day",
    "Karachi and the North Arabian Sea",
    24.8,
    66.97,
    False,
    "PAK",
    "maritime",
    "",
    "About 60 countries, the largest edition. JMSDF: JS Murasame (49th counter-piracy surface force) and two Maritime Staff Office personnel; harbour phase 7-9 Feb (AMAN Dialogue), sea phase 10-11 Feb incl. international fleet review and air-defence training; the JMSDF’s 8th AMAN since 2009. Coordinates are Karachi.",
)
pa("EX-PAK-2025-AMAN", "JPN", "Japan", ships="1")
pa("EX-PAK-2025-AMAN", "PAK", "partner")
cit(
    "exercises",
    "EX-PAK-2025-AMAN",
    "S6-funeco-2025-aman25",
    "海上自衛隊は2025年2月7日(金)から2月11日(火)までの期間、カラチ、アラビア海北部において、パキスタン海軍主催多国間共同訓練「AMAN2025」に参加した。",
)
cit(
    "exercises",
    "EX-PAK-2025-AMAN",
    "S6-asagumo-20250318-aman25",
    "パキスタン海軍による多国間共同訓練「AMAN(アマン)25」が2月7~11日、カラチとアラビア海北部で行われ",
)

w(
    "exercises.csv",
    [
        "exercise_id",
        "name",
        "series",
        "kind",
        "start",
        "start_precision",
        "end",
        "end_precision",
        "location",
        "lat",
        "lon",
        "at_sea",
        "host",
        "domain",
        "first",
        "notes",
    ],
    E,
)
w(
    "exercise_participants.csv",
    [
        "exercise_id",
        "country",
        "role",
        "aircraft",
        "ships",
        "personnel",
        "departed_from",
        "departed_lat",
        "departed_lon",
    ],
    P,
)

# ---------------- not held ----------------
NH = []


def nh(nid, sid, year, status, notes, cits):
    NH.append((nid, sid, year, status, notes))
    for s_, l in cits:
        cit("not_held", nid, s_, l)


nh(
    "NH-PSI-APER-2020",
    "PSI-APER",
    2020,
    "not held",
    "The US State Department (Aug 2022) lists the annual APER exercises held so far - Fortune Guard 14, MARU 15, Deep Sabre 16, Pacific Protector 17, Pacific Shield 18, Eastern Endeavor 19 and the hybrid Deep Sabre 21 - and calls Fortune Guard 22 the eighth APER event, so none was held in 2020 (reason not stated; COVID-19 period).",
    [
        ("S6-state-2022-fg22", "This was the eighth Asia Pacific Exercise Rotation (APER) event."),
        (
            "S6-state-2022-fg22",
            "Deep Sabre 16 and the hybrid Deep Sabre 21 in Singapore; Pacific Protector 17 in Australia; Pacific Shield 18 in Japan; and, Eastern Endeavor 19 in the Republic of Korea.",
        ),
    ],
)
PR_C = [
    ("S6-doj2014-col-pr13", "第6回となった本訓練は、00(平成12)年以降、2~3年間隔で実施されており"),
    ("S6-kbs-20160510-pr16", "今年が7回目です。"),
    ("S6-msdf-pr19", "第8回西太平洋潜水艦救難訓練"),
    (
        "S6-wing-2025-pr25",
        "シンガポール海軍主催の第9回西太平洋潜水艦救難訓練「パシフィック・リーチ2025」",
    ),
]
for y in [2014, 2015, 2017, 2018, 2020, 2021, 2022, 2023, 2024]:
    if y < 2016:
        c = PR_C[0:2]
        between = "the 6th edition (2013) and the 7th (2016)"
    elif y < 2019:
        c = PR_C[1:3]
        between = "the 7th edition (2016) and the 8th (2019)"
    else:
        c = PR_C[2:4]
        between = "the 8th edition (2019) and the 9th (2025)"
    note = f"Pacific Reach is numbered and (since 2004) triennial; {between} are consecutive, so there was no edition in {y}."
    if y == 2022:
        note += " 2022 was the year a triennial edition would have been due; the series resumed only in 2025 (reason not stated)."
    nh(f"NH-PACIFIC-REACH-{y}", "PACIFIC-REACH", y, "not held", note, c)
nh(
    "NH-AMAN-2015",
    "AMAN",
    2015,
    "not held",
    "AMAN 2017 was the fifth edition; the previous four were held in 2007, 2009, 2011 and 2013 (The Diplomat; The News calls AMAN 2017 the fifth since 2007), so there was no AMAN in 2015.",
    [
        (
            "S6-diplomat-2017-aman17",
            "AMAN 2017 is the fifth iteration of this multilateral naval drill. Previous exercises were held in 2007, 2009, 20011, and 2013",
        ),
        (
            "S6-thenews-20170210-aman17",
            "Being held since 2007, this year’s is the fifth multinational exercise of Aman series.",
        ),
    ],
)
w("not_held.csv", ["not_held_id", "series_id", "year", "status", "notes"], NH)

# ---------------- series ----------------
series = [
    (
        "KAEDEX",
        "KAEDEX (Japan-Canada bilateral naval exercise)",
        "maritime",
        "annual",
        2017,
        2026,
        "",
        'JMSDF-Royal Canadian Navy bilateral exercise named after kaede (maple), a name proposed by the JMSDF. Inaugural edition July 2017 (RCN, Janes); RCN Navy News (2019) says "since 2016" - sources disagree. Several numbered iterations in some years (19-1, 19-2; 24-2). Not a mine-countermeasures exercise: serials are ASW, surface warfare, replenishment, boarding. Held wherever RCN deployments (Operations PROJECTION/NEON/HORIZON) meet JMSDF units, so led_by blank. 2020, 2021, 2023 and 2025 not established (README).',
    ),
    (
        "MILAN",
        "MILAN (Indian Navy multilateral naval exercise)",
        "maritime",
        "biennial",
        2022,
        2026,
        "IND",
        "Indian Navy-hosted biennial multilateral exercise (since 1995; at Port Blair until 2018, at Visakhapatnam since 2022; 2020 edition cancelled for COVID-19). The JMSDF first took part in MILAN 2022 and again in MILAN 2024 (JS Sazanami). The JMSDF announced participation in MILAN 2026 (18-22 Feb 2026, JS Yudachi, with IFR 2026) - not yet recorded.",
    ),
    (
        "BRUNET-TAKAMORI",
        "Brunet-Takamori (GSDF-French Army field exercise)",
        "land",
        "annual",
        2023,
        2026,
        "",
        "GSDF-French Army counter-guerrilla/commando field exercise named after Jules Brunet and Saigo Takamori. 2023 and 2025 in New Caledonia (French Armed Forces in New Caledonia), 2024 in Japan (Ojojibara and Iwatesan), so led_by blank. 2025 was the third edition (Asagumo).",
    ),
    (
        "PACIFIC-REACH",
        "Pacific Reach (Western Pacific Submarine Rescue Exercise, PACREACH)",
        "maritime",
        "irregular",
        2013,
        2026,
        "",
        'Multinational submarine rescue exercise under the Asia-Pacific Submarine Conference; first held 2000 (Singapore) with the JMSDF, biennial at first and triennial from the 3rd edition (2004). Editions in the span: 6th 2013 (Japan), 7th 2016 (ROK), 8th 2019 (Australia), 9th 2025 (Singapore); none 2020-2024. Cadence stored as irregular (triennial, then a six-year gap); every year 2013-2025 is settled by links.csv or not_held.csv. Host rotates, so led_by blank. US Pacific Fleet called the 2019 edition the "10th triennial exercise" while JMSDF and Yonhap call it the 8th - sources disagree on the count.',
    ),
    (
        "PSI-APER",
        "PSI Asia-Pacific Exercise Rotation (Fortune Guard / MARU / Deep Sabre / Pacific Protector / Pacific Shield / Eastern Endeavor)",
        "maritime",
        "annual",
        2014,
        2026,
        "",
        "Annual Proliferation Security Initiative interdiction exercise rotating among Japan (Pacific Shield), the US (Fortune Guard), Australia (Pacific Protector), New Zealand (MARU), Singapore (Deep Sabre) and the ROK (Eastern Endeavor), agreed at the PSI 10th-anniversary meeting in 2013 and started in 2014. Multi-agency (MOFA, police, customs, JCG, MOD/SDF). Japan has joined every edition found (in 2015 table-top only). No edition in 2020; the 2021 edition (hybrid Deep Sabre 21, Singapore) is known but Japan's participation was not established. Host rotates, so led_by blank. Japan also hosted earlier PSI exercises (Team Samurai 04, Pacific Shield 07, an air interdiction exercise in 2012) outside the rotation.",
    ),
    (
        "OGURI-VERNY",
        "Oguri-Verny (Japan-France bilateral naval exercises)",
        "maritime",
        "annual",
        2021,
        2026,
        "",
        'Name used since at least Sept 2021 for JMSDF-French Navy bilateral training, named after Oguri Tadamasa and Leonce Verny (Yokosuka arsenal); several numbered iterations a year (e.g. in 2022 the June training near Hawaii was "the fourth Oguri-Verny of 2022" per the French Embassy, and OV 22-5 followed off New Caledonia; OV 24 Tahiti, 24-3 Noumea). Whether 2021 was the first year is not stated. 2025 not established (README).',
    ),
    (
        "MIWEX-JA",
        "Japan-U.S. mine warfare exercises (JA series: 1JA/2JA/3JA; JMSDF 機雷戦訓練・掃海特別訓練)",
        "maritime",
        "annual",
        2011,
        2026,
        "JPN",
        "Bilateral JMSDF-US Navy mine countermeasures exercises held in Japanese waters several times a year (1JA winter, e.g. Ise Bay; 2JA July, Mutsu Bay; 3JA November, Hyuga-nada); US names MCMEX (to 2017) then MIWEX/MINEX. Bilateral US-Japan MCM exercises began in 1962 (2017 was the 100th); Mutsu Bay mine warfare training since 1964 (44th in 2025). India (2018, 2019) and Australia (2018, 2019) joined some iterations. The Nov 2024 Hyuga-nada iteration was cancelled after the loss of minesweeper Ukushima. 2011-2013 and 2024 not established (README).",
    ),
    (
        "AMAN",
        "AMAN (Pakistan Navy multinational maritime exercise)",
        "maritime",
        "biennial",
        2011,
        2026,
        "PAK",
        "Pakistan Navy-hosted biennial multinational exercise off Karachi since 2007 (2007, 2009, 2011, 2013, then 5th 2017, 6th 2019, 7th 2021, 8th 2023, 9th 2025; none in 2015). The JMSDF says it has taken part since 2009 (AMAN 2025 = its 8th participation), i.e. in every edition since 2009; Pakistani press (2019) says since 2007. Japan usually sends a counter-piracy destroyer and/or P-3Cs. 2011 and 2013 records are derived from that count (no edition report found).",
    ),
]
w(
    "series.csv",
    ["series_id", "name", "domain", "cadence", "from_year", "to_year", "led_by", "notes"],
    series,
)
names = [
    ("KAEDEX", "日加共同訓練(KAEDEX)", 2017, 2026),
    ("MILAN", "Multilateral Naval Exercise MILAN", 2022, 2026),
    ("BRUNET-TAKAMORI", "ブリュネ・タカモリ", 2023, 2026),
    (
        "PACIFIC-REACH",
        "西太平洋潜水艦救難訓練 (Western Pacific Submarine Rescue Exercise)",
        2013,
        2026,
    ),
    (
        "PSI-APER",
        "PSI maritime interdiction exercise (拡散に対する安全保障構想 海上阻止訓練)",
        2014,
        2026,
    ),
    ("OGURI-VERNY", "日仏共同訓練(オグリ・ヴェルニー)", 2021, 2026),
    ("MIWEX-JA", "MCMEX 2JA / 3JA (US Navy name to 2017)", 2011, 2017),
    ("MIWEX-JA", "MIWEX 1JA / 2JA / 3JA (US Navy name from 2018)", 2018, 2024),
    ("MIWEX-JA", "MINEX (US Navy name from 2025)", 2025, 2026),
    ("MIWEX-JA", "機雷戦訓練(陸奥湾/日向灘)及び掃海特別訓練(日米共同訓練)", 2011, 2026),
]
w("series_names.csv", ["series_id", "name", "from_year", "to_year"], names)

links = [
    ("KAEDEX", 2017, "EX-CAN-2017-KAEDEX"),
    ("KAEDEX", 2018, "E-CAN-2018-KAEDEX"),
    ("KAEDEX", 2019, "E-CAN-2019-KAEDEX"),
    ("KAEDEX", 2019, "EX-CAN-2019-KAEDEX19-2"),
    ("KAEDEX", 2022, "E-CAN-2022-KAEDEX"),
    ("KAEDEX", 2024, "EX-CAN-2024-KAEDEX24-2"),
    ("MILAN", 2022, "EX-IND-2022-MILAN"),
    ("MILAN", 2024, "EX-IND-2024-MILAN"),
    ("BRUNET-TAKAMORI", 2023, "EX-FRA-2023-BRUNET-TAKAMORI"),
    ("BRUNET-TAKAMORI", 2024, "EX-JPN-2024-BRUNET-TAKAMORI"),
    ("BRUNET-TAKAMORI", 2025, "EX-FRA-2025-BRUNET-TAKAMORI"),
    ("PACIFIC-REACH", 2013, "EX-JPN-2013-PACIFIC-REACH"),
    ("PACIFIC-REACH", 2016, "X2-EX-2016-WPSUBRESCUE"),
    ("PACIFIC-REACH", 2019, "X2-EX-2019-PACIFICREACH"),
    ("PACIFIC-REACH", 2025, "EX-SGP-2025-PACIFIC-REACH"),
    ("PSI-APER", 2014, "EX-USA-2014-FORTUNE-GUARD"),
    ("PSI-APER", 2015, "EX-NZL-2015-MARU"),
    ("PSI-APER", 2016, "X2-EX-2016-PSI"),
    ("PSI-APER", 2017, "X2-EX-2017-PSI"),
    ("PSI-APER", 2018, "X2-EX-2018-PSI"),
    ("PSI-APER", 2019, "X2-EX-2019-PSI-EASTERNENDEAVOR"),
    ("PSI-APER", 2022, "EX-USA-2022-FORTUNE-GUARD"),
    ("PSI-APER", 2023, "EX-KOR-2023-EASTERN-ENDEAVOR"),
    ("PSI-APER", 2024, "EX-AUS-2024-PACIFIC-PROTECTOR"),
    ("PSI-APER", 2025, "EX-JPN-2025-PACIFIC-SHIELD"),
    ("OGURI-VERNY", 2021, "E-FRA-2021-OGURI-VERNY"),
    ("OGURI-VERNY", 2022, "E-FRA-2022-OGURI-VERNY"),
    ("OGURI-VERNY", 2023, "E-FRA-2023-OGURI-VERNY"),
    ("OGURI-VERNY", 2024, "EX-FRA-2024-OGURI-VERNY"),
    ("MIWEX-JA", 2014, "EX-USA-2014-MIWEX-MUTSU"),
    ("MIWEX-JA", 2015, "EX-USA-2015-MIWEX-MUTSU"),
    ("MIWEX-JA", 2016, "EX-USA-2016-MCMEX-2JA"),
    ("MIWEX-JA", 2017, "EX-USA-2017-MCMEX-2JA"),
    ("MIWEX-JA", 2018, "X2-EX-2018-07-JUI-TRILAT"),
    ("MIWEX-JA", 2018, "X2-EX-2018-11-JUA-TRILAT"),
    ("MIWEX-JA", 2019, "X2-EX-2019-07-JUI-MUTSU"),
    ("MIWEX-JA", 2019, "X2-EX-2019-11-JUA-HYUGANADA"),
    ("MIWEX-JA", 2020, "EX-USA-2020-MIWEX-2JA"),
    ("MIWEX-JA", 2021, "EX-USA-2021-MIWEX-1JA"),
    ("MIWEX-JA", 2022, "EX-USA-2022-MIWEX-3JA"),
    ("MIWEX-JA", 2023, "EX-USA-2023-MIWEX-3JA"),
    ("MIWEX-JA", 2025, "EX-USA-2025-MIWEX-2JA"),
    ("AMAN", 2011, "EX-PAK-2011-AMAN"),
    ("AMAN", 2013, "EX-PAK-2013-AMAN"),
    ("AMAN", 2017, "EX-PAK-2017-AMAN"),
    ("AMAN", 2019, "EX-PAK-2019-AMAN"),
    ("AMAN", 2021, "EX-PAK-2021-AMAN"),
    ("AMAN", 2023, "EX-PAK-2023-AMAN"),
    ("AMAN", 2025, "EX-PAK-2025-AMAN"),
    ("MIWEX-JA", 2026, "EX-USA-2026-MIWEX-1JA"),
]
w("links.csv", ["series_id", "year", "exercise_id"], links)

# citations supporting series-level facts (table=series, record_id=series_id)
cit(
    "series",
    "KAEDEX",
    "E-janes-20190618-kaedex19",
    "a bilateral naval activity between Canada and Japan that began in 2017",
)
cit(
    "series",
    "KAEDEX",
    "S6-rcn-20191125-kaedex19",
    "Held in the Asia-Pacific region since 2016, KAEDEX focuses on strengthening interoperability",
)
cit(
    "series",
    "KAEDEX",
    "S6-rcn-20191125-kaedex19",
    "The name KAEDEX was proposed by the Japanese in honour of Canada’s involvement",
)
cit(
    "series",
    "MILAN",
    "S6-msdf-20240222-milan24",
    "participating in the multilateral joint exercise MILAN24 hosted by the Indian Navy, Visakhapatnam.",
)
cit(
    "series",
    "MILAN",
    "S6-funeco-2026-milan26",
    "2月19日(木)から2月22日(日)まで開催されるインド海軍主催多国間共同訓練「MILAN2026」に参加すると公表した",
)
cit(
    "series",
    "PACIFIC-REACH",
    "S6-cpf-20191116-pr19",
    "The 10th triennial exercise Pacific Reach (PACREACH) concluded in Western Australia",
)
cit(
    "series",
    "PACIFIC-REACH",
    "S6-kbs-20160510-pr16",
    "2000年に初開催され、当初は隔年で、2004年の第3回以降は3年ごとに開催されています。",
)
cit(
    "series",
    "PSI-APER",
    "S6-mofa-20251125-ps25",
    "今次訓練は、2013年のPSIの10周年記念会合で創設されたアジア太平洋ローテーション訓練として開催されます。",
)
cit(
    "series",
    "PSI-APER",
    "S6-jdef-20240926-pp24",
    "我が国、米国、オーストラリア、ニュージーランド、韓国、シンガポールの6か国が持ち回りで訓練を主催しており",
)
cit(
    "series",
    "OGURI-VERNY",
    "E-defgouv-20210920-oguriverny",
    "ont organisé l’exercice bilatéral « Oguri-Verny1 »",
)
cit(
    "series",
    "OGURI-VERNY",
    "S6-ambafrance-20220630-ov22",
    "これは2022年に実施された4回目の日仏共同訓練「オグリ・ヴェルニー」 [1]です。",
)
cit(
    "series",
    "MIWEX-JA",
    "S6-navaltoday-20170731-2ja17",
    "this year marked the 100th time that the U.S. and the Japanese have conducted bilateral mine countermeasures together",
)
cit(
    "series",
    "MIWEX-JA",
    "S6-asagumo-20241114-hyuga24",
    "海自は11月16日から26日まで、日向灘(宮崎県)で機雷戦訓練と日米共同の掃海特別訓練を実施する。",
)
cit(
    "series",
    "MIWEX-JA",
    "S6-livedoor-20251107-hyuga25",
    "日向灘での日米共同訓練は、去年11月にも予定されていましたが、福岡県沖で起きた海上自衛隊の掃海艇「うくしま」の沈没事故で中止となりました。",
)

cit(
    "series",
    "AMAN",
    "S6-thenews-20190111-aman19",
    "JMSDF has also been a regular participant in AMAN series of exercises being conducted by the Pakistan Navy since 2007.",
)
w("citations.csv", ["table", "record_id", "source_id", "locator"], C)
