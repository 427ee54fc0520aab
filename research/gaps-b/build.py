#!/usr/bin/env python3
"""Build the gaps-b CSVs (helper GB). Run: python3 build.py"""

import csv, os

OUT = os.path.dirname(os.path.abspath(__file__))
ACC = "2026-12-05"


def w(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        for r in rows:
            wr.writerow(r)


# ---------------------------------------------------------------- sources
# source_id,title,publisher,author,published,published_precision,url,kind,accessed
S = [
    # --- Sama Sama
    (
        "GB-cnic-2021-samasama21",
        "Philippine-US exercise MTA Sama Sama kicks off with Japan, France",
        "Commander, Navy Installations Command (CNIC) / Commander, Navy Region Korea",
        "",
        "2021-10",
        "month",
        "https://cnrk.cnic.navy.mil/News/Article/2807083/philippine-us-exercise-mta-sama-sama-kicks-off-with-japan-france",
        "official",
    ),
    (
        "GB-mb-20210609-bordado",
        "Continuity, change: Bordado bares priorities as new Navy chief",
        "Manila Bulletin",
        "Martin Sadongdong",
        "2021-06-09",
        "day",
        "https://mb.com.ph/2021/06/09/continuity-change-bordado-bares-priorities-as-new-navy-chief/",
        "news",
    ),
    (
        "GB-smni-2023-samasama23",
        "SAMASAMA Exercise ng Philippine Navy at US Navy, aarangkada ngayong araw",
        "SMNI News",
        "",
        "2023-10",
        "month",
        "https://smninewschannel.com/samasama-exercise-ng-philippine-navy-at-us-navy-aarangkada-ngayong-araw/",
        "news",
    ),
    (
        "GB-abscbn-20231002-samasama23",
        "7 other countries to join PH-US naval exercise",
        "ABS-CBN News",
        "",
        "2023-10-02",
        "day",
        "https://news.abs-cbn.com/news/10/02/23/7-other-countries-to-join-ph-us-naval-exercise",
        "news",
    ),
    (
        "GB-pressone-2019-samasama19",
        "Maritime training activity launched in Palawan",
        "PressONE.PH",
        "Melo M. Acuña",
        "2019-10",
        "month",
        "https://pressone.ph/maritime-training-activity-launched-in-palawan/",
        "news",
    ),
    (
        "GB-yakimaherald-ithappenedhere-rt",
        "It happened here: Japanese troops come to Yakima for training in 1994",
        "Yakima Herald-Republic",
        "",
        "",
        "",
        "https://www.yakimaherald.com/news/local/it-happened-here-japanese-troops-come-to-yakima-for-training-in-1994/article_a0af7273-34c6-5f8a-98ab-806700b60080.html",
        "news",
    ),
    # --- IPD
    (
        "GB-msdf-ipd20-page",
        "令和2年度インド太平洋方面派遣訓練 (Indo-Pacific Deployment 2020 page)",
        "Japan Maritime Self-Defense Force",
        "",
        "2020",
        "year",
        "https://www.mod.go.jp/msdf/operation/cooperate/IPD20/",
        "official",
    ),
    (
        "GB-funeco-2021-ipd21",
        "海上自衛隊、令和3年度インド太平洋方面派遣訓練を実施 (2021年8月20日~11月25日)",
        "Funeco",
        "",
        "2021-08",
        "month",
        "https://funeco.jp/news/news-17767",
        "news",
    ),
    (
        "GB-mod-wp2022-ipd21-voice",
        "<VOICE>令和3年度インド太平洋方面派遣(IPD21)護衛艦部隊指揮官の声 (Defense of Japan 2022 column)",
        "Ministry of Defense of Japan",
        "池内 出",
        "2022",
        "year",
        "https://www.mod.go.jp/j/press/wp/wp2022/html/nc029000.html",
        "official",
    ),
    (
        "GB-shipsnet-2021-ipd21-malabar",
        "IPD21部隊がマラバール演習に参加",
        "Ships of the World (海人社)",
        "",
        "2021",
        "year",
        "https://www.ships-net.co.jp/%e2%96%a0ipd21%e9%83%a8%e9%9a%8a%e3%81%8c%e3%83%9e%e3%83%a9%e3%83%90%e3%83%bc%e3%83%ab%e6%bc%94%e7%bf%92%e3%81%ab%e5%8f%82%e5%8a%a0/",
        "news",
    ),
    (
        "GB-msdf-ipd24-page",
        "令和6年度インド太平洋方面派遣 (Indo-Pacific Deployment 2024 page)",
        "Japan Maritime Self-Defense Force",
        "",
        "2024",
        "year",
        "https://www.mod.go.jp/msdf/operation/cooperate/IPD24/",
        "official",
    ),
    (
        "GB-shipsnet-2024-ipd24",
        "IPD24部隊を派遣",
        "Ships of the World (海人社)",
        "",
        "2024",
        "year",
        "https://www.ships-net.co.jp/%E2%96%A0ipd24%E9%83%A8%E9%9A%8A%E3%82%92%E6%B4%BE%E9%81%A3/",
        "news",
    ),
    (
        "GB-jdefense-20250514-ipd25",
        "海自が「インド太平洋方面派遣訓練」のページを公開(5月12日)",
        "J-Defense (イカロス出版)",
        "",
        "2025-05-14",
        "day",
        "https://j-defense.ikaros.jp/docs/mod/003084.html",
        "news",
    ),
    (
        "GB-jwing-2025-ipd25",
        "齋藤海幕長、海自IPD25で過去最多23カ国訪問",
        "WING (航空新聞社)",
        "",
        "2025-04",
        "month",
        "http://jwing.net/news/91903",
        "news",
    ),
    (
        "GB-fnnews-2025-ipd25-ise",
        "護衛艦「いせ」「すずなみ」が令和7年度IPD25任務に出発",
        "FNNews (fnnews.jp)",
        "",
        "2025",
        "year",
        "https://fnnews.jp/archives/19224",
        "news",
    ),
    (
        "GB-mod-training-partner-nations",
        "インド太平洋地域での主要訓練 (同盟国・同志国等との訓練)",
        "Ministry of Defense of Japan",
        "",
        "",
        "",
        "https://www.mod.go.jp/j/approach/defense/training/partner_nations.html",
        "official",
    ),
    (
        "GB-armsweb-2026-ipd25",
        "IPD25 令和7年度インド太平洋方面派遣",
        "月刊アームズマガジン (Arms Magazine web)",
        "",
        "2026-01-13",
        "day",
        "https://origin.armsweb.jp/report/6786.html",
        "news",
    ),
    # --- OTC
    (
        "GB-msdf-enyo-2019",
        "令和元年度遠洋練習航海",
        "Japan Maritime Self-Defense Force",
        "",
        "2019",
        "year",
        "https://www.mod.go.jp/msdf/operation/training/enyo/2019/",
        "official",
    ),
    (
        "GB-msdf-enyo-2020a",
        "令和2年度遠洋練習航海(後期)",
        "Japan Maritime Self-Defense Force",
        "",
        "2020",
        "year",
        "https://www.mod.go.jp/msdf/operation/training/enyo/2020a/",
        "official",
    ),
    (
        "GB-jwing-20200828-otc20",
        "海自、20年度遠洋練習航海後期を実施",
        "WING (航空新聞社)",
        "",
        "2020-08-28",
        "day",
        "https://jwing.net/?p=29142",
        "news",
    ),
    (
        "GB-uminohi-2020-otc20",
        "海上自衛隊初級幹部 遠洋練習航海へ出発!",
        "海と日本プロジェクト in ひろしま",
        "",
        "2020",
        "year",
        "https://hiroshima.uminohi.jp/report/%e6%b5%b7%e4%b8%8a%e8%87%aa%e8%a1%9b%e9%9a%8a%e5%88%9d%e7%b4%9a%e5%b9%b9%e9%83%a8%e3%80%80%e9%81%a0%e6%b4%8b%e7%b7%b4%e7%bf%92%e8%88%aa%e6%b5%b7%e3%81%b8%e5%87%ba%e7%99%ba%ef%bc%81",
        "news",
    ),
    (
        "GB-shipsnet-2021-otc21",
        "令和3年度遠洋練習航海部隊が出港",
        "Ships of the World (海人社)",
        "",
        "2021",
        "year",
        "https://ships-net.co.jp/%e2%96%a0%e4%bb%a4%e5%92%8c%ef%bc%93%e5%b9%b4%e5%ba%a6%e9%81%a0%e6%b4%8b%e7%b7%b4%e7%bf%92%e8%88%aa%e6%b5%b7%e9%83%a8%e9%9a%8a%e3%81%8c%e5%87%ba%e6%b8%af",
        "news",
    ),
    (
        "GB-msdf-yokosuka-20120509-otc12",
        "練習艦隊入港歓迎行事(24.5.9)",
        "JMSDF Yokosuka District",
        "",
        "2012-05-09",
        "day",
        "https://www.mod.go.jp/msdf/yokosuka/news/24/05.html",
        "official",
    ),
    (
        "GB-boueinews-20121101-otc12",
        "平成24年度遠洋練習航海部隊が帰国",
        "防衛ニュース (Boueinews)",
        "",
        "2012-11-01",
        "day",
        "https://boueinews.com/old/news/2012/20121101_3.html",
        "news",
    ),
    (
        "GB-msdf-yokosuka-20131030-otc13",
        "練習艦隊帰国行事(H25.10.30)",
        "JMSDF Yokosuka District",
        "",
        "2013-10-30",
        "day",
        "https://www.mod.go.jp/msdf/yokosuka/news/25/13.html",
        "official",
    ),
    (
        "GB-worldtimes-2013-otc13",
        "57回目の遠洋航海",
        "世界日報 (Sekai Nippo)",
        "",
        "2013-11",
        "month",
        "https://sub.worldtimes.co.jp/column/7456.html",
        "news",
    ),
    (
        "GB-thepage-20140522-otc14",
        "海上自衛隊練習艦隊が遠洋練習航海へ出発 (2014年5月22日)",
        "THE PAGE (Wordleaf)",
        "",
        "2014-05-22",
        "day",
        "https://thepage.jp/detail/20140522-00000028-wordleaf",
        "news",
    ),
    (
        "GB-angmalaya-20141011-otc14",
        "Japanese Maritime Self Defense Force training squadron coming to Manila",
        "Ang Malaya",
        "",
        "2014-10-11",
        "day",
        "http://www.angmalaya.net/nation/2014/10/11/4882-japanese-maritime-self-defense-force-training-squadron-coming-to-manila",
        "news",
    ),
    (
        "GB-msdf-yokosuka-20150521-otc15",
        "遠洋練習航海部隊出国行事(27.5.21)",
        "JMSDF Yokosuka District",
        "",
        "2015-05-21",
        "day",
        "https://www.mod.go.jp/msdf/yokosuka/news/27/08.html",
        "official",
    ),
    (
        "GB-msdf-yokosuka-20151027-otc15",
        "遠洋練習航海部隊帰国行事(H27.10.27)",
        "JMSDF Yokosuka District",
        "",
        "2015-10-27",
        "day",
        "https://www.mod.go.jp/msdf/yokosuka/news/27/28.html",
        "official",
    ),
    (
        "GB-mod-jdf65-otc15",
        "FY2015 MSDF Overseas Training (Japan Defense Focus No.65)",
        "Ministry of Defense of Japan",
        "",
        "2015",
        "year",
        "http://www.mod.go.jp/e/jdf/no65/web-only.html",
        "official",
    ),
    (
        "GB-msdf-yokosuka-20171101-otc17",
        "遠洋練習航海部隊帰国行事(H29.11.1)",
        "JMSDF Yokosuka District",
        "",
        "2017-11-01",
        "day",
        "https://www.mod.go.jp/msdf/yokosuka/news/29/26.html",
        "official",
    ),
    (
        "GB-ajda-2018-otc17",
        "特集「平成29年度遠洋練習航海」(防衛協会会報第141号)",
        "全国防衛協会連合会",
        "眞鍋浩司",
        "2018-01-01",
        "day",
        "https://ajda.jp/publics/index/102/",
        "news",
    ),
    (
        "GB-ysuikoukai-20250613-otc25",
        "令和7年度 練習艦隊出国行事",
        "横須賀水交会",
        "",
        "2025-06-13",
        "day",
        "https://y-suikoukai.sakura.ne.jp/page25/202506/20250613/20250613_ts_feawell.html",
        "news",
    ),
    (
        "GB-zonamilitar-20250821-otc25",
        "Los buques JS Kashima y JS Shimakaze de la Fuerza Marítima de Autodefensa de Japón se despidieron de Buenos Aires",
        "Zona Militar",
        "",
        "2025-08-21",
        "day",
        "https://www.zona-militar.com/2025/08/21/los-buques-js-kashima-y-js-shimakaze-de-la-fuerza-maritima-de-autodefensa-de-japon-se-despidieron-de-buenos-aires-para-continuar-con-su-crucero-de-instruccion-2025",
        "news",
    ),
    (
        "GB-fnnews-2025-otc25",
        "海自練習艦隊、横須賀を出港 世界巡る遠洋練習航海へ",
        "FNNews (fnnews.jp)",
        "",
        "2025",
        "year",
        "https://fnnews.jp/archives/19188",
        "news",
    ),
]
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
    [list(s) + [ACC] for s in S],
)
SIDS = {s[0] for s in S}
MAIN_SIDS = {"F-dailyguardian-2019-samasama", "F-manilashimbun-20241009-samasama"}

