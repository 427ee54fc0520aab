import csv, os

OUT = "/work/research/series-s1"
ACC = "2026-12-05"


def w(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        wr.writerows(rows)


# ---------------- series ----------------
series = [
    (
        "RIMPAC",
        "RIMPAC (Rim of the Pacific Exercise)",
        "maritime",
        "biennial",
        2012,
        2026,
        "USA",
        "US Pacific Fleet-hosted (led by U.S. 3rd Fleet) biennial exercise in and around Hawaii (and Southern California in some years); series began 1971 and Japan (JMSDF) has taken part continuously before 2011, so from_year is the first even-year edition in the span (2012). GSDF first took part in 2014. 2020 edition was at-sea-only (COVID-19). The 2026 edition could not be established from the sources read (see README unresolved).",
    ),
    (
        "MALABAR",
        "Malabar",
        "maritime",
        "annual",
        2014,
        2026,
        "",
        "Began 1992 as a US-India bilateral exercise; Japan took part in 2007 and 2009 (and, per most sources, 2014) and became a permanent member in 2015; Australia rejoined in 2020 (Quad format). Host rotates among the participants (India, Japan, US, Australia), so led_by is blank. 2020 and 2021 were each held in two phases. Earlier Japanese participation is disputed for 2013 vs 2014 (see existing F-MALABAR-2015 notes).",
    ),
    (
        "PACIFIC-PARTNERSHIP",
        "Pacific Partnership",
        "joint",
        "annual",
        2011,
        2026,
        "USA",
        "US Pacific Fleet-led annual humanitarian assistance / disaster-relief preparedness mission (since 2006; Japan has taken part since 2007). Missions are named for the US fiscal year, so a phase can start in the preceding calendar year (PP24-1 in Palau, Dec 2023); links.csv years are calendar years of the activity. 2021 was largely virtual (Japan took part online). 2020 could not be established (README).",
    ),
    (
        "PACIFIC-VANGUARD",
        "Pacific Vanguard",
        "maritime",
        "annual",
        2019,
        2026,
        "",
        "US 7th Fleet-originated multilateral maritime exercise with Australia, Japan and the ROK (first held May 2019 near Guam); Canada (2022, 2024) and New Zealand (2025) also took part in some years. Host varies (RAN hosted 2021, JMSDF hosted 2022), so led_by blank. Iterations carry fiscal-year serials (PV 19-1 May 2019; PV 20-1 Nov 2019; PV 22-1 Aug 2022), so 2019 has two iterations.",
    ),
    (
        "LA-PEROUSE",
        "La Pérouse",
        "maritime",
        "biennial",
        2019,
        2026,
        "FRA",
        "French Navy-led multinational exercise (2019 with the Charles de Gaulle CSG; 2021 and 2023 during Jeanne d'Arc missions; 2025 with the Clemenceau 25 CSG). Japan took part in 2019, 2021 and 2023 but not in La Pérouse 25 (nine participating nations, Japan not among them). Indo-Pacific Defense Forum calls the 2025 edition the fifth iteration, implying an earlier edition not identified here.",
    ),
    (
        "SEA-DRAGON",
        "Sea Dragon",
        "maritime",
        "annual",
        2020,
        2026,
        "USA",
        'US Navy (CTF 72, 7th Fleet) multinational anti-submarine warfare exercise for maritime patrol aircraft at Andersen AFB, Guam, with a graded competition for the "Dragon Belt". Held annually since 2019; the 2019 edition was US-Australia only, so Japan\'s first was 2020. Partners over time: Australia, Canada, India, Japan, ROK, New Zealand.',
    ),
    (
        "KAKADU",
        "Kakadu",
        "maritime",
        "biennial",
        2012,
        2026,
        "AUS",
        "Royal Australian Navy's biennial multinational maritime engagement exercise off Darwin (since 1993). Japan took part before 2011 (e.g. Kakadu 2008 with JS Samidare per Lowy Institute), so from_year is the first edition in the span (2012). Cancelled in 2020 (COVID-19). The RAN page for Kakadu 2026 lists Japan among partner nations (exercise area extended to the east coast with an International Fleet Review in Sydney); its conduct was not confirmed in sources read.",
    ),
    (
        "KOMODO",
        "Multilateral Naval Exercise Komodo (MNEK)",
        "maritime",
        "irregular",
        2014,
        2026,
        "IDN",
        "Indonesian Navy-hosted multilateral HA/DR-oriented exercise, often combined with an International Fleet Review. Biennial 2014-2018, skipped 2020 (COVID-19), resumed 2023 (4th edition) and 2025 (5th edition, Bali), so cadence is irregular. Japan took part in every edition found (2014, 2016, 2018, 2023, 2025).",
    ),
    (
        "PACIFIC-DRAGON",
        "Pacific Dragon",
        "maritime",
        "biennial",
        2016,
        2026,
        "USA",
        "US 3rd Fleet-hosted biennial ballistic/integrated air and missile defence exercise off Kauai (Pacific Missile Range Facility), usually after RIMPAC. 2016 was the third edition and the first trilateral one with Japan and the ROK (so editions existed in 2012 and 2014; Japan's role in them not established). 2018 and 2020 were held but not publicised; from 2022 also Australia and Canada; 2024 (seventh iteration) also Italy, the Netherlands and Denmark. Distinct from the series of Japan-US-ROK missile warning exercises recorded elsewhere.",
    ),
    (
        "JIMEX",
        "JIMEX (Japan-India Maritime Exercise)",
        "maritime",
        "annual",
        2012,
        2026,
        "",
        'Bilateral JMSDF-Indian Navy exercise; host alternates between Japan and India, so led_by blank. Editions: 1st 2012 (off Tokyo), 2nd 2013 (off Chennai), 3rd 2018 (after a five-year gap), 4th 2020, then yearly (5th 2021 ... 8th 2024). The Indian MoD called the 2025 edition "JAIMEX-25". Irregular before 2020, annual since; years without an edition are listed in not_held.csv.',
    ),
    (
        "NICHI-GOU-TRIDENT",
        "Nichi-Gou Trident (Japan-Australia Trident)",
        "maritime",
        "annual",
        2011,
        2026,
        "",
        'Bilateral JMSDF-Royal Australian Navy exercise conducted since 2009, hosted alternately by the two countries (Japanese name 日豪トライデント / "Trident"). Australian Defence (2021) described it as held annually; since 2023 several numbered iterations a year (e.g. NGT 23-2, 23-3, 25-2, 25-3). Many years could not be established from sources read (README unresolved).',
    ),
]
w(
    "series.csv",
    ["series_id", "name", "domain", "cadence", "from_year", "to_year", "led_by", "notes"],
    series,
)

names = [
    ("PACIFIC-VANGUARD", "PACVAN", 2019, 2026),
    ("JIMEX", "JAIMEX-25 (Indian MoD name for the 2025 edition)", 2025, 2025),
    ("NICHI-GOU-TRIDENT", "日豪トライデント (Japan-Australia Trident; JMSDF name)", 2011, 2026),
    ("NICHI-GOU-TRIDENT", "Trident23 (JMSDF name for the June 2023 IPD23 iteration)", 2023, 2023),
    ("KOMODO", "Komodo Exercise / KOMODO", 2014, 2026),
    ("RIMPAC", "Rim of the Pacific Exercise", 2012, 2026),
]
w("series_names.csv", ["series_id", "name", "from_year", "to_year"], names)

# ---------------- sources ----------------
S = []


def src(sid, title, pub, author, published, prec, url, kind):
    S.append((sid, title, pub, author, published, prec, url, kind, ACC))


src(
    "S1-pacom-20160628-pd16",
    "Trilateral Pacific Dragon Ballistic Missile Defense Exercise Concludes",
    "U.S. Pacific Command (U.S. Third Fleet Public Affairs)",
    "",
    "2016-06-28",
    "day",
    "https://www.pacom.mil/Media/News/News-Article-View/Article/816829/trilateral-pacific-dragon-ballistic-missile-defense-exercise-concludes/",
    "official",
)
src(
    "S1-hani-2022-pd22",
    "[Report: ROK, US and Japan to hold Pacific Dragon ballistic missile detection and tracking drill off Hawaii, 1-14 Aug 2022] (Japanese edition)",
    "The Hankyoreh (Japanese edition)",
    "",
    "",
    "",
    "http://japan.hani.co.kr/arti/politics/44164.html",
    "news",
)
src(
    "S1-kbs-20220729-pd22",
    "[Report: S. Korea, Japan, US to conduct Pacific Dragon missile exercise off Hawaii from Monday]",
    "KBS World",
    "",
    "2022-07-29",
    "day",
    "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=171390",
    "news",
)
src(
    "S1-usni-20240819-pd24",
    "U.S., Allies Partner for BMD Exercise, Russian and Chinese Ships Sail Near Japan",
    "USNI News",
    "",
    "2024-08-19",
    "day",
    "https://news.usni.org/2024/08/19/u-s-allies-partner-for-bmd-exercise-russian-and-chinese-ships-sail-near-japan",
    "news",
)
src(
    "S1-mda-20240816-pd24",
    "Pacific Dragon 2024 concludes, advances multinational missile defense cooperation",
    "Missile Defense Agency (press release archived by PublicNow)",
    "",
    "2024-08-16",
    "day",
    "https://publicnow.com/view/6636F0DE50E2256C1D41DFFD02742E24D888B2C5",
    "official",
)
src(
    "S1-c7f-20210111-sd21",
    "Sea Dragon 2021 Kicks Off Between US and Partner Nations",
    "Commander, U.S. 7th Fleet (CTF 72 Public Affairs)",
    "",
    "2021-01-11",
    "day",
    "https://www.c7f.navy.mil/Media/News/Display/Article/2468589/sea-dragon-2021-kicks-off-between-us-and-partner-nations/",
    "official",
)
src(
    "S1-navaltech-2021-sd21",
    "US and partner nations conclude exercise Sea Dragon 2021",
    "Naval Technology",
    "",
    "",
    "",
    "https://www.naval-technology.com/news/us-and-partner-nations-conclude-exercise-sea-dragon-2021/",
    "news",
)
src(
    "S1-forcaaerea-2021-sd21",
    "[Exercício ASW Sea Dragon 2021]",
    "forcaaerea.com.br",
    "",
    "",
    "",
    "https://forcaaerea.com.br/exercicio-asw-sea-dragon-2021",
    "news",
)
src(
    "S1-cnrk-2021-pp21",
    "16th Pacific Partnership begins in the Manila",
    "Commander, Navy Region Korea (U.S. Navy)",
    "",
    "",
    "",
    "https://cnrk.cnic.navy.mil/News/Article/2711637/16th-pacific-partnership-begins-in-the-manila",
    "official",
)
src(
    "S1-portalworlds-2021-pp21",
    "防衛省・自衛隊はフィリピン・ベトナム等での訓練にオンライン参加",
    "Portal Worlds (reporting a Joint Staff announcement)",
    "",
    "",
    "",
    "https://portal-worlds.com/news/asean/24847/amp",
    "news",
)
src(
    "S1-jdefense-20250722-pp25",
    "自衛隊、7月下旬~10月上旬にかけてパシフィック・パートナーシップ2025に参加予定",
    "J-Defense News (quoting the Joint Staff Office)",
    "",
    "2025-07-22",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/003527.html",
    "news",
)
src(
    "S1-navalnews-202501-lp25",
    "French Navy kicks off La Perouse 2025 exercise in East Indian Ocean",
    "Naval News",
    "",
    "2025-01",
    "month",
    "https://www.navalnews.com/naval-news/2025/01/french-navy-kicks-off-la-perouse-2025-exercise-in-east-indian-ocean/",
    "news",
)
src(
    "S1-ipdf-202502-lp25",
    "Multilateral La Perouse 25 exercise focuses on key maritime passages",
    "Indo-Pacific Defense Forum",
    "FORUM Staff",
    "2025-02",
    "month",
    "https://ipdefenseforum.com/2025/02/multilateral-la-perouse-25-exercise-focuses-on-key-maritime-passages/",
    "news",
)
src(
    "S1-scoop-201209-kakadu12",
    "Exercise Kakadu 2012 ships set sail",
    "Scoop (republishing a defence media release)",
    "",
    "2012-09",
    "month",
    "https://www.scoop.co.nz/stories/WO1209/S00020/exercise-kakadu-2012-ships-set-sail.htm?from-mobile=bottom-link-01",
    "reproduction",
)
src(
    "S1-ps-201209-kakadu12",
    "AUS: Top End exercises come to close",
    "Pacific Sentinel (republishing an Australian Defence release)",
    "",
    "2012-09",
    "month",
    "http://pacificsentinel.blogspot.com/2012/09/aus-top-end-exercises-come-to-close.html",
    "reproduction",
)
src(
    "S1-contact-20220803-kakadu22",
    "Kakadu 2022 set to be biggest ever",
    "CONTACT Air Land & Sea (story by LCDR Andrew Herring, RAN)",
    "Andrew Herring",
    "2022-08-03",
    "day",
    "https://contactairlandandsea.com/2022/08/03/kakadu-2022-set-to-be-biggest-ever",
    "news",
)
src(
    "S1-msdf-202210-ipd22-su2",
    "2nd Surface unit of the Indo-Pacific Deployment Force completed its mission and returned to Yokosuka base",
    "Japan Maritime Self-Defense Force (Self Defense Fleet)",
    "",
    "2022-10",
    "month",
    "https://www.mod.go.jp/msdf/sf/english/news/2022/10/1031-02.html",
    "official",
)
src(
    "S1-taiwannews-20181001-jimex18",
    "[Report: JMSDF and Indian Navy hold JIMEX-18 off Visakhapatnam]",
    "Taiwan News",
    "",
    "2018-10-01",
    "day",
    "https://www.taiwannews.com.tw/en/news/3548384",
    "news",
)
src(
    "S1-adbr-2020-jimex20",
    "India and Japan conclude naval exercise",
    "Australian Defence Business Review",
    "Mike Yeo",
    "",
    "",
    "https://adbr.com.au/india-and-japan-conclude-naval-exercise/",
    "news",
)
src(
    "S1-funeco-201909-ngt19",
    "[海上自衛隊とオーストラリア海軍、日豪共同訓練「日豪トライデント」を実施 (from a JMSDF release)]",
    "Funeco News",
    "",
    "2019-09",
    "month",
    "https://funeco.jp/news/jmasdf-australian-navy-joint-training-201909_10/",
    "news",
)
src(
    "S1-mandarin-20211115-ngt21",
    "Australia-Japan war games in the Pacific",
    "The Mandarin",
    "Tom Ravlic",
    "2021-11-15",
    "day",
    "https://www.themandarin.com.au/174995-australia-japan-war-games-in-the-pacific/",
    "news",
)
src(
    "S1-defconnect-2021-ngt21",
    "[RAN frigate, Seahawk link up with Japanese navy]",
    "Defence Connect",
    "",
    "",
    "",
    "https://defenceconnect.com.au/naval/9071-ran-frigate-seahawk-link-up-with-japanese-navy",
    "news",
)
src(
    "S1-jwing-202509-ngt25-2",
    "海自、豪海軍と共同訓練「日豪トライデント25-2」",
    "WING (Japan aviation & defence daily)",
    "",
    "2025-09",
    "month",
    "https://www.jwing.net/news/98750",
    "news",
)
src(
    "S1-msdf-ipd24-page",
    "令和6年度インド太平洋方面派遣 (Indo-Pacific Deployment 2024 page)",
    "Japan Maritime Self-Defense Force",
    "",
    "2024",
    "year",
    "https://www.mod.go.jp/msdf/operation/cooperate/IPD24/",
    "official",
)
src(
    "S1-msdf-20230627-trident23",
    "The Indo-Pacific Deployment 2023 (IPD23) units conducted a bilateral exercise (Trident23) with the Royal Australian Navy and the Royal Australian Air Force.",
    "Japan Maritime Self-Defense Force (Self Defense Fleet)",
    "",
    "2023-06-27",
    "day",
    "https://www.mod.go.jp/msdf/sf/english/news/2023/06/0627_2.html",
    "official",
)

# ---------------- exercises ----------------
EXH = [
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
]
E = []
P = []
C = []


def ex(**k):
    E.append([k.get(h, "") for h in EXH])


def part(eid, country, role, aircraft="", ships="", personnel=""):
    P.append([eid, country, role, aircraft, ships, personnel, "", "", ""])


def cite(table, rid, sid, loc):
    assert len(loc) <= 200, (rid, len(loc))
    C.append([table, rid, sid, loc])


# Sea Dragon 2021
eid = "S1-EX-USA-2021-SEADRAGON"
ex(
    exercise_id=eid,
    name="Sea Dragon 2021",
    series="Sea Dragon",
    kind="exercise",
    start="2021-01-12",
    start_precision="day",
    end="2021-01-27",
    end_precision="day",
    location="In the vicinity of Guam (Andersen Air Force Base)",
    lat="13.584",
    lon="144.93",
    at_sea="false",
    host="USA",
    domain="maritime",
    notes="CTF 72-hosted multinational ASW exercise: two U.S. Navy P-8A (VP-5, VP-8) with the Royal Australian Air Force, Canadian Air Force, Indian Navy and JMSDF; final problem tracking USS Chicago. Start 12 Jan per the 7th Fleet release (dated 11 Jan); end 27 Jan per Naval Technology. Forca Aerea (Brazil) gives 14-28 January and says the JMSDF flew the Kawasaki P-1 - sources disagree on dates.",
)
for c, r, a in [
    ("JPN", "Japan", ""),
    ("USA", "partner", "2"),
    ("AUS", "partner", ""),
    ("CAN", "partner", ""),
    ("IND", "partner", ""),
]:
    part(eid, c, r, a)
cite(
    "exercises",
    eid,
    "S1-c7f-20210111-sd21",
    "joined several partner nations to kick off the multinational anti-submarine warfare exercise Sea Dragon 2021, Jan. 12.",
)
cite(
    "exercises",
    eid,
    "S1-c7f-20210111-sd21",
    "Royal Australian Air Force, Canadian Air Force, Indian Navy, and Japan Maritime Self-Defense Force",
)
cite(
    "exercises",
    eid,
    "S1-navaltech-2021-sd21",
    "The exercise started two weeks ago in Guam and successfully completed on 27 January.",
)
cite(
    "exercises",
    eid,
    "S1-forcaaerea-2021-sd21",
    "Ocorre entre 14 de 28 de janeiro, na Base Naval dos EUA em Guam",
)

# Pacific Dragon 2018 / 2020
for yr in ("2018", "2020"):
    eid = f"S1-EX-USA-{yr}-PACDRAGON"
    ex(
        exercise_id=eid,
        name=f"Pacific Dragon {yr}",
        series="Pacific Dragon",
        kind="exercise",
        start=yr,
        start_precision="year",
        location="Waters off Hawaii (Pacific Missile Range Facility, Kauai), alongside RIMPAC",
        lat="22.0",
        lon="-160.5",
        at_sea="true",
        host="USA",
        domain="maritime",
        notes=f"Held but not publicised: per the Hankyoreh, the ROK, U.S. and Japan have held ballistic-missile detection and tracking training at RIMPAC since 2016 and did not disclose its content in 2018 and 2020; KBS says the ROK Navy took part in the biennial exercise in {yr}. Japan's MOD made no announcement (Jiji, 2022: first announced Japan-U.S.-ROK exercise since Dec 2017). Dates and units unknown, so year precision; sea-area coordinates as for Pacific Dragon 2022. UNCERTAIN: Japan's MOD list of multilateral exercises for Apr 2017 - Mar 2020 (Defense of Japan 2020, Reference 48) does not list any Japan-U.S.-ROK exercise off Hawaii in 2018 (nor did Japan announce one), so Japan's participation rests on the Hankyoreh statement.",
    )
    for c, r in [("JPN", "Japan"), ("USA", "partner"), ("KOR", "partner")]:
        part(eid, c, r)
    cite(
        "exercises",
        eid,
        "S1-hani-2022-pd22",
        "韓米日は2016年からリムパックの際に弾道ミサイル探知・追尾訓練を行っており、文在寅(ムン・ジェイン)政権時代の2018年と2020年には訓練の内容を公開しなかった。",
    )
    cite(
        "exercises",
        eid,
        "S1-kbs-20220729-pd22",
        "The South Korean Navy participated in the biennial exercise in 2018 and 2020 under the Moon Jae-in government, but did not disclose details of the drill at the time.",
    )

# Pacific Dragon 2024
eid = "S1-EX-USA-2024-PACDRAGON"
ex(
    exercise_id=eid,
    name="Pacific Dragon 2024",
    series="Pacific Dragon",
    kind="exercise",
    start="2024-07-29",
    start_precision="day",
    end="2024-08-13",
    end_precision="day",
    location="Off Kauai and the Pacific Missile Range Facility, Hawaii",
    lat="22.0",
    lon="-160.5",
    at_sea="true",
    host="USA",
    domain="maritime",
    notes="Seventh iteration, hosted by U.S. 3rd Fleet with the Missile Defense Agency: first live intercept of an SM-3 Blk IA as a target, a trilateral BMD information exchange and multilateral data-link exchange. JMSDF destroyer JS Haguro; HMAS Sydney and a RAAF E-7A; ITS Raimondo Montecuccoli; ROKS Yulgok Yi I; HNLMS Tromp; USS Shiloh, USS Carl M. Levin, USS Kidd. The MDA release also lists the Royal Danish Navy, which USNI does not name; the JMSDF IPD24 plan called it a Japan-U.S.-Australia-ROK-Canada-New Zealand-Italy missile warning exercise (Canada and New Zealand are not named by MDA/USNI) - sources disagree on the participant list. Japan, U.S. and ROK recorded as partners (trilateral BMD exchange); others as co-participants.",
)
for c, r, sh in [
    ("JPN", "Japan", "1"),
    ("USA", "partner", "3"),
    ("KOR", "partner", "1"),
    ("AUS", "co-participant", "1"),
    ("ITA", "co-participant", "1"),
    ("NLD", "co-participant", "1"),
    ("DNK", "co-participant", ""),
]:
    part(eid, c, r, "", sh)
cite(
    "exercises",
    eid,
    "S1-usni-20240819-pd24",
    "during exercise Pacific Dragon 2024 around the Hawaiian Islands from July 29 to Aug. 13",
)
cite(
    "exercises",
    eid,
    "S1-usni-20240819-pd24",
    "Japan Maritime Self Defense Force (JMSDF) destroyer JS Haguro (DDG-180), Republic of Korea Navy destroyer ROKS Yulgok Yi I (DDG-992)",
)
cite(
    "exercises",
    eid,
    "S1-mda-20240816-pd24",
    "PD24 included forces from Royal Australian Navy, Italian Navy, Japan Maritime Self-Defense Force, Republic of Korea Navy, Royal Netherlands Navy, Royal Danish Navy",
)
cite(
    "exercises", eid, "S1-msdf-ipd24-page", "(4)日米豪韓加新伊ミサイル警戒演習(Pacific Dragon2024)"
)
cite(
    "exercises",
    eid,
    "S1-mda-20240816-pd24",
    "this seventh iteration of Pacific Dragon took place off the coast of Kauai and at the Pacific Missile Range Facility, Hawaii.",
)

# Pacific Partnership 2021
eid = "S1-EX-USA-2021-PP21"
ex(
    exercise_id=eid,
    name="Pacific Partnership 2021 (JSDF online participation)",
    series="Pacific Partnership",
    kind="exercise",
    start="2021-07-01",
    start_precision="day",
    end="2021-09-01",
    end_precision="day",
    location="Online participation in activities in Fiji, Papua New Guinea, the Philippines and Vietnam (mission began in Manila)",
    lat="14.59",
    lon="120.98",
    at_sea="false",
    host="PHL",
    domain="joint",
    notes="16th Pacific Partnership, adapted to COVID-19 (virtual and in-person events; USNS City of Bismarck arrived at Manila 14 July). Per a Joint Staff announcement reported by Portal Worlds, about 145 JSDF personnel (mostly GSDF, MSDF and ASDF bands plus ~5 Joint Staff) took part online 1 Jul - 1 Sep 2021 (music videos with partner bands, HA/DR seminars) - Japan's 14th participation since 2007. The Joint Staff original was not found in the corpus. Coordinates: Manila.",
)
for c, r, pe in [
    ("JPN", "Japan", "145"),
    ("USA", "partner", ""),
    ("FJI", "co-participant", ""),
    ("PNG", "co-participant", ""),
    ("PHL", "co-participant", ""),
    ("VNM", "co-participant", ""),
]:
    part(eid, c, r, "", "", pe)
cite(
    "exercises",
    eid,
    "S1-portalworlds-2021-pp21",
    "日本の防衛省の統合幕僚監部は、パシフィック・パートナーシップ2021にオンラインで参加していることを発表した。",
)
cite("exercises", eid, "S1-portalworlds-2021-pp21", "期間は、7月1日から9月1日までとなる。")
cite(
    "exercises",
    eid,
    "S1-cnrk-2021-pp21",
    "More than 200 personnel from the U.S. and host nations will participate virtually and on the ground during the mission",
)

# Pacific Partnership 2025
eid = "S1-EX-USA-2025-PP25"
ex(
    exercise_id=eid,
    name="Pacific Partnership 2025 (JSDF activities in Papua New Guinea and Palau)",
    series="Pacific Partnership",
    kind="exercise",
    start="2025-07-28",
    start_precision="day",
    end="2025-10-02",
    end_precision="day",
    location="Papua New Guinea (28 Jul - 7 Aug) and Palau (22 Sep - 2 Oct)",
    lat="-9.44",
    lon="147.18",
    at_sea="false",
    host="PNG",
    domain="joint",
    notes="U.S.-hosted mission. Dates are the planned periods announced by the Joint Staff on 17 Jul 2025 (reported by J-Defense News); conduct of the activities was not confirmed in the sources read. Activities: medical care, facility repair, seminars, cultural exchange; units incl. Joint Staff, Ground Component Command, North Eastern Army, SDF Central Hospital, Self Defense Fleet, Yokosuka/Kure/Sasebo districts, ASDF Central Band. Japan's 19th participation (since 2007). Coordinates: Port Moresby.",
)
for c, r in [("JPN", "Japan"), ("USA", "partner"), ("PNG", "partner"), ("PLW", "partner")]:
    part(eid, c, r)
cite(
    "exercises",
    eid,
    "S1-jdefense-20250722-pp25",
    "本年7月28日(月)~8月7日(木)、9月22日(月)~10月2日(木)に実施されるパシフィック・パートナーシップ2025への自衛隊の参加について",
)
cite("exercises", eid, "S1-jdefense-20250722-pp25", "パプアニューギニア独立国及びパラオ共和国")

# Kakadu 2012
eid = "S1-EX-AUS-2012-KAKADU"
ex(
    exercise_id=eid,
    name="Kakadu 2012",
    series="Kakadu",
    kind="exercise",
    start="2012-08-29",
    start_precision="day",
    end="2012-09-14",
    end_precision="day",
    location="Darwin and the North Australian Exercise Area",
    lat="-11.0",
    lon="129.5",
    at_sea="true",
    host="AUS",
    domain="maritime",
    notes="RAN's principal multilateral exercise for 2012: fifteen ships, about 2,000 personnel; fleet assets from Australia, Brunei, Indonesia, Japan, New Zealand, Singapore and Thailand; 17 nations as participants and observers. Japan's unit not named in the sources read. Both sources are re-publications of Australian Defence media releases (originals not found in the corpus). Sea-area coordinates nominal (as Kakadu 2014).",
)
for c, r in [
    ("JPN", "Japan"),
    ("AUS", "partner"),
    ("BRN", "partner"),
    ("IDN", "partner"),
    ("NZL", "partner"),
    ("SGP", "partner"),
    ("THA", "partner"),
]:
    part(eid, c, r)
cite(
    "exercises",
    eid,
    "S1-scoop-201209-kakadu12",
    "Maritime elements from Australia, Brunei, Indonesia, Japan, New Zealand, Singapore and Thailand will focus on aspects of maritime warfare common to all the forces involved.",
)
cite(
    "exercises",
    eid,
    "S1-ps-201209-kakadu12",
    "Over the 17 days of exercising, from 29 August to 14 September, graduated training activities and weapons practices were conducted",
)

# Nichi Gou Trident 2019
eid = "S1-EX-AUS-2019-NGT"
ex(
    exercise_id=eid,
    name="Nichi Gou Trident 2019 (日豪トライデント)",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2019-09-17",
    start_precision="day",
    end="2019-10-23",
    end_precision="day",
    location="Waters and airspace from south of Kanto via the waters around Okinawa to west of Kyushu",
    lat="30.0",
    lon="130.0",
    at_sea="true",
    host="JPN",
    domain="maritime",
    notes="Two periods: 17-29 Sep and 15-23 Oct 2019 (planned, per the JMSDF release as reported by Funeco). JMSDF: destroyers Harusame, Teruzuki, Asahi, Atago, replenishment ship Mashu, a submarine and patrol aircraft; RAN ships and a submarine. Sea-area coordinates nominal.",
)
part(eid, "JPN", "Japan", "", "5")
part(eid, "AUS", "partner")
cite(
    "exercises",
    eid,
    "S1-funeco-201909-ngt19",
    "2019年9月17日(火)から10月23日(水)までの期間、関東南方から沖縄周辺を経て九州西方へ至る海空域において、日豪共同訓練「日豪トライデント」を実施する。",
)

# Nichi Gou Trident 2021
eid = "S1-EX-AUS-2021-NGT"
ex(
    exercise_id=eid,
    name="Nichi Gou Trident 2021",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2021-11",
    start_precision="month",
    end="2021-11",
    end_precision="month",
    location="Waters off the coast of Japan",
    lat="34.5",
    lon="139.5",
    at_sea="true",
    host="JPN",
    domain="maritime",
    notes="Three-day bilateral exercise in the week before 15 Nov 2021: HMAS Warramunga (with an MH-60 Seahawk) and JS Inazuma; maritime warfare serials, in-company navigation, aviation operations; included the first Australia-Japan Asset Protection Mission under Article 95-2 of the SDF Law. Exact days and sea area not given; coordinates nominal.",
)
part(eid, "JPN", "Japan", "", "1")
part(eid, "AUS", "partner", "", "1")
cite(
    "exercises",
    eid,
    "S1-mandarin-20211115-ngt21",
    "Australia and Japan have spent three days in the past week off the coast of Japan in the middle of an annual military exercise",
)
cite(
    "exercises",
    eid,
    "S1-defconnect-2021-ngt21",
    "HMAS Warramunga and its embarked MH-60 Seahawk helicopter have joined Japan Maritime Self-Defense Force (JMSDF) Murasame Class destroyer JS Inazuma for Exercise NICHI GOU TRIDENT.",
)

# NGT 23-3
eid = "S1-EX-AUS-2023-NGT-23-3"
ex(
    exercise_id=eid,
    name="Nichi Gou Trident 23-3",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2023",
    start_precision="year",
    location="Philippine Sea area (during an Australian regional presence deployment; exact area not stated)",
    lat="20.0",
    lon="132.0",
    at_sea="true",
    host="",
    domain="maritime",
    notes="HMAS Toowoomba with a JMSDF P-3C, held after NGT 23-2 (reported 30 Nov 2023). Dates and sea area not given; coordinates nominal, as for NGT 23-2.",
)
part(eid, "JPN", "Japan", "1")
part(eid, "AUS", "partner", "", "1")
cite(
    "exercises",
    eid,
    "X3-src-contact-2023-ngt23-2",
    "HMAS Toowoomba later conducted an additional bilateral exercise, NGT 23-3, testing communication and cooperation with a JMSDF P-3C aircraft.",
)

# NGT 25-2
eid = "S1-EX-AUS-2025-NGT-25-2"
ex(
    exercise_id=eid,
    name="Nichi Gou Trident 25-2 (日豪トライデント25-2)",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2025-09-14",
    start_precision="day",
    end="2025-09-16",
    end_precision="day",
    location="Western Pacific",
    lat="25.0",
    lon="140.0",
    at_sea="true",
    host="",
    domain="maritime",
    notes="JS Kaga and HMAS Brisbane: ASW, LINKEX, replenishment at sea, cross-deck operations and PHOTOEX. HMAS Brisbane then held NGT 25-3 with JS Kumano in Sagami Bay on 19 Sep. Sea-area coordinates nominal.",
)
part(eid, "JPN", "Japan", "", "1")
part(eid, "AUS", "partner", "", "1")
cite(
    "exercises",
    eid,
    "S1-jwing-202509-ngt25-2",
    "海上自衛隊は9月14日から16日まで、西太平洋においてオーストラリア海軍と共同訓練「日豪トライデント25-2」を実施した。",
)

# extra supporting citations for existing records (additive; existing records are not edited)
cite(
    "exercises",
    "X2-EX-2016-06-JUK-TRILAT",
    "S1-pacom-20160628-pd16",
    "Commander, U.S. 3rd Fleet is wrapping up the third biennial exercise Pacific Dragon from June 20-28 off the coast of the Pacific Missile Range Facility (PMRF) in Kauai",
)
cite(
    "exercises",
    "X3-EX-2022-KAKADU",
    "S1-msdf-202210-ipd22-su2",
    "the 2nd Surface unit of IPD22 participated in “KAKADU2022” and “Exercise SAMASAMA/LUMBAS 2022”",
)
cite(
    "exercises",
    "F-IPD23-TRIDENT-AUS",
    "S1-msdf-20230627-trident23",
    "During 24-25 June, JS IZUMO and JS SAMIDARE from the First Surface Unit of the Indo-Pacific Deployment 2023 (IPD23) conducted a bilateral exercise (Trident23)",
)

# ---------------- links ----------------
L = []


def link(sid, yr, eid):
    L.append([sid, yr, eid])


for y, e in [
    (2012, "X1-EX-2012-RIMPAC"),
    (2014, "X1-EX-2014-RIMPAC"),
    (2016, "X2-EX-2016-RIMPAC"),
    (2018, "F-RIMPAC-2018"),
    (2020, "X2-EX-2020-RIMPAC"),
    (2022, "X3-EX-2022-RIMPAC"),
    (2024, "F-RIMPAC-2024"),
]:
    link("RIMPAC", y, e)
for y, e in [
    (2014, "X1-EX-2014-MALABAR"),
    (2015, "F-MALABAR-2015"),
    (2016, "F-MALABAR-2016"),
    (2017, "F-MALABAR-2017"),
    (2018, "F-MALABAR-2018"),
    (2019, "F-MALABAR-2019"),
    (2020, "F-MALABAR-2020-P1"),
    (2020, "F-MALABAR-2020-P2"),
    (2021, "F-MALABAR-2021-P1"),
    (2021, "F-MALABAR-2021-P2"),
    (2022, "F-MALABAR-2022"),
    (2023, "F-MALABAR-2023"),
    (2024, "F-MALABAR-2024"),
    (2025, "F-MALABAR-2025"),
]:
    link("MALABAR", y, e)
for y, e in [
    (2011, "X1-EX-2011-PACPARTNERSHIP"),
    (2012, "X1-EX-2012-PACPARTNERSHIP"),
    (2013, "X1-EX-2013-PACPARTNERSHIP"),
    (2014, "X1-EX-2014-PACPARTNERSHIP"),
    (2015, "X2-EX-2015-PACPARTNERSHIP"),
    (2016, "X2-EX-2016-PACPARTNERSHIP"),
    (2017, "X2-EX-2017-PACPARTNERSHIP"),
    (2018, "X2-EX-2018-PACPARTNERSHIP"),
    (2019, "X2-EX-2019-PACPARTNERSHIP"),
    (2021, "S1-EX-USA-2021-PP21"),
    (2022, "X3-EX-2022-PP22-SOLOMON"),
    (2023, "X3-EX-2023-PP23"),
    (2023, "X3-EX-2023-PP24-PALAU"),
    (2024, "X3-EX-2024-PP24-2-VANUATU"),
    (2025, "S1-EX-USA-2025-PP25"),
]:
    link("PACIFIC-PARTNERSHIP", y, e)
for y, e in [
    (2019, "F-PACVAN-2019"),
    (2019, "X2-EX-2019-PACVAN-2"),
    (2020, "X2-EX-2020-PACVAN"),
    (2021, "X3-EX-2021-PACVAN"),
    (2022, "X3-EX-2022-PACVAN"),
    (2023, "X3-EX-2023-PACVAN"),
    (2024, "F-PACVAN-2024"),
    (2025, "F-PACVAN-2025"),
]:
    link("PACIFIC-VANGUARD", y, e)
for y, e in [
    (2019, "X2-EX-2019-LAPEROUSE"),
    (2021, "E-FRA-2021-LA-PEROUSE"),
    (2023, "E-FRA-2023-LA-PEROUSE"),
]:
    link("LA-PEROUSE", y, e)
for y, e in [
    (2020, "X2-EX-2020-SEADRAGON"),
    (2021, "S1-EX-USA-2021-SEADRAGON"),
    (2022, "X3-EX-2022-SEADRAGON"),
    (2023, "X3-EX-2023-SEADRAGON"),
    (2024, "X3-EX-2024-SEADRAGON"),
    (2025, "X3-EX-2025-SEADRAGON"),
    (2026, "X3-EX-2026-SEADRAGON"),
]:
    link("SEA-DRAGON", y, e)
for y, e in [
    (2012, "S1-EX-AUS-2012-KAKADU"),
    (2014, "X1-EX-2014-KAKADU"),
    (2016, "X2-EX-2016-KAKADU"),
    (2018, "X2-EX-2018-KAKADU"),
    (2022, "X3-EX-2022-KAKADU"),
    (2024, "F-KAKADU-2024"),
]:
    link("KAKADU", y, e)
for y, e in [
    (2014, "X1-EX-2014-KOMODO"),
    (2016, "F-KOMODO-2016"),
    (2018, "X2-EX-2018-KOMODO"),
    (2023, "F-KOMODO-2023"),
    (2025, "X3-EX-2025-KOMODO"),
]:
    link("KOMODO", y, e)
for y, e in [
    (2016, "X2-EX-2016-06-JUK-TRILAT"),
    (2018, "S1-EX-USA-2018-PACDRAGON"),
    (2020, "S1-EX-USA-2020-PACDRAGON"),
    (2022, "F-PACDRAGON-2022"),
    (2024, "S1-EX-USA-2024-PACDRAGON"),
]:
    link("PACIFIC-DRAGON", y, e)
for y, e in [
    (2012, "X1-EX-2012-JIMEX"),
    (2013, "X1-EX-2013-JIMEX"),
    (2018, "F-JIMEX-2018"),
    (2020, "F-JIMEX-2020"),
    (2021, "F-JIMEX-2021"),
    (2022, "F-JIMEX-2022"),
    (2023, "F-JIMEX-2023"),
    (2024, "F-JIMEX-2024"),
    (2025, "X3-EX-2025-JIMEX"),
]:
    link("JIMEX", y, e)
for y, e in [
    (2012, "X1-EX-2012-NICHIGOUTRIDENT"),
    (2015, "X2-EX-2015-NGT"),
    (2016, "F-NGT-2016"),
    (2017, "X2-EX-2017-NGT"),
    (2019, "S1-EX-AUS-2019-NGT"),
    (2021, "S1-EX-AUS-2021-NGT"),
    (2023, "F-IPD23-TRIDENT-AUS"),
    (2023, "X3-EX-2023-NGT-23-2"),
    (2023, "S1-EX-AUS-2023-NGT-23-3"),
    (2025, "S1-EX-AUS-2025-NGT-25-2"),
    (2025, "X3-EX-2025-NGT-25-3"),
]:
    link("NICHI-GOU-TRIDENT", y, e)
w("links.csv", ["series_id", "year", "exercise_id"], L)

# ---------------- not held ----------------
N = []


def nh(sid, yr, status, notes):
    N.append([f"NH-{sid}-{yr}", sid, yr, status, notes])


nh(
    "KAKADU",
    2020,
    "cancelled",
    "Kakadu 2020 was cancelled because of COVID-19; Kakadu 2022 was the 15th iteration (2018 was the 14th).",
)
cite(
    "not_held",
    "NH-KAKADU-2020",
    "X2-src-navaltoday-20180913-kakadu",
    "This was the fourteenth iteration of Exercise Kakadu, having begun in 1993 and most recently conducted in 2016.",
)
cite(
    "not_held",
    "NH-KAKADU-2020",
    "S1-contact-20220803-kakadu22",
    "KA22, the biennial exercise’s fifteenth iteration, follows its cancellation in 2020 due to COVID-19.",
)
nh(
    "LA-PEROUSE",
    2025,
    "held without Japan",
    "La Pérouse 25 (January 2025, Malacca, Sunda and Lombok straits) was led by the French Clemenceau 25 carrier strike group with Australia, Canada, India, Indonesia, Malaysia, Singapore, the UK and the US; Japan is not among the nine participating countries named by the French Navy (via Naval News) or the Indo-Pacific Defense Forum.",
)
cite(
    "not_held",
    "NH-LA-PEROUSE-2025",
    "S1-navalnews-202501-lp25",
    "brings together nine countries including Canada, the United States, Malaysia, Indonesia, India, Australia, the United Kingdom and Singapore",
)
cite(
    "not_held",
    "NH-LA-PEROUSE-2025",
    "S1-ipdf-202502-lp25",
    "Participants included Australia, Canada, India, Indonesia, Malaysia, Singapore, the United Kingdom and the United States.",
)
for y in (2014, 2015, 2016, 2017):
    nh(
        "JIMEX",
        y,
        "not held",
        "No JIMEX between the 2nd edition (Dec 2013) and JIMEX-18 (Oct 2018), described as the third edition and the first in five years.",
    )
    cite(
        "not_held",
        f"NH-JIMEX-{y}",
        "S1-taiwannews-20181001-jimex18",
        "This the first time the JMSDF and the Indian navy have held joint Japan-India Maritime Exercises (JIMEX-18) in five years.",
    )
    cite(
        "not_held",
        f"NH-JIMEX-{y}",
        "S1-taiwannews-20181001-jimex18",
        "This is the third time the JIMEX exercises have been held.",
    )
    cite(
        "not_held",
        f"NH-JIMEX-{y}",
        "F-sputnik-20181101-dg18",
        "In October, the navies of India and Japan resumed the bilateral maritime exercise JIMEX-18 in Indian waters after a hiatus of five years.",
    )
nh(
    "JIMEX",
    2019,
    "not held",
    "No JIMEX in 2019: JIMEX-18 was the third edition and the September 2020 exercise the fourth iteration.",
)
cite(
    "not_held",
    "NH-JIMEX-2019",
    "S1-adbr-2020-jimex20",
    "The exercise – the fourth iteration of JIMEX – saw the participants carry out tactical manoeuvres and a wide spectrum of maritime operations.",
)
cite(
    "not_held",
    "NH-JIMEX-2019",
    "S1-taiwannews-20181001-jimex18",
    "This is the third time the JIMEX exercises have been held.",
)
nh(
    "KOMODO",
    2020,
    "not held",
    "Komodo (biennial 2014-2018) skipped 2020 because of the COVID-19 pandemic; the next edition (4th) was held in June 2023. Series cadence is irregular, so this row is informational.",
)
cite(
    "not_held",
    "NH-KOMODO-2020",
    "P-src-breitbart-20230606-komodo23",
    "hosted every two years by Indonesia in various Indo-Pacific locations since 2014, although it skipped the pandemic year of 2020",
)
cite(
    "not_held",
    "NH-KOMODO-2020",
    "F-arabnews-2023-komodo23",
    "The last Komodo exercise took place in 2018 before suspensions over COVID-19.",
)
nh(
    "KOMODO",
    2022,
    "not held",
    "No Komodo edition between 2018 and the 4th edition of June 2023 (suspended over COVID-19). Informational (irregular series).",
)
cite(
    "not_held",
    "NH-KOMODO-2022",
    "F-arabnews-2023-komodo23",
    "The last Komodo exercise took place in 2018 before suspensions over COVID-19.",
)
w("not_held.csv", ["not_held_id", "series_id", "year", "status", "notes"], N)

# ---------------- write ----------------
w("exercises.csv", EXH, E)
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
w("citations.csv", ["table", "record_id", "source_id", "locator"], C)
print(len(series), len(L), len(N), len(E), len(P), len(S), len(C))