# ---------------------------------------------------------------- exercises
# exercise_id,name,series,kind,start,start_precision,end,end_precision,location,lat,lon,at_sea,host,domain,first,notes
E = []
P = []  # exercise_id,country,role,aircraft,ships,personnel,departed_from,departed_lat,departed_lon
C = []  # table,record_id,source_id,locator


def ex(*row):
    assert len(row) == 16, row
    E.append(list(row))


def part(eid, country, role, aircraft="", ships="", personnel=""):
    P.append([eid, country, role, aircraft, ships, personnel, "", "", ""])


def cite(table, rid, sid, loc):
    assert sid in SIDS or sid in MAIN_SIDS, sid
    assert len(loc) <= 200, loc
    C.append([table, rid, sid, loc])


# ---- Sama Sama 2021 (virtual)
eid = "GB-EX-PHL-2021-SAMASAMA"
ex(
    eid,
    "Maritime Training Activity Sama Sama 2021 (virtual)",
    "Sama Sama",
    "exercise",
    "2021-10-11",
    "day",
    "",
    "",
    "San Fernando City, La Union (virtual engagement)",
    16.62,
    120.32,
    "false",
    "PHL",
    "maritime",
    "",
    "Virtual edition (subject matter expert exchanges on diving, aviation and information sharing, replenishment at sea, "
    "MDA, medicine, IUU fishing/maritime law and HA/DR) opened 11 Oct; JMSDF and French subject-matter experts and personnel "
    "took part. The CNIC story does not print the year in the text read: 2021 is established because it quotes Vice Adm. "
    "Adeluis Bordado as Philippine Navy flag officer-in-command (he took command on 8 June 2021, Manila Bulletin) and "
    "describes a virtual, pandemic-era event (the 2022 edition was held at sea in the Sulu Sea with ships). This is the "
    "JMSDF's second Sama Sama (the MSDF called 2023 its fourth since 2019). End date not given. Coordinates: San Fernando.",
)
part(eid, "JPN", "Japan")
part(eid, "PHL", "partner")
part(eid, "USA", "partner")
part(eid, "FRA", "co-participant")
cite(
    "exercises",
    eid,
    "GB-cnic-2021-samasama21",
    "Military personnel from the U.S, Philippines, Japan and France kicked off Maritime Training Activity (MTA) Sama Sama, Oct. 11.",
)
cite(
    "exercises",
    eid,
    "GB-cnic-2021-samasama21",
    "This year, subject matter experts and personnel from Japan Maritime Self-Defense Force (JMSDF) and France will participate during exchanges.",
)
cite(
    "exercises",
    eid,
    "GB-cnic-2021-samasama21",
    "said Vice Adm. Adeluis Bordado, flag officer in-command of the Philippine Navy during the opening ceremony.",
)
cite(
    "exercises",
    eid,
    "GB-mb-20210609-bordado",
    "Bordado took over the helm of the Philippine Navy in a change of command on Tuesday afternoon, June 8",
)

# ---- IPD20
eid = "GB-EX-JPN-2020-IPD20"
ex(
    eid,
    "Indo-Pacific Deployment 2020 (IPD20)",
    "Indo-Pacific Deployment (IPD)",
    "deployment",
    "2020-09-07",
    "day",
    "2020-10-17",
    "day",
    "Indo-Pacific region (Indian Ocean, South China Sea)",
    8.0,
    100.0,
    "true",
    "JPN",
    "maritime",
    "",
    "JMSDF deployment under Commander Escort Flotilla 2 (Rear Adm. Konno Yasushige): JS Kaga and JS Ikazuchi with three "
    "embarked aircraft, one submarine, about 650 personnel; COVID-19 measures. The MSDF page's photo captions show Japan-U.S. "
    "training, a Cam Ranh (Vietnam) port call, Japan-Indonesia goodwill training and Japan-India training; Sri Lanka was the "
    "announced port call (Colombo call and Sri Lanka Navy exercise recorded separately as X2-EX-2020-09-KAGA-COLOMBO). "
    "Fourth IPD (IPD21 was the fifth). Coordinates nominal.",
)
part(eid, "JPN", "Japan", "3", "2", "650")
for c in ["USA", "IND", "IDN", "VNM", "LKA"]:
    part(eid, c, "partner")
cite("exercises", eid, "GB-msdf-ipd20-page", "令和2年9月7日(月)~10月17日(土)")
cite("exercises", eid, "GB-msdf-ipd20-page", "護衛艦「いかづち」 (DD107)")
cite(
    "exercises",
    eid,
    "GB-msdf-ipd20-page",
    "指揮官 第2護衛隊群司令 海将補 今野 泰樹(こんの やすしげ)",
)
cite("exercises", eid, "GB-msdf-ipd20-page", "【カムラン入港(べトナム共和国)】")
cite("exercises", eid, "GB-msdf-ipd20-page", "日インドネシア親善訓練")

# ---- IPD21
eid = "GB-EX-JPN-2021-IPD21"
ex(
    eid,
    "Indo-Pacific Deployment 2021 (IPD21)",
    "Indo-Pacific Deployment (IPD)",
    "deployment",
    "2021-08-20",
    "day",
    "2021-11-25",
    "day",
    "Western Pacific to the western Indian Ocean",
    10.0,
    110.0,
    "true",
    "JPN",
    "maritime",
    "IPD部隊として初めてパラオ、バヌアツといった太平洋島嶼国との親善訓練も実施しました",
    "Fifth IPD (Defense of Japan 2022 column by the surface-unit commander, Rear Adm. Ikeuchi Izuru). JS Kaga, JS Murasame and "
    "JS Shiranui with four embarked aircraft, a submarine and a P-1, about 890 personnel. Planned port calls: India, Indonesia, "
    "Australia, Singapore, Sri Lanka, Palau, Vietnam, the Philippines and New Caledonia (France). The commander reports 21 "
    "combined/goodwill exercises with 14 countries, including the UK carrier strike group led by HMS Queen Elizabeth, and "
    "goodwill training with Palau and Vanuatu; Malabar 2021 (phase 1, Philippine Sea, 26-29 Aug, with the U.S., India, "
    "Australia) is part of the deployment. Partner list = named exercise partners and announced port-call hosts. Coordinates nominal.",
)
part(eid, "JPN", "Japan", "4", "3", "890")
for c in ["USA", "IND", "AUS", "GBR", "PLW", "VUT", "IDN", "SGP", "LKA", "VNM", "PHL", "FRA"]:
    part(eid, c, "partner")
cite(
    "exercises",
    eid,
    "GB-funeco-2021-ipd21",
    "海上自衛隊は2021年8月20日(金)から11月25日(木)までの期間、「令和3年度インド太平洋方面派遣訓練」を実施する。",
)
cite(
    "exercises",
    eid,
    "GB-funeco-2021-ipd21",
    "派遣部隊は、護衛艦「かが(DDH-184)」と「むらさめ(DD-101)」、「しらぬい(DD-120)」と搭載航空機4機、潜水艦1隻、P-1哨戒機1機、人員約890名で構成される。",
)
cite(
    "exercises",
    eid,
    "GB-mod-wp2022-ipd21-voice",
    "計14か国と延べ21回にわたる共同・親善訓練を実施しました",
)
cite("exercises", eid, "GB-mod-wp2022-ipd21-voice", "今回で5回目を数えます")
cite(
    "exercises",
    eid,
    "GB-shipsnet-2021-ipd21-malabar",
    "護衛艦“かが”を中核とする令和3年度インド太平洋方面派遣訓練(IPD21)部隊は,日米印豪共同訓練(マラバール2021)に参加した。",
)

# ---- IPD24
eid = "GB-EX-JPN-2024-IPD24"
ex(
    eid,
    "Indo-Pacific Deployment 2024 (IPD24)",
    "Indo-Pacific Deployment (IPD)",
    "deployment",
    "2024-05-03",
    "day",
    "2024-12-15",
    "day",
    "Pacific and Indian Oceans",
    0.0,
    160.0,
    "true",
    "JPN",
    "maritime",
    "",
    "Eighth IPD ('2017年から本派遣を実施しており、今回で8回目', MSDF). Four surface units (1st: JS Kunisaki with two LCACs; 2nd: "
    "JS Izumo, JS Haguro, JS Ariake; 3rd: JS Noshiro; 4th: JS Kaga), two P-1 air units, submarines and a special boarding "
    "platoon. Planned visits: U.S., India, Australia, Kiribati, Tonga, Vanuatu, PNG, Palau, Fiji, France, Philippines, "
    "Marshall Islands, Micronesia. Exercises: MARARA24, RIMPAC 2024, Tonga international fleet review, Pacific Dragon 2024, "
    "Pacific Vanguard 2024, Kakadu 2024, Pacific Partnership 2024, Malabar 2024 (each recorded separately where on file). "
    "End date: MSDF page 15 Dec 2024; Ships of the World gives 5 Dec (sources disagree; MSDF kept). Ship count 6 (named ships). "
    "Partners = planned visit countries. Coordinates nominal.",
)
part(eid, "JPN", "Japan", "", "6", "")
for c in [
    "USA",
    "IND",
    "AUS",
    "KIR",
    "TON",
    "VUT",
    "PNG",
    "PLW",
    "FJI",
    "FRA",
    "PHL",
    "MHL",
    "FSM",
]:
    part(eid, c, "partner")
cite("exercises", eid, "GB-msdf-ipd24-page", "令和6年5月3日(金)~12月15日(日)")
cite(
    "exercises",
    eid,
    "GB-msdf-ipd24-page",
    "海上自衛隊は、2017年から本派遣を実施しており、今回で8回目となります。",
)
cite(
    "exercises",
    eid,
    "GB-shipsnet-2024-ipd24",
    "第2水上部隊が護衛艦“いずも”“はぐろ”“ありあけ”,第3水上部隊が護衛艦“のしろ”,第4水上部隊が護衛艦“かが”",
)
cite("exercises", eid, "GB-shipsnet-2024-ipd24", "派遣期間は5月3日〜12月5日")
cite(
    "exercises",
    eid,
    "GB-mod-training-partner-nations",
    "2017年から「いずも」型護衛艦を長期派遣する「インド太平洋方面派遣(IPD:Indo-Pacific Deployment)」を開始し",
)

# ---- IPD25
eid = "GB-EX-JPN-2025-IPD25"
ex(
    eid,
    "Indo-Pacific Deployment 2025 (IPD25)",
    "Indo-Pacific Deployment (IPD)",
    "deployment",
    "2025-04-21",
    "day",
    "2025-11-21",
    "day",
    "Pacific Ocean, Indian Ocean and western Arabian Sea",
    0.0,
    150.0,
    "true",
    "JPN",
    "maritime",
    "海上自衛隊として初の訪問となるサモア、ツバル、ナウル",
    "Ninth IPD. Four surface units plus submarine, air, boarding and engineering detachments; 1st surface unit JS Yahagi "
    "(departed 21 Apr; Singapore 5-9 May); 3rd surface unit JS Ise and JS Suzunami (Balikatan 25, IMDEX 2025, Malabar 25; "
    "visits to Australia, India, Singapore, Indonesia; Manila and Wellington calls recorded separately as "
    "X3-EX-2025-IPD25-MANILA and F-NZL-PORTCALL-2025). Largest IPD so far: 23 countries incl. 12 Pacific island states, "
    "first MSDF visits to Samoa, Tuvalu and Nauru (MSDF chief of staff, 15 Apr). End date: 21 Nov per the MSDF page "
    "(J-Defense) and FNNews; WING gives 27 Nov (sources disagree; 21 Nov kept). Partners = countries named in the sources. "
    "Coordinates nominal.",
)
part(eid, "JPN", "Japan")
for c in ["AUS", "IND", "SGP", "IDN", "PHL", "USA", "NZL", "WSM", "TUV", "NRU"]:
    part(eid, c, "partner")
cite(
    "exercises",
    eid,
    "GB-jdefense-20250514-ipd25",
    "令和7年インド太平洋方面派遣は、4月21日(月)~11月21日(金)に実施され",
)
cite(
    "exercises",
    eid,
    "GB-jwing-2025-ipd25",
    "海上自衛隊として初の訪問となるサモア、ツバル、ナウルを含む、12ヵ国の平洋島嶼国へ訪問する",
)
cite("exercises", eid, "GB-jwing-2025-ipd25", "期間は4月21日から11月27日までで")
cite(
    "exercises",
    eid,
    "GB-fnnews-2025-ipd25-ise",
    "「いせ」と「すずなみ」は派遣期間中にオーストラリア、インド、シンガポール、インドネシアなどを訪問する予定",
)
cite(
    "exercises",
    eid,
    "GB-armsweb-2026-ipd25",
    "この長期派遣行動は、2017年よりスタート。2019年より、“IPD”との名が与えられ、コロナ禍でも間断なく行われた。",
)

# ---- OTC (遠洋練習航海)
OTC_NOTE = (
    "JMSDF Training Squadron overseas training cruise (遠洋練習航海) for newly commissioned officers, held every year "
    "since 1957, with goodwill visits and goodwill exercises with the navies of the countries visited. "
)


def otc(
    year, start, sp, end, epr, loc, lat, lon, notes, ships="", personnel="", partners=(), first=""
):
    eid = f"GB-EX-JPN-{year}-OTC"
    ex(
        eid,
        f"JMSDF Overseas Training Cruise {year}",
        "JMSDF Overseas Training Cruise",
        "deployment",
        start,
        sp,
        end,
        epr,
        loc,
        lat,
        lon,
        "true",
        "JPN",
        "maritime",
        first,
        OTC_NOTE + notes,
    )
    part(eid, "JPN", "Japan", "", ships, personnel)
    for c in partners:
        part(eid, c, "partner")
    return eid


eid = otc(
    2012,
    "2012-05-22",
    "day",
    "2012-10-22",
    "day",
    "Southeast Asia, South Asia, Middle East (departed Tokyo Harumi)",
    10.0,
    80.0,
    "56th cruise. Training Squadron commander Rear Adm. Fuchinoue Hidetoshi; JS Kashima, JS Shimayuki and JS Matsuyuki "
    "(Yokosuka District calls Shimayuki the training ship and Matsuyuki the escort; Boueinews the reverse); about 200 "
    "trainees. 14 countries, 14 ports (not itemised in the sources read). Coordinates nominal.",
    ships="3",
)
cite(
    "exercises",
    eid,
    "GB-boueinews-20121101-otc12",
    "5月22日に出国し、東南アジア—南アジア—中東・西アフリカ14カ国14寄港地を歴訪した平成24年度遠洋練習航海部隊(司令官・淵之上英寿海将補)が10月22日に帰国した。",
)
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20120509-otc12",
    "5月22日(火)に東京晴海埠頭から遠洋練習航海(訪問国14カ国14寄港地予定)に出発、日本に帰国するのは10月22日の予定",
)

eid = otc(
    2013,
    "2013-05-22",
    "day",
    "2013-10-30",
    "day",
    "Round the world (departed Tokyo Harumi)",
    40.0,
    -30.0,
    "57th cruise. Rear Adm. Kitagawa Fumiyuki; JS Kashima, JS Shirayuki, JS Isoyuki; about 720 personnel incl. 196 trainees; "
    "162 days, about 50,000 km, 18 countries and 19 ports (MSDF). Ports in order (Sekai Nippo): Pearl Harbor, Manzanillo, "
    "Panama City, Newport, Halifax, Portsmouth, Helsinki, St Petersburg, Gdynia, Kiel, Brest, Barcelona, Taranto, Split, "
    "Djibouti, Colombo, Yangon, Sihanoukville, Da Nang; goodwill training with the Polish Navy after Gdynia. Partners = "
    "the countries visited. Coordinates nominal.",
    ships="3",
    personnel="720",
    partners=[
        "USA",
        "MEX",
        "PAN",
        "CAN",
        "GBR",
        "FIN",
        "RUS",
        "POL",
        "DEU",
        "FRA",
        "ESP",
        "ITA",
        "HRV",
        "DJI",
        "LKA",
        "MMR",
        "KHM",
        "VNM",
    ],
)
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20131030-otc13",
    "5月22日(水)に同港を出港。162日間にわたり、約50,000kmを航海し、18ヵ国19寄港地をめぐるとともに、各寄港地で親善交流を行いました。",
)
cite(
    "exercises",
    eid,
    "GB-worldtimes-2013-otc13",
    "昭和32年以降、毎年、遠洋航海は実施されており、今年で57回目となる。",
)
cite(
    "exercises",
    eid,
    "GB-worldtimes-2013-otc13",
    "また今回、グディニア港を出港後に、ポーランド海軍との親善訓練な",
)

eid = otc(
    2014,
    "2014-05-22",
    "day",
    "2014-10",
    "month",
    "Pacific Ocean (departed Tokyo Harumi; first port Pearl Harbor)",
    0.0,
    -150.0,
    "58th cruise. Rear Adm. Yuasa Hideki; JS Kashima, JS Setoyuki, JS Asagiri; about 720 personnel incl. about 170 "
    "trainees; planned 156 days and 13 countries including the U.S., Mexico and New Zealand (THE PAGE). Manila visit "
    "13-16 Oct 2014 (Ang Malaya). Return date not found (month precision). Partners = countries named in the sources. "
    "Coordinates nominal.",
    ships="3",
    personnel="720",
    partners=["USA", "MEX", "NZL", "PHL"],
)
cite(
    "exercises",
    eid,
    "GB-thepage-20140522-otc14",
    "2014年度の遠洋練習航海となる海上自衛隊練習艦隊(司令官・湯浅秀樹海将補)の出発式が22日、東京都の晴海埠頭で行われ、156日間におよぶ航海へ向けて出発しました。",
)
cite(
    "exercises",
    eid,
    "GB-thepage-20140522-otc14",
    "米国ほかメキシコやニュージーランドなど13か国に寄港し",
)
cite(
    "exercises",
    eid,
    "GB-angmalaya-20141011-otc14",
    "Three vessels of the Japanese Maritime Self Defense Force (JMSDF) will be arriving on Monday, October 13 for a four-day goodwill visit.",
)

eid = otc(
    2015,
    "2015-05-21",
    "day",
    "2015-10-27",
    "day",
    "Americas (Pacific and Atlantic; departed Tokyo Harumi)",
    0.0,
    -80.0,
    "59th cruise. Rear Adm. Nakahata Yasuki; JS Kashima, JS Yamagiri, JS Shimayuki; about 720 personnel incl. 169 "
    "trainees; 160 days, 54,000 km. Ports (MOD Japan Defense Focus No.65): Pearl Harbor, San Diego, Hilo, Quetzal, "
    "Cartagena, Cortes, Santo Domingo, Recife, Rio de Janeiro, Santos, Montevideo, Buenos Aires, Valparaiso, Callao, "
    "Corinto, Manzanillo. Partners = the countries visited. Coordinates nominal.",
    ships="3",
    personnel="720",
    partners=["USA", "GTM", "COL", "HND", "DOM", "BRA", "URY", "ARG", "CHL", "PER", "NIC", "MEX"],
)
cite("exercises", eid, "GB-mod-jdf65-otc15", "May 21st — October 27th, 2015")
cite(
    "exercises",
    eid,
    "GB-mod-jdf65-otc15",
    "Since 1957, the MSDF conducts the Overseas Training every year, and it counts 59th this year.",
)
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20151027-otc15",
    "平成27年度遠洋練習航海部隊(練習艦隊司令官 中畑 康樹 海将補 以下実習幹部169名を含む約720名)の帰国行事を行いました。",
)
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20150521-otc15",
    "練習艦「かしま」(艦長 小沢 輝男 1等海佐)、護衛艦「やまぎり」 (艦長 橋本 聖一 2等海佐)、練習艦「しまゆき」(艦長 小圷 聖一 2等海佐)の3隻で編成され",
)

eid = otc(
    2017,
    "2017-05-22",
    "day",
    "2017-11-01",
    "day",
    "Overseas (departed Yokosuka; 8 countries, 13 ports)",
    20.0,
    60.0,
    "61st cruise. Rear Adm. Manabe Koji; JS Kashima and JS Harusame; about 600 personnel incl. about 190 trainees; "
    "164 days, about 61,037 km, goodwill exchanges in 8 countries and 13 ports (countries not itemised in the sources "
    "read, so no partner rows). Coordinates nominal.",
    ships="2",
    personnel="600",
)
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20171101-otc17",
    "平成29年5月22日(月)に横須賀を出港し、164日間の日程で約33,300マイル(61,037㎞)を航海し、8カ国、13寄港地における親善交流を行って帰国しました。",
)
cite(
    "exercises",
    eid,
    "GB-ajda-2018-otc17",
    "海上自衛隊は、昭和33年から毎年この航海を実施し、今年度が61回目に当たります。",
)

eid = otc(
    2019,
    "2019-05-21",
    "day",
    "2019-10-24",
    "day",
    "Overseas (11 countries, 13 ports; last port Guam)",
    15.0,
    150.0,
    "63rd cruise. Rear Adm. Kajimoto Daisuke; JS Kashima and JS Inazuma; about 580 personnel incl. about 190 trainees "
    "(one Royal Thai Navy ensign); 157 days, about 49,000 km; 11 countries and 13 ports (the list is an image on the MSDF "
    "page; only Guam, 14-17 Oct, is named in the text read). Coordinates nominal.",
    ships="2",
    personnel="580",
    partners=["USA"],
)
cite("exercises", eid, "GB-msdf-enyo-2019", "令和元年5月21日(火)~10月24日(木)(157日間)")
cite(
    "exercises",
    eid,
    "GB-msdf-enyo-2019",
    "昭和32年以降、毎年、実施しており、令和元年度で63回目となります。",
)
cite(
    "exercises",
    eid,
    "GB-msdf-enyo-2019",
    "練習艦「かしま」:アプラ港入港、入港歓迎行事、特別公開、ボランティア活動の様子です。",
)

eid = otc(
    2020,
    "2020-08-28",
    "day",
    "2020-10-21",
    "day",
    "North Pacific (Alaska, Hawaii, Saipan; from Kure)",
    35.0,
    -170.0,
    "64th cruise, split into two phases because of COVID-19. This record is the second phase (28 Aug-21 Oct 2020): "
    "JS Kashima, about 310 personnel incl. about 110 trainees; Nome, Anchorage, Pearl Harbor and Saipan (Nome and "
    "Anchorage without shore leave); the MSDF page shows Japan-U.S. training and goodwill training. First phase (JS "
    "Kashima, JS Shimayuki, about 155 trainees): only Singapore, refuelling without shore leave (海と日本プロジェクト); its "
    "Indian Navy PASSEX of 27 June 2020 is recorded separately (X2-EX-2020-06-JPN-IND-PASSEX). Coordinates nominal.",
    ships="1",
    personnel="310",
    partners=["USA"],
)
cite("exercises", eid, "GB-msdf-enyo-2020a", "令和2年8月28日(金)~10月21日(水)(55日間)")
cite(
    "exercises",
    eid,
    "GB-msdf-enyo-2020a",
    "海上自衛隊は、昭和32年以降、毎年遠洋練習航海を実施しており、今回で64回目となります。",
)
cite(
    "exercises",
    eid,
    "GB-jwing-20200828-otc20",
    "呉を8月28日に発ち、米国アラスカ州ノーム、アンカレッジ、パールハーバー、サイパンを巡り、10月21日に呉に帰港する",
)
cite(
    "exercises",
    eid,
    "GB-uminohi-2020-otc20",
    "新型コロナウイルスの影響で今年はシンガポールのみ訪問。",
)

eid = otc(
    2021,
    "2021-05-26",
    "day",
    "2021-10-21",
    "day",
    "Southeast/South Asia (first phase) and North/Central Pacific (second phase); from Kure",
    10.0,
    150.0,
    "65th cruise (FY2021), in two phases: first phase 26 May-21 Jul 2021, JS Kashima and JS Setoyuki, about 160 "
    "trainees, planned ports Muara (Brunei), Colombo, Surabaya, Dili, Davao; second phase 25 Aug-21 Oct 2021, JS Kashima "
    "only, about 110 trainees, planned ports Nome, Dutch Harbor, Pearl Harbor, Tarawa, Majuro, Weno (Chuuk). The Indian "
    "Navy exercise of 13 June 2021 with JS Kashima and JS Setoyuki is recorded separately (F-IND-EX-2021-06). Partners "
    "= planned port-call countries. Coordinates nominal.",
    ships="2",
    partners=["BRN", "LKA", "IDN", "TLS", "PHL", "USA", "KIR", "MHL", "FSM"],
)
cite(
    "exercises",
    eid,
    "GB-shipsnet-2021-otc21",
    "5月26日,練習艦“かしま”“せとゆき”から成る令和3年度(2021年度)練習艦隊(練習艦隊司令官石巻義康海将補)が,遠洋練習航海(前期)のため,呉を出港した。",
)
cite(
    "exercises",
    eid,
    "GB-shipsnet-2021-otc21",
    "寄港予定国はブルネイ(ムアラ),スリランカ(コロンボ),インドネシア(スラバヤ),東チモー ル(ディリ),フィリピン(ダバオ)。",
)
cite("exercises", eid, "GB-shipsnet-2021-otc21", "8月25日〜10月21日(57日間)に実施される。")

eid = otc(
    2025,
    "2025-06-13",
    "day",
    "",
    "",
    "Latin America (departed Yokosuka)",
    -20.0,
    -60.0,
    "69th cruise (2024 was the 68th). JS Kashima and JS Shimakaze; 566 crew incl. 192 trainees (commander's departure "
    "report); bound for Central and South America; ambassadors of Chile, Peru and Mexico, among planned port-call "
    "countries, attended the departure. Buenos Aires visit from 17 Aug 2025 (escorted in by ARA Sarandí and ARA Rosales; "
    "then to Santos, Brazil). Return date not found. Partners = countries named in the sources. Coordinates nominal.",
    ships="2",
    personnel="566",
    partners=["ARG", "BRA", "CHL", "PER", "MEX"],
)
cite(
    "exercises",
    eid,
    "GB-ysuikoukai-20250613-otc25",
    "実習幹部192名を含む乗組員566名、中南米方面、令和7年度遠洋練習航海に出港します。",
)
cite(
    "exercises",
    eid,
    "GB-ysuikoukai-20250613-otc25",
    "令和7年6月13日(金)、横須賀逸見岸壁において、令和7年度遠洋練習航海部隊(司令官 渡邉 浩 海将補)の出国行事",
)
cite(
    "exercises",
    eid,
    "GB-zonamilitar-20250821-otc25",
    "concluyeron su visita a la Argentina y zarparon desde el Apostadero Naval Buenos Aires con destino al puerto de Santos, Brasil.",
)
cite(
    "exercises",
    eid,
    "GB-fnnews-2025-otc25",
    "海上自衛隊の練習艦隊(練習艦「かしま」、護衛艦「しまかぜ」)は13日、神奈川県の横須賀基地を出港し",
)

# ---------------------------------------------------------------- not held
NH = []


def nh(nid, sid, year, status, notes):
    NH.append([nid, sid, year, status, notes])


nh(
    "NH-SAMA-SAMA-2020",
    "SAMA-SAMA",
    2020,
    "not held",
    "No Sama Sama in 2020. Edition count: MTA Sama Sama was in its third year in 2019 (first JMSDF participation), the 2023 "
    "edition was the sixth (SMNI: 'ika-anim na pagkakataon'), and 2024 the seventh (Manila Shimbun). With the virtual 2021 "
    "edition (CNIC; dated by Vice Adm. Bordado's command from June 2021) and the 2022 SAMASAMA/LUMBAS (ABS-CBN 2023: foreign "
    "participants 'for the second year in a row'), the six editions to 2023 are 2017, 2018, 2019, 2021, 2022 and 2023, "
    "leaving no 2020 edition. Consistent with the MSDF calling 2023 its fourth participation since 2019. The reason "
    "(COVID-19 pandemic) is likely but not stated in the sources.",
)
for sid, loc in [
    ("GB-smni-2023-samasama23", "Ito ang ika-anim na pagkakataon na isasagawa ang pagsasanay"),
    (
        "F-manilashimbun-20241009-samasama",
        "marks the seventh iteration of this vital joint training exercise between the Philippines and the United States",
    ),
    (
        "F-dailyguardian-2019-samasama",
        "Now in its third year, MTA Sama Sama is designed to promote regional security cooperation",
    ),
    (
        "GB-pressone-2019-samasama19",
        "This was the first time elements of the Japanese Maritime Self-Defense Force took part in the activity",
    ),
    (
        "GB-cnic-2021-samasama21",
        "The virtual engagement focuses on the full spectrum of naval capabilities",
    ),
    (
        "GB-abscbn-20231002-samasama23",
        "For the second year in a row, the exercise will also include other foreign participants from Japan",
    ),
]:
    cite("not_held", "NH-SAMA-SAMA-2020", sid, loc)

nh(
    "NH-RISING-THUNDER-2020",
    "RISING-THUNDER",
    2020,
    "cancelled",
    "Not held in 2020 because of the COVID-19 pandemic: the Yakima Herald-Republic says the annual Yakima training, now "
    "known as Operation Rising Thunder, 'has only been interrupted once - in 2020'. The article's publication date was not "
    "visible (it says the training has run 'for nearly 30 years' since Sept 1994, so about 2022-2023). If it postdates late "
    "2022, it would also imply a 2022 iteration, which conflicts with the hint that FY2022 GSDF training in the U.S. was "
    "JRTC 22 instead (see README); 2022 is therefore left unresolved.",
)
cite(
    "not_held",
    "NH-RISING-THUNDER-2020",
    "GB-yakimaherald-ithappenedhere-rt",
    "This annual training, now known as \u201cOperation Rising Thunder,\u201d has only been interrupted once \u2014 in 2020, as a result of the COVID-19 pandemic.",
)

# ---------------------------------------------------------------- series, names, links
SERIES = [
    (
        "IPD",
        "Indo-Pacific Deployment (IPD)",
        "maritime",
        "annual",
        2017,
        2026,
        "JPN",
        "JMSDF annual long-range deployment to the Indo-Pacific (インド太平洋方面派遣(訓練)) with combined and goodwill exercises "
        "and port calls with many partners. Began in 2017 with the JS Izumo/JS Sazanami deployment (MOD: '2017年から...IPDを開始'); "
        "2018 was called the Indo Southeast Asia Deployment (ISEAD18); named IPD from 2019 (Arms Magazine). Numbering confirms "
        "no gap: IPD21 was the fifth (Defense of Japan 2022), IPD24 the eighth (MSDF). From 2023 split into several surface "
        "units. A separate, smaller series, the Indo-Pacific/Middle East Deployment (IMED, with mine-warfare ships, since 2021) "
        "is not included. Host/led_by JPN.",
    ),
    (
        "OTC",
        "JMSDF Overseas Training Cruise (遠洋練習航海)",
        "maritime",
        "annual",
        2011,
        2026,
        "JPN",
        "JMSDF Training Squadron's annual overseas training cruise for newly commissioned officers, held every year since "
        "1957 (55th in 2011 ... 63rd 2019, 64th 2020, 68th 2024), with goodwill port visits and goodwill/PASSEX training with "
        "partner navies. Japan took part before 2011 and every year since, so from_year is 2011. 2020 and 2021 were split into "
        "two shorter phases because of COVID-19 (2020 first phase: Singapore only, no shore leave). Some years are linked to an "
        "existing port-call or exercise record of that year's cruise rather than a whole-cruise record. Distinct from the "
        "domestic 近海練習航海 and the in-service officers' 外洋練習航海(部内).",
    ),
    (
        "MCA",
        "Maritime Cooperative Activity (MCA/MMCA, West Philippine Sea)",
        "maritime",
        "irregular",
        2024,
        2026,
        "PHL",
        "Philippine-led maritime cooperative activities in the West Philippine Sea (Philippine EEZ) with allies: multilateral "
        "MCAs (MMCA; the 11th MMCA was in Sept 2025) and bilateral Japan-Philippines MCAs (first 2 Aug 2024, second 14 June "
        "2025). Japan first took part in the first multilateral MCA on 7 April 2024 (with Australia and the U.S.). Several "
        "iterations a year, so cadence irregular; all iterations with Japan found on file are linked. Not every 2024-2025 "
        "MMCA with Japan has been checked; more may exist.",
    ),
]
w(
    "series.csv",
    ["series_id", "name", "domain", "cadence", "from_year", "to_year", "led_by", "notes"],
    SERIES,
)

NAMES = [
    ("IPD", "Indo Southeast Asia Deployment (ISEAD)", 2018, 2018),
    ("IPD", "インド太平洋方面派遣訓練 / インド太平洋方面派遣", 2018, 2026),
    ("OTC", "遠洋練習航海 (Ocean-going training cruise)", 2011, 2026),
    ("OTC", "JMSDF Training Squadron overseas training", 2011, 2026),
    ("MCA", "Multilateral Maritime Cooperative Activity (MMCA)", 2024, 2026),
]
w("series_names.csv", ["series_id", "name", "from_year", "to_year"], NAMES)

LINKS = [
    ("SAMA-SAMA", 2021, "GB-EX-PHL-2021-SAMASAMA"),
    ("IPD", 2017, "X2-EX-2017-IZUMO-DEPLOY"),
    ("IPD", 2018, "X2-EX-2018-ISEAD18"),
    ("IPD", 2019, "X2-EX-2019-IPD19"),
    ("IPD", 2020, "GB-EX-JPN-2020-IPD20"),
    ("IPD", 2021, "GB-EX-JPN-2021-IPD21"),
    ("IPD", 2022, "F-IPD-2022"),
    ("IPD", 2023, "F-IPD-2023-KUMANO"),
    ("IPD", 2024, "GB-EX-JPN-2024-IPD24"),
    ("IPD", 2025, "GB-EX-JPN-2025-IPD25"),
    ("OTC", 2011, "X1-PC-2011-SEATTLE-KASHIMA"),
    ("OTC", 2012, "GB-EX-JPN-2012-OTC"),
    ("OTC", 2013, "GB-EX-JPN-2013-OTC"),
    ("OTC", 2014, "GB-EX-JPN-2014-OTC"),
    ("OTC", 2015, "GB-EX-JPN-2015-OTC"),
    ("OTC", 2016, "E-JPN-2016-OTC-MALTA"),
    ("OTC", 2017, "GB-EX-JPN-2017-OTC"),
    ("OTC", 2018, "F-IDN-PORTCALL-2018-06"),
    ("OTC", 2019, "GB-EX-JPN-2019-OTC"),
    ("OTC", 2020, "GB-EX-JPN-2020-OTC"),
    ("OTC", 2021, "GB-EX-JPN-2021-OTC"),
    ("OTC", 2022, "E-JPN-2022-OTC-PORTLAND"),
    ("OTC", 2023, "E-JPN-2023-OTC-ESQUIMALT"),
    ("OTC", 2024, "E-JPN-2024-OTC-UK"),
    ("OTC", 2025, "GB-EX-JPN-2025-OTC"),
    ("MCA", 2024, "F-MCA-2024-04-07"),
    ("MCA", 2024, "F-MCA-2024-08-02"),
    ("MCA", 2025, "F-MCA-2025-03-28"),
    ("MCA", 2025, "F-MCA-2025-06-14"),
    ("MCA", 2025, "X3-EX-2025-MCA-09"),
]
w("links.csv", ["series_id", "year", "exercise_id"], LINKS)

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
w("not_held.csv", ["not_held_id", "series_id", "year", "status", "notes"], NH)
w("citations.csv", ["table", "record_id", "source_id", "locator"], C)

# ---------------------------------------------------------------- checks
main_ids = {
    r["exercise_id"]
    for r in csv.DictReader(open("/work/main/data/exercises.csv", encoding="utf-8"))
}
new_ids = {e[0] for e in E}
assert not (new_ids & main_ids), new_ids & main_ids
for s, y, e in LINKS:
    assert e in main_ids or e in new_ids, e
cited = {c[1] for c in C}
for e in new_ids:
    assert e in cited, e
for n in NH:
    assert n[0] in cited, n
used = {c[2] for c in C}
print("unused sources:", SIDS - used)
print(
    len(S),
    "sources;",
    len(E),
    "exercises;",
    len(P),
    "participants;",
    len(C),
    "citations;",
    len(NH),
    "not_held;",
    len(LINKS),
    "links",
)
