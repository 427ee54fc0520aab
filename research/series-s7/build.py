#!/usr/bin/env python3
"""Series panel S7 (cyber, space, land): builds every CSV in this folder.
All facts come from `search` excerpts (corpus pages) read on 2026-12-05."""

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
S = []  # source_id,title,publisher,author,published,published_precision,url,kind


def src(sid, title, pub, author, date, prec, url, kind):
    S.append([sid, title, pub, author, date, prec, url, kind, ACC])


# Cyber Coalition
src(
    "S7-tvasahi-20231201-cc23",
    "【独自】NATOサイバー防衛演習 中枢部に日本メディア初潜入",
    "TV Asahi (テレ朝news)",
    "",
    "2023-12-01",
    "day",
    "https://news.tv-asahi.co.jp/news_international/articles/000326501.html",
    "news",
)
src(
    "S7-ncia-2020-cc20",
    "NATO exercises cyber defence capabilities at Cyber Coalition",
    "NATO Communications and Information Agency",
    "",
    "",
    "",
    "https://www.ncia.nato.int/about-us/newsroom/nato-exercises-cyber-defence-capabilities-at-cyber-coalition",
    "official",
)
src(
    "S7-shape-20211206-cc21",
    "Cyber Coalition 2021 concludes in Estonia",
    "Supreme Headquarters Allied Powers Europe (SHAPE), NATO",
    "",
    "2021-12-06",
    "day",
    "https://shape.nato.int/news-archive/2021/cyber-coalition-2021-concludes-in-estonia",
    "official",
)
src(
    "S7-nato-20221128-cc22",
    "NATO's flagship cyber defence exercise kicks off in Estonia",
    "NATO",
    "",
    "2022-11-28",
    "day",
    "https://www.nato.int/cps/en/natohq/news_209405.htm",
    "official",
)
src(
    "S7-estworld-20221130-cc22",
    "Tallinn hosts NATO's cyber training exercise",
    "Estonian World",
    "",
    "2022-11-30",
    "day",
    "https://estonianworld.com/security/tallinn-hosts-natos-cyber-training-exercise/",
    "news",
)
src(
    "S7-act-20231201-cc23",
    "NATO's Flagship Cyber Exercise Concludes in Estonia",
    "NATO Allied Command Transformation",
    "",
    "2023-12-01",
    "day",
    "https://www.act.nato.int/article/cyber-coalition-23-concludes/",
    "official",
)
src(
    "S7-cr14-2024-cc24",
    "NATO's premier cyber defense exercise Cyber Coalition concludes in Tallinn",
    "CR14 (Estonian cyber range foundation)",
    "",
    "",
    "",
    "https://cr14.ee/insights/natos-premier-cyber-defense-exercise-cyber-coalition-concludes-in-tallinn",
    "official",
)
src(
    "S7-asahi-202412-cc24",
    "NATOのサイバー演習に日本から過去最多参加 背景に中国の台頭",
    "Asahi Shimbun (as carried by Yahoo! News Japan)",
    "",
    "2024-12",
    "month",
    "https://news.yahoo.co.jp/articles/9d607904f5d4f294aa0b331207923ac47efdde29",
    "news",
)
src(
    "S7-htn-2025-cc25",
    "NATO's largest cyber war game concludes in Estonia amid rising global threats",
    "HTN World",
    "",
    "2025-12",
    "month",
    "https://htnworld.com/natos-largest-cyber-war-game-concludes-in-estonia-amid-rising-global-threats",
    "news",
)
src(
    "S7-defind-2025-cc25",
    "NATO Cyber Coalition 2025 strengthens Alliance readiness and advances transformation in cyber defence",
    "Defence Industry Europe",
    "",
    "2025-12",
    "month",
    "https://defence-industry.eu/nato-cyber-coalition-2025-strengthens-alliance-readiness-and-advances-transformation-in-cyber-defence",
    "news",
)

# Locked Shields
src(
    "S7-wing-20210414-ls21",
    "防衛省、NATOのサイバー防衛演習に初正式参加",
    "WING (Wing Aviation Press)",
    "",
    "2021-04-14",
    "day",
    "https://jwing.net/?p=37407",
    "news",
)
src(
    "S7-epoch-20220419-ls22",
    "防衛省がNATOのサイバー演習参加 架空の島国に対するサイバー攻撃想定",
    "The Epoch Times Japan (大紀元)",
    "",
    "2022-04-19",
    "day",
    "https://m.epochtimes.jp/2022/04/104812.html",
    "news",
)
src(
    "S7-vision-202204-ls22",
    "防衛省、NATOのサイバー防衛演習「ロックド・シールズ2022」に参加",
    "Vision Times Japan (看中国)",
    "",
    "2022-04",
    "month",
    "https://visiontimesjp.com/?p=32856",
    "news",
)
src(
    "S7-err-20230421-ls23",
    "Sweden-Iceland team triumphs at Locked Shields 2023 cyber defense exercise",
    "ERR News",
    "",
    "2023-04-21",
    "day",
    "https://news.err.ee/1608955571/sweden-iceland-team-triumphs-at-locked-shields-2023-cyber-defense-exercise",
    "news",
)
src(
    "S7-dvids-20230411-ls23",
    "West Virginia National Guard, DISA lead U.S.-Romanian cyber defense team for exercise Locked Shields 2023",
    "DVIDS (West Virginia National Guard)",
    "Maj. Holli Nelson",
    "2023-04-11",
    "day",
    "https://www.dvidshub.net/news/443102/west-virginia-national-guard-disa-lead-us-romanian-cyber-defense-team-exercise-locked-shields-2023",
    "official",
)
src(
    "S7-asagumo-20240514-ls24",
    "NATOサイバー防衛演習 3000人以上がオンライン参加(2024年4月23~26日)",
    "Asagumo (朝雲新聞) [page reached through a Hatena redirect link]",
    "",
    "2024-05-14",
    "day",
    "http://a.st-hatena.com/go?http://www.asagumo-news.com/20190323021835",
    "news",
)
src(
    "S7-ipa-2023-ls23",
    "ロックド・シールズ2023 (中核人材育成プログラム修了者の参加)",
    "Information-technology Promotion Agency, Japan (IPA)",
    "",
    "2023",
    "year",
    "https://www.ipa.go.jp/jinzai/ics/global/locked-shields2023.html",
    "official",
)
src(
    "S7-ipa-20241126-ls24",
    "「ロックド・シールズ2024」に中核人材育成プログラムの修了者が参加しました",
    "Information-technology Promotion Agency, Japan (IPA)",
    "",
    "2024-11-26",
    "day",
    "https://www.ipa.go.jp/jinzai/ics/global/locked-shields2024.html",
    "official",
)
src(
    "S7-itb-20250508-ls25",
    "日本も参加!NATO主催のサイバー防衛演習「ロックド・シールズ2025」とは?",
    "ITB Co. (company blog summarising the MOD announcement)",
    "",
    "2025-05-08",
    "day",
    "https://itb.co.jp/2025/05/08/%e6%97%a5%e6%9c%ac%e3%82%82%e5%8f%82%e5%8a%a0%ef%bc%81nato%e4%b8%bb%e5%82%ac%e3%81%ae%e3%82%b5%e3%82%a4%e3%83%90%e3%83%bc%e9%98%b2%e8%a1%9b%e6%bc%94%e7%bf%92%e3%80%8c%e3%83%ad%e3%83%83%e3%82%af",
    "reproduction",
)
src(
    "S7-ccdcoe-2025-ls25",
    "Nations unite under pressure as Locked Shields 2025 kicks off in Tallinn",
    "NATO Cooperative Cyber Defence Centre of Excellence",
    "",
    "2025",
    "year",
    "https://ccdcoe.org/news/2025/nations-unite-under-pressure-as-locked-shields-2025-kicks-off-in-tallinn/",
    "official",
)
src(
    "S7-ng-20250522-ls25",
    "Maryland Air Guardsmen Support NATO Cyber Exercise",
    "U.S. National Guard",
    "Airman 1st Class Sarah Hoover",
    "2025-05-22",
    "day",
    "https://www.nationalguard.mil/News/Article-View/Article/4195516/maryland-air-guardsmen-support-nato-cyber-exercise/",
    "official",
)

# Brunet-Takamori
src(
    "S7-nikkei-20230919-bt23",
    "France, Japan ground troops conduct 1st joint drills in Pacific",
    "Nikkei Asia",
    "",
    "2023-09-19",
    "day",
    "https://asia.nikkei.com/Politics/International-relations/Indo-Pacific/France-Japan-ground-troops-conduct-1st-joint-drills-in-Pacific",
    "news",
)
src(
    "S7-kyodo-20230928-bt23",
    "Japan, France conduct live-fire military exercise in South Pacific",
    "Japan Today (Kyodo)",
    "",
    "2023-09-28",
    "day",
    "https://japantoday.com/category/politics/japan-france-conduct-live-fire-military-exercise-in-south-pacific",
    "news",
)
src(
    "S7-afp-20230928-bt23",
    "Relations franco-japonaises: exercice militaire inédit en Nouvelle-Calédonie",
    "Tahiti Infos (AFP)",
    "",
    "2023-09-28",
    "day",
    "https://www.tahiti-infos.com/Relations-franco-japonaises-exercice-militaire-inedit-en-Nouvelle-Caledonie_a219678.html",
    "news",
)
src(
    "S7-rfi-202409-bt24",
    "France and Japan hold joint military exercises in signal to China, Russia",
    "RFI (as carried by Yahoo News NZ)",
    "",
    "2024-09",
    "month",
    "https://nz.news.yahoo.com/france-japan-hold-joint-military-061540420.html",
    "news",
)
src(
    "S7-topbuzz-20240921-bt24",
    "France and Japan strengthen their military cooperation",
    "topbuzztimes.com (machine-translated re-post of a French press report)",
    "",
    "2024-09-21",
    "day",
    "https://topbuzztimes.com/france-and-japan-strengthen-their-military-cooperation",
    "reproduction",
)
src(
    "S7-lnc-20250912-bt25",
    "Pourquoi 120 soldats japonais se sont entraînés en Nouvelle-Calédonie",
    "Les Nouvelles Calédoniennes",
    "Anthony Tejero",
    "2025-09-12",
    "day",
    "https://www.lnc.nc/article/nouvelle-caledonie/pourquoi-120-soldats-japonais-se-sont-entraines-en-nouvelle-caledonie",
    "news",
)
src(
    "S7-outremers-2025-bt25",
    "120 soldats japonais en Nouvelle-Calédonie dans le cadre d’un exercice militaire entre la France et le Japon",
    "Outremers360 (with Les Nouvelles Calédoniennes)",
    "",
    "2025-09",
    "month",
    "https://outremers360.com/bassin-pacifique-appli/120-soldats-japonais-en-nouvelle-caledonie-dans-le-cadre-dun-exercice-militaire-entre-la-france-et-le-japon",
    "news",
)

# Global Sentinel
src(
    "S7-sorae-201809-gs18",
    "航空自衛隊、「グローバル・センチネル2018」に参加 (sorae, via Infoseek News)",
    "sorae (as carried by Infoseek News)",
    "",
    "2018-09",
    "month",
    "https://news.infoseek.co.jp/amp/article/sorae_47158",
    "news",
)
src(
    "S7-wing-201809-gs18",
    "航空自衛隊、米戦略軍グローバル・センチネル参加",
    "WING (Wing Aviation Press)",
    "",
    "2018-09",
    "month",
    "https://jwing.net/?p=5023",
    "news",
)
src(
    "S7-kantsuu-20180915-gs18",
    "空自、宇宙状況監視の多国間演習「グローバル・センチネル2018」に参加 (report reproduced by kantsuu.com)",
    "kantsuu.com (newspaper report, 古城博隆)",
    "古城博隆",
    "2018-09-15",
    "day",
    "http://news.kantsuu.com/201809/20180915072615_707913.shtml",
    "reproduction",
)
src(
    "S7-flyteam-201909-gs19",
    "空自、宇宙状況監視多国間机上演習「グローバル・センチネル」演習に参加",
    "FlyTeam",
    "",
    "2019-09",
    "month",
    "https://flyteam.jp/news/article/115473",
    "news",
)
src(
    "S7-wing-20190924-gs19",
    "空自、宇宙状況監視多国間机上演習に参加",
    "WING (Wing Aviation Press)",
    "",
    "2019-09-24",
    "day",
    "https://jwing.net/news/17193",
    "news",
)
src(
    "S7-spacecom-20191002-gs19",
    "USSPACECOM hosts 6th space experiment with 16 international partners",
    "U.S. Space Command",
    "",
    "2019-10-02",
    "day",
    "https://www.spacecom.mil/Newsroom/News/Article-Display/Article/1977997/usspacecom-hosts-6th-space-experiment-with-16-international-partners/",
    "official",
)
src(
    "S7-spacecom-20220803-gs22",
    "25 Nations Participate in Global Sentinel 22",
    "U.S. Space Command",
    "",
    "2022-08-03",
    "day",
    "https://www.spacecom.mil/Newsroom/News/Article-Display/Article/3115832/25-nations-participate-in-global-sentinel-22/",
    "official",
)
src(
    "S7-spacecom-20230324-gs24ipc",
    "Two dozen nations gather for Global Sentinel planning",
    "U.S. Space Command",
    "Capt. Erin Leon",
    "2023-03-24",
    "day",
    "https://www.spacecom.mil/Newsroom/News/Article-Display/Article/3342084/two-dozen-nations-gather-for-global-sentinel-planning/",
    "official",
)
src(
    "S7-eurasia-20240221-gs24",
    "US, Partner Nations Strengthen Space Interoperability During Global Sentinel (DoD News, by Joseph Clark, re-posted)",
    "Eurasia Review (re-post of DoD News)",
    "Joseph Clark",
    "2024-02-21",
    "day",
    "https://www.eurasiareview.com/21022024-us-partner-nations-strengthen-space-interoperability-during-global-sentinel/",
    "reproduction",
)
src(
    "S7-potomac-2024-gs24",
    "US Gathers Allies to Boost Space Collaboration for Security, Defense",
    "Potomac Officers Club",
    "",
    "2024-02",
    "month",
    "https://potomacofficersclub.com/news/us-gathers-allies-to-boost-space-collaboration-for-security-and-defense",
    "news",
)
src(
    "S7-jdef-20250514-gs25",
    "航空自衛隊が多国間宇宙演習「グローバル・センチネル2025」に参加(4月28日~5月9日)",
    "J-Defense (re-post of the Air Staff Office release of 12 May 2025)",
    "",
    "2025-05-14",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/003088.html",
    "reproduction",
)


# Schriever Wargame
src(
    "S7-mod-20181005-sw18",
    "米空軍宇宙コマンド主催多国間机上演習「シュリーバー演習」への参加について",
    "Ministry of Defense of Japan",
    "",
    "2018-10-05",
    "day",
    "http://www.mod.go.jp/j/press/news/2018/10/05e.html",
    "official",
)
src(
    "S7-mod-wp2019-sw",
    "<解説>多国間机上演習「シュリーバー演習」への参加 (令和元年版防衛白書 コラム)",
    "Ministry of Defense of Japan",
    "",
    "2019",
    "year",
    "http://www.clearing.mod.go.jp/hakusho_data/2019/html/nc019000.html",
    "official",
)
src(
    "S7-au-2018-sw18",
    "LeMay Center hosts AFSPC wargame",
    "Air University (U.S. Air Force)",
    "",
    "2018",
    "year",
    "https://airuniversity.af.edu/News/Display/Article/1699256/lemay-center-hosts-afspc-wargame",
    "official",
)
src(
    "S7-spacecom-201909-sw19",
    "US Air Force Begins 2019 Space Wargame",
    "Space.com",
    "",
    "2019-09",
    "month",
    "https://space.com/united-states-air-force-schriever-wargame-2029.html",
    "news",
)
src(
    "S7-spoc-202011-sw20",
    "Schriever Wargame: Critical Space Event Concludes",
    "U.S. Space Force Space Operations Command",
    "1st Lt. Tyler Whiting",
    "2020-11",
    "month",
    "https://www.spoc.spaceforce.mil/News/Article-Display/Article/2404914/schriever-wargame-critical-space-event-concludes",
    "official",
)
src(
    "S7-spacecom-20230403-sw23",
    "Schriever Wargame 2023 concludes",
    "U.S. Space Command (STARCOM Public Affairs)",
    "",
    "2023-04-03",
    "day",
    "https://www.spacecom.mil/Newsroom/News/Article-Display/Article/3350930/schriever-wargame-2023-concludes/",
    "official",
)
src(
    "S7-shephard-20230406-sw23",
    "Space and cyber wargame brings 350 experts together",
    "Shephard Media",
    "",
    "2023-04-06",
    "day",
    "https://www.shephardmedia.com/news/training-simulation/space-and-cyber-wargame-brings-350-experts-together/",
    "news",
)
src(
    "S7-ussf-2025-sw25",
    "Schriever Wargame 2025 strengthens international partnerships, shapes future space operations",
    "U.S. Space Force (Space Training and Readiness Command)",
    "Brandon Kalloo Sanes",
    "2025-08",
    "month",
    "https://www.spaceforce.mil/News/Article-Display/Article/4286153/schriever-wargame-2025-strengthens-international-partnerships-shapes-future-spa",
    "official",
)
src(
    "S7-dvids-20250821-sw25",
    "Schriever Wargame 2025 Strengthens International Partnerships, Shapes Future Space Operations [image]",
    "DVIDS (Space Training and Readiness Command)",
    "Brandon Kalloo Sanes",
    "2025-08-21",
    "day",
    "https://www.dvidshub.net/image/9277933/schriever-wargame-2025-strengthens-international-partnerships-shapes-future-space-operations",
    "official",
)

# ---------------------------------------------------------------- series
SERIES = [
    [
        "CYBER-COALITION",
        "Cyber Coalition (NATO cyber defence exercise)",
        "cyber",
        "annual",
        2019,
        2026,
        "",
        "NATO's annual flagship cyber defence exercise (since 2008), directed by Allied Command Transformation, run from Estonia (Tartu to 2019, Tallinn/CR14 cyber range from 2021) with most players connected from home. "
        "Japan (MOD/SDF) sent observers 2015-2018 and took part officially for the first time in Cyber Coalition 2019 (Japanese name サイバー・コアリション). "
        "Japan is not among the partners named for 2021 (SHAPE: Finland, Ireland, Sweden, Switzerland); TV Asahi called 2023 Japan's third participation (2019, 2022, 2023), so 2020 and 2021 were held without Japan. "
        "Organiser is NATO (no single country), so led_by is blank; host is Estonia.",
    ],
    [
        "LOCKED-SHIELDS",
        "Locked Shields (NATO CCDCOE live-fire cyber defence exercise)",
        "cyber",
        "annual",
        2021,
        2026,
        "",
        "Annual red-team/blue-team cyber defence exercise of the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE, Tallinn), held since 2010; players mostly connect remotely. "
        "MOD/SDF sent a few observers in 2015, 2016 and 2019 and took part formally for the first time in 2021 (ロックド・シールズ); Asagumo called 2024 the fourth consecutive year since 2021. "
        "The 2020 edition was cancelled (COVID-19). Japan formed joint blue teams with the UK in 2022 and 2024 and with Australia in 2023. Japan joined the CCDCOE as a contributing participant in 2022 (formal membership May 2023). "
        "led_by blank (CCDCOE is a multinational NATO-accredited body; host Estonia). The 2025 participation rests on a company blog summarising the MOD announcement (see README).",
    ],
    [
        "BRUNET-TAKAMORI",
        "Brunet-Takamori (JGSDF - French Army)",
        "land",
        "annual",
        2023,
        2026,
        "",
        "Bilateral ground exercise of the JGSDF and the French Army named after Jules Brunet and Saigo Takamori. Host alternates: New Caledonia (French Armed Forces in New Caledonia, FANC) Sept 2023, Japan (Ojojihara and Iwateyama, 2nd Foreign Infantry Regiment with the JGSDF 39th Infantry Regiment) Sept 2024, New Caledonia again Sept 2025 (called the third edition, 120 Japanese). led_by blank because the host alternates.",
    ],
    [
        "GLOBAL-SENTINEL",
        "Global Sentinel (U.S. Space Command multinational space exercise)",
        "space",
        "annual",
        2016,
        2026,
        "USA",
        "Multinational space situational awareness exercise begun in 2014 by U.S. Strategic Command (USSPACECOM from 2019); capstone events at Suffolk, Virginia (2018, 2019) and Vandenberg SFB, California (2022, 2024, 2025). "
        "JASDF (with MOD internal bureau / Joint Staff) has taken part every year since 2016 per FlyTeam (2019), and 2018 was its third participation (kantsuu/newspaper report). Japanese name: 宇宙状況監視(把握)多国間机上演習「グローバル・センチネル」. "
        "No capstone in 2023 (GS22 was followed by GS24 in Feb 2024). 2020 and 2021 not established. 2016 and 2017 participation is known only as a fact (no dates or venue found), so no records were created for them.",
    ],
]
SERIES += [
    [
        "SCHRIEVER-WARGAME",
        "Schriever Wargame (U.S. space wargame)",
        "space",
        "irregular",
        2018,
        2026,
        "USA",
        "U.S. Air Force Space Command (from 2020 U.S. Space Force; now STARCOM Space Delta 10) multinational space and cyberspace tabletop wargame, held since 2001 (annual from 2015, biennial again by 2023-2025). "
        "Japan (MOD/SDF with the National Security Secretariat, Cabinet Office, MOFA, JAXA and other bodies) took part for the first time in SW 18 (12th iteration, Maxwell AFB, Oct 2018). SW 19 (13th, Sept 2019) had only four international partners (Australia, Canada, New Zealand, UK). Japan in SW 20 (14th, virtual, Nov 2020), SW 23 (16th, March 2023) and SW 25 (Aug 2025). "
        "The 15th iteration fell between Nov 2020 and March 2023 but its year and partners were not found, so 2021 and 2022 are unresolved. Called biennial in 2025 (SW 25 the culmination of two years of planning; next is SW 27), so no 2024 edition. Cadence irregular (annual to 2020, then biennial).",
    ],
]

# ---------------------------------------------------------------- exercises
EX_H = [
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
EX = []
P = []  # exercise_id,country,role,aircraft,ships,personnel,departed_from,departed_lat,departed_lon
C = []  # table,record_id,source_id,locator


def part(eid, country, role, personnel=""):
    P.append([eid, country, role, "", "", personnel, "", "", ""])


def cite(table, rid, sid, loc):
    assert len(loc) <= 200, (rid, len(loc))
    C.append([table, rid, sid, loc])


TALLINN = (
    "Tallinn, Estonia (exercise control; most players connected remotely from home countries)",
    59.437,
    24.7536,
)

# --- Cyber Coalition
e = "EX-EST-2022-CYBERCOALITION"
EX.append(
    [
        e,
        "Cyber Coalition 22",
        "Cyber Coalition",
        "exercise",
        "2022-11-28",
        "day",
        "2022-12-02",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "About 1,000 cyber defenders from 26 Allies plus Finland, Sweden, Georgia, Ireland, Japan, Switzerland and the EU (NATO); South Korea took part as an observer (Estonian World). NATO dates: 28 Nov - 2 Dec 2022.",
    ]
)
for c, r in [
    ("JPN", "Japan"),
    ("NATO", "partner"),
    ("EUU", "partner"),
    ("EST", "co-participant"),
    ("FIN", "co-participant"),
    ("SWE", "co-participant"),
    ("GEO", "co-participant"),
    ("IRL", "co-participant"),
    ("CHE", "co-participant"),
    ("KOR", "observer"),
]:
    part(e, c, r)
cite(
    "exercises",
    e,
    "S7-nato-20221128-cc22",
    "bringing together some 1,000 cyber defenders from 26 Allies, as well as Finland and Sweden, Georgia, Ireland, Japan, Switzerland, the European Union",
)
cite("exercises", e, "S7-estworld-20221130-cc22", "South Korea is participating as an observer.")

e = "EX-EST-2023-CYBERCOALITION"
EX.append(
    [
        e,
        "Cyber Coalition 2023",
        "Cyber Coalition",
        "exercise",
        "2023-11-27",
        "day",
        "2023-12-01",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "170 on site at the Estonian Cyber Range and more than 1,300 cyber defenders from 35 Allies and partners (ACT). TV Asahi: Japan's third participation, and the first time Japan entered the exercise control area.",
    ]
)
for c, r in [
    ("JPN", "Japan"),
    ("NATO", "partner"),
    ("EUU", "partner"),
    ("EST", "co-participant"),
    ("FIN", "co-participant"),
    ("SWE", "co-participant"),
    ("GEO", "co-participant"),
    ("IRL", "co-participant"),
    ("KOR", "co-participant"),
    ("CHE", "co-participant"),
    ("UKR", "co-participant"),
]:
    part(e, c, r)
cite(
    "exercises",
    e,
    "S7-act-20231201-cc23",
    "Partner Nations Sweden, Georgia, Ireland, Japan, South Korea, Switzerland, Ukraine",
)
cite(
    "exercises",
    e,
    "S7-act-20231201-cc23",
    "Cyber Coalition 2023 took place between November 27th and December 1st.",
)
cite(
    "exercises",
    e,
    "S7-tvasahi-20231201-cc23",
    "3回目の参加となる日本は、訓練を統括するエリアに初めて入り本格的に参加しました。",
)

e = "EX-EST-2024-CYBERCOALITION"
EX.append(
    [
        e,
        "Cyber Coalition 2024",
        "Cyber Coalition",
        "exercise",
        "2024-11-27",
        "day",
        "2024-12-06",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "Two-week exercise (CR14) with 27 NATO members, six partner nations (Georgia, Ireland, Japan, South Korea, Switzerland, Ukraine) and the EU. Asahi gives 27 Nov - 6 Dec 2024 and says 14 MOD/SDF personnel (online included) took part, the most so far.",
    ]
)
for c, r, n in [
    ("JPN", "Japan", "14"),
    ("NATO", "partner", ""),
    ("EUU", "partner", ""),
    ("EST", "co-participant", ""),
    ("GEO", "co-participant", ""),
    ("IRL", "co-participant", ""),
    ("KOR", "co-participant", ""),
    ("CHE", "co-participant", ""),
    ("UKR", "co-participant", ""),
]:
    part(e, c, r, n)
cite(
    "exercises",
    e,
    "S7-cr14-2024-cc24",
    "six partner nations (Georgia, Ireland, Japan, South Korea, Switzerland, and Ukraine)",
)
cite(
    "exercises",
    e,
    "S7-asahi-202412-cc24",
    "北大西洋条約機構(NATO)は11月27日~12月6日、エストニアの首都タリンでサイバー防衛演習「サイバー・コアリション(連合)」を開催した。",
)
cite(
    "exercises",
    e,
    "S7-asahi-202412-cc24",
    "今年は日本の防衛省・自衛隊からオンラインも含め過去最多の14人が参加した。",
)

e = "EX-EST-2025-CYBERCOALITION"
EX.append(
    [
        e,
        "Cyber Coalition 2025",
        "Cyber Coalition",
        "exercise",
        "2025-11-28",
        "day",
        "2025-12-04",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "More than 1,300 cyber defenders from 29 Allies and seven partner nations (named in press reports as Austria, Georgia, Ireland, Japan, South Korea, Switzerland, Ukraine) plus the EU; run through CR14 in Tallinn. No NATO or MOD page naming Japan was found in the stored pages; Japan is named by HTN World (and by aggregators).",
    ]
)
for c, r in [
    ("JPN", "Japan"),
    ("NATO", "partner"),
    ("EUU", "partner"),
    ("EST", "co-participant"),
    ("KOR", "co-participant"),
    ("UKR", "co-participant"),
]:
    part(e, c, r)
cite(
    "exercises",
    e,
    "S7-htn-2025-cc25",
    "Over 1300 cyber defenders representing 29 NATO members and seven partner countries, including Ukraine, Japan, and South Korea, were involved",
)
cite(
    "exercises",
    e,
    "S7-defind-2025-cc25",
    "The Alliance stated that the exercise, held from 28 November to 4 December, continues to support resilience",
)

NH = []  # not_held_id,series_id,year,status,notes
NH.append(
    [
        "NH-CYBER-COALITION-2020",
        "CYBER-COALITION",
        2020,
        "held without Japan",
        "Cyber Coalition 2020 was held virtually, 16-20 Nov 2020, with about 1,000 people from across the Alliance, four partner nations (not named) and the EU (NCI Agency). TV Asahi called Japan's 2023 participation its third; with 2019 (first official participation) and 2022 (named by NATO) that leaves no Japanese participation in 2020 or 2021. Inference, not a direct statement for 2020.",
    ]
)
cite(
    "not_held",
    "NH-CYBER-COALITION-2020",
    "S7-tvasahi-20231201-cc23",
    "3回目の参加となる日本は、訓練を統括するエリアに初めて入り本格的に参加しました。",
)
cite(
    "not_held",
    "NH-CYBER-COALITION-2020",
    "S7-ncia-2020-cc20",
    "Around 1,000 people from across the Alliance, four Partner Nations and the European Union participated in the exercise.",
)
NH.append(
    [
        "NH-CYBER-COALITION-2021",
        "CYBER-COALITION",
        2021,
        "held without Japan",
        "Cyber Coalition 2021 (Tallinn, ended 3 Dec 2021) involved 26 Allies and partners Finland, Ireland, Sweden and Switzerland (SHAPE); Japan is not named, consistent with TV Asahi calling 2023 Japan's third participation (2019, 2022, 2023).",
    ]
)
cite(
    "not_held",
    "NH-CYBER-COALITION-2021",
    "S7-shape-20211206-cc21",
    "cyber defenders from 26 NATO Allies, as well as partners Finland, Ireland, Sweden and Switzerland",
)
cite(
    "not_held",
    "NH-CYBER-COALITION-2021",
    "S7-tvasahi-20231201-cc23",
    "3回目の参加となる日本は、訓練を統括するエリアに初めて入り本格的に参加しました。",
)

# --- Locked Shields
e = "EX-EST-2021-LOCKEDSHIELDS"
EX.append(
    [
        e,
        "Locked Shields 2021",
        "Locked Shields",
        "exercise",
        "2021-04-13",
        "day",
        "2021-04-16",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "first formal participation of the MOD/SDF in Locked Shields (observers only in 2015, 2016 and 2019)",
        "About 30 countries; exercise control in Tallinn, most players remote (Estonian time 13-16 April). Japanese team of 27 (MOD/SDF incl. C4 Systems Command, with NISC and other government and private members) per WING headline.",
    ]
)
part(e, "JPN", "Japan", "27")
part(e, "EST", "co-participant")
cite(
    "exercises",
    e,
    "S7-wing-20210414-ls21",
    "防衛省ではこれまでに、2015・16・19年の「ロックド・シールズ」演習にオブザーバーとして若干名を派遣した経験があるが、正式に参加するのは今回が初となっている。",
)
cite(
    "exercises",
    e,
    "S7-wing-20210414-ls21",
    "エストニア現地時間の4月13日から16日までの間、行われる。",
)

e = "EX-EST-2022-LOCKEDSHIELDS"
EX.append(
    [
        e,
        "Locked Shields 2022",
        "Locked Shields",
        "exercise",
        "2022-04-19",
        "day",
        "2022-04-22",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "Japan's second participation; joint blue team with the United Kingdom (MOD statement as reported by Vision Times). Japanese team: Joint Staff and GSDF/MSDF/ASDF communications units with NISC, the Ministry of Internal Affairs and Communications and the National Police Agency (Epoch Times).",
    ]
)
part(e, "JPN", "Japan")
part(e, "GBR", "partner")
part(e, "EST", "co-participant")
cite(
    "exercises",
    e,
    "S7-epoch-20220419-ls22",
    "防衛省は19日から22日まで、北大西洋条約機構(NATO)サイバー防衛協力センター(CCECOE)が実施する世界最大級の国際サイバー防衛演習「ロックド・シールズ2022」に参加する。",
)
cite("exercises", e, "S7-epoch-20220419-ls22", "日本の参加は昨年に続き2回目。")
cite(
    "exercises",
    e,
    "S7-vision-202204-ls22",
    "防衛省の声明によると、英国と合同チームを編成し、演習に参加するという。",
)

e = "EX-EST-2023-LOCKEDSHIELDS"
EX.append(
    [
        e,
        "Locked Shields 2023",
        "Locked Shields",
        "exercise",
        "2023-04-18",
        "day",
        "2023-04-21",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "About 40 countries, 24 blue teams, 8,000+ attacks on 5,500 virtual systems. Japan fielded a joint Japan-Australia team of about 120 people (MOD/SDF with NISC, MIC, NPA and critical-infrastructure companies, incl. 17 IPA programme graduates) (IPA). Asagumo (2024) confirms the MOD/SDF has taken part every year since 2021. DVIDS gives 18-20 April for the U.S./Romanian team's play; IPA and ERR (four-day exercise) support 18-21 April.",
    ]
)
part(e, "JPN", "Japan", "120")
part(e, "AUS", "partner")
part(e, "EST", "co-participant")
cite(
    "exercises",
    e,
    "S7-ipa-2023-ls23",
    "2023年は4月18日(火曜日)~21日(金曜日)の日程で開催され、NATO加盟国を含む約40か国が参加しました。",
)
cite("exercises", e, "S7-ipa-2023-ls23", "総勢約120名が日豪合同チームとして演習を行いました。")
cite(
    "exercises",
    e,
    "S7-asagumo-20240514-ls24",
    "同演習に防衛省・自衛隊は2021(令和3)年から正式に参加し、今回で4年連続。",
)
cite(
    "exercises",
    e,
    "S7-dvids-20230411-ls23",
    "run virtually by the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn, Estonia, April 18-20, 2023",
)
cite(
    "exercises", e, "S7-err-20230421-ls23", "Head of the four-day annual exercise Carry Kangur said"
)

e = "EX-EST-2024-LOCKEDSHIELDS"
EX.append(
    [
        e,
        "Locked Shields 2024",
        "Locked Shields",
        "exercise",
        "2024-04-23",
        "day",
        "2024-04-26",
        "day",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "About 40 countries, 18 teams. Joint Japan-UK team (IPA). MOD/SDF: 54 people (JSDF Cyber Defense Command, internal bureau, Joint Staff, Ground Component Command, GSDF/MSDF/ASDF communications units, NIDS) per Asagumo; whole Japanese contingent about 170 incl. NISC, NPA, MOFA, METI and critical-infrastructure operators (IPA). Personnel field holds the MOD/SDF figure.",
    ]
)
part(e, "JPN", "Japan", "54")
part(e, "GBR", "partner")
part(e, "EST", "co-participant")
cite(
    "exercises",
    e,
    "S7-asagumo-20240514-ls24",
    "防衛省・自衛隊は4月23日から26日まで、「NATOサイバー防衛協力センター(CCDCOE)」が主催する世界最大のサイバー防衛演習「ロックド・シールズ2024」に参加した。",
)
cite(
    "exercises",
    e,
    "S7-asagumo-20240514-ls24",
    "打ち合わせを行う日英の演習参加者(4月25日、防衛省)=防衛省提供",
)
cite(
    "exercises",
    e,
    "S7-ipa-20241126-ls24",
    "今年は日英合同チームを含む全18のチームが4日間の演習でスキルを磨きました。",
)

e = "EX-EST-2025-LOCKEDSHIELDS"
EX.append(
    [
        e,
        "Locked Shields 2025",
        "Locked Shields",
        "exercise",
        "2025-05-07",
        "day",
        "2025-05",
        "month",
        TALLINN[0],
        TALLINN[1],
        TALLINN[2],
        "false",
        "EST",
        "cyber",
        "",
        "41 nations in 17 multinational blue teams, over 4,000 people (CCDCOE). Japan's participation (from 7 May, per the MOD announcement) is known only from a company blog summarising the announcement; no MOD, CCDCOE or press page naming Japan was found. The U.S. National Guard gives 27 April - 10 May for the whole event including a range-familiarisation week. End day not established.",
    ]
)
part(e, "JPN", "Japan")
part(e, "EST", "co-participant")
cite(
    "exercises",
    e,
    "S7-itb-20250508-ls25",
    "防衛省・自衛隊は、2025年5月7日から始まる、NATO(北大西洋条約機構)サイバー防衛協力センター(CCDCOE)が主催する大規模なサイバー防衛演習「ロックド・シールズ2025」に参加することを発表しました。",
)
cite(
    "exercises",
    e,
    "S7-ccdcoe-2025-ls25",
    "the exercise challenges 41 different nations in 17 teams to defend national systems and critical infrastructure",
)
cite(
    "exercises",
    e,
    "S7-ng-20250522-ls25",
    "The 15th annual exercise, held April 27-May 10 and hosted by the NATO Cooperative Cyber Defense Centre of Excellence",
)

# --- Brunet-Takamori
e = "EX-FRA-2023-BRUNETTAKAMORI"
EX.append(
    [
        e,
        "Brunet-Takamori 2023",
        "Brunet-Takamori",
        "exercise",
        "2023-09-10",
        "day",
        "2023-09-30",
        "day",
        "New Caledonia (Régiment d’infanterie de marine du Pacifique site, Mont-Dore, near Nouméa)",
        -22.27,
        166.58,
        "false",
        "NCL",
        "land",
        "first joint ground combat exercise of the JGSDF and the French Army (Kyodo); first on French territory (AFP)",
        "JGSDF 5th Infantry Regiment. Sources disagree on size: Kyodo about 60 Japanese and some 250 French; AFP 'une cinquantaine' Japanese and 350 French. Live-fire, reconnaissance, communications and urban-terrain drills. Led by the French Armed Forces in New Caledonia (FANC).",
    ]
)
part(e, "JPN", "Japan", "60")
part(e, "FRA", "partner", "250")
cite(
    "exercises",
    e,
    "S7-nikkei-20230919-bt23",
    '"Brunet-Takamori 2023" started on Sept. 10 in French New Caledonia',
)
cite(
    "exercises",
    e,
    "S7-kyodo-20230928-bt23",
    "the two countries' first-ever joint ground combat exercise held from Sept. 10 to Saturday in the French territory of New Caledonia",
)
cite(
    "exercises",
    e,
    "S7-afp-20230928-bt23",
    "Au total, 350 militaires français et une cinquantaine de membres des forces d'autodéfense japonaises participent jusqu'au 30 septembre",
)

e = "EX-FRA-2024-BRUNETTAKAMORI"
EX.append(
    [
        e,
        "Brunet-Takamori 2024",
        "Brunet-Takamori",
        "exercise",
        "2024-09-08",
        "day",
        "2024-09-21",
        "day",
        "Ojojihara manoeuvre area (Miyagi) and Iwateyama manoeuvre area (Iwate), Japan",
        38.45,
        140.78,
        "false",
        "JPN",
        "land",
        "first time France's Foreign Legion took part in a bilateral exercise with Japanese troops (RFI)",
        "Second edition, first in Japan: French Army 2nd Foreign Infantry Regiment (nearly 50 troops) with the JGSDF 39th Infantry Regiment; infantry combat with drones. RFI: concludes Saturday (21 Sep 2024); the 8-21 September dates come from a re-posted French press report (topbuzztimes). Coordinates: Ojojihara (approximate).",
    ]
)
part(e, "JPN", "Japan")
part(e, "FRA", "partner", "50")
cite(
    "exercises",
    e,
    "S7-rfi-202409-bt24",
    "Nearly 50 French troops have been deployed to Japan for the Brunet-Takamori 2024 exercise",
)
cite(
    "exercises",
    e,
    "S7-rfi-202409-bt24",
    "The training, which concludes on Saturday, is taking place at the Ojojihara and Iwateyama manoeuvre camps in northern Japan.",
)
cite(
    "exercises",
    e,
    "S7-topbuzz-20240921-bt24",
    "the Franco-Japanese maneuvers organized from 8 to 21 September in the Ojojihara and Iwateyama fields (northeast Japan)",
)

e = "EX-FRA-2025-BRUNETTAKAMORI"
EX.append(
    [
        e,
        "Brunet-Takamori 2025",
        "Brunet-Takamori",
        "exercise",
        "2025-09-01",
        "day",
        "2025-09-11",
        "day",
        "Mont-Dore, New Caledonia (Plum beach and RIMaP-NC areas)",
        -22.27,
        166.58,
        "false",
        "NCL",
        "land",
        "",
        "Third edition: 400 soldiers including a record 120 Japanese; prepared and led by the Régiment d’infanterie de marine du Pacifique (RIMaP-NC) under the French Armed Forces in New Caledonia; closed with a medical-evacuation demonstration on 11 Sept using French Navy ships. Japanese side led by Lt Gen Yasunori Matsunaga.",
    ]
)
part(e, "JPN", "Japan", "120")
part(e, "FRA", "partner")
cite(
    "exercises",
    e,
    "S7-lnc-20250912-bt25",
    '400 militaires, dont 120 soldats nippons, ont participé, du 1er au 11 septembre, à "Brunet-Takomori".',
)
cite(
    "exercises",
    e,
    "S7-lnc-20250912-bt25",
    "cette coopération est nettement montée en puissance pour cette troisième édition qui a réuni 400 soldats, dont 120 Nippons.",
)
cite(
    "exercises",
    e,
    "S7-outremers-2025-bt25",
    "400 militaires, dont 120 soldats nippons, ont participé, du 1er au 11 septembre, à « Brunet-Takomori ».",
)

# --- Global Sentinel
SUFFOLK = ("Lockheed Martin Center for Innovation, Suffolk, Virginia, USA", 36.73, -76.58)
VAFB = ("Vandenberg Space Force Base, California, USA", 34.74, -120.57)
e = "EX-USA-2018-GLOBALSENTINEL"
EX.append(
    [
        e,
        "Global Sentinel 2018",
        "Global Sentinel",
        "exercise",
        "2018-09-18",
        "day",
        "2018-09-28",
        "day",
        SUFFOLK[0],
        SUFFOLK[1],
        SUFFOLK[2],
        "false",
        "USA",
        "space",
        "",
        "U.S. Strategic Command multinational space situational awareness tabletop exercise. Japan: ASDF (Air Staff Office 3, Air Defense Command 1) and MOD internal bureau 1 per WING; sorae says five people from the Air Staff Office and Air Defense Command. Japan's third participation (newspaper report via kantsuu).",
    ]
)
part(e, "JPN", "Japan", "5")
part(e, "USA", "partner")
cite(
    "exercises",
    e,
    "S7-wing-201809-gs18",
    "航空自衛隊は9月18日から28日まで、米戦略軍が実施する宇宙状況監視(SSA)多国間机上演習「グローバル・センチネル2018」に参加している。",
)
cite(
    "exercises",
    e,
    "S7-sorae-201809-gs18",
    "米国ヴァージニア州サフォークにて2018年9月18日(火)〜9月28日(金)まで行われ",
)
cite("exercises", e, "S7-kantsuu-20180915-gs18", "演習への参加は今年で3回目。")

e = "EX-USA-2019-GLOBALSENTINEL"
EX.append(
    [
        e,
        "Global Sentinel 2019",
        "Global Sentinel",
        "exercise",
        "2019-09-23",
        "day",
        "2019-09-27",
        "day",
        SUFFOLK[0],
        SUFFOLK[1],
        SUFFOLK[2],
        "false",
        "USA",
        "space",
        "",
        "Sixth iteration, led by U.S. Space Command: 10 participating nations and 6 observers (Brazil, Netherlands, Norway, Poland, Romania, Thailand). Japan: 8 people (Air Staff Office 6, internal bureau 1, Joint Staff 1).",
    ]
)
for c, r in [
    ("JPN", "Japan"),
    ("USA", "partner"),
    ("AUS", "co-participant"),
    ("CAN", "co-participant"),
    ("FRA", "co-participant"),
    ("DEU", "co-participant"),
    ("ITA", "co-participant"),
    ("KOR", "co-participant"),
    ("ESP", "co-participant"),
    ("GBR", "co-participant"),
    ("BRA", "observer"),
    ("NLD", "observer"),
    ("NOR", "observer"),
    ("POL", "observer"),
    ("ROU", "observer"),
    ("THA", "observer"),
]:
    part(e, c, r, "8" if c == "JPN" else "")
cite(
    "exercises",
    e,
    "S7-spacecom-20191002-gs19",
    "The sixth iteration of Global Sentinel 2019 brought 16 nations together at the Lockheed Martin Center for Innovation in Suffolk, Virginia, Sept. 23-27.",
)
cite(
    "exercises",
    e,
    "S7-wing-20190924-gs19",
    "日本は空幕から6名、内部部局から1名、統合幕僚監部から1名の計8名を参加させている。",
)
cite(
    "exercises",
    e,
    "S7-flyteam-201909-gs19",
    "空自は2016年から毎年、「グローバル・センチネル」に参加しており",
)

e = "EX-USA-2022-GLOBALSENTINEL"
EX.append(
    [
        e,
        "Global Sentinel 22",
        "Global Sentinel",
        "exercise",
        "2022-07-25",
        "day",
        "2022-08-03",
        "day",
        VAFB[0],
        VAFB[1],
        VAFB[2],
        "false",
        "USA",
        "space",
        "",
        "U.S. Space Command's annual capstone event with 25 nations (more than 150 participants).",
    ]
)
GS22 = [
    "AUS",
    "BEL",
    "BRA",
    "CAN",
    "DEU",
    "ISR",
    "ESP",
    "FIN",
    "FRA",
    "GBR",
    "GRC",
    "ITA",
    "KOR",
    "NLD",
    "NOR",
    "NZL",
    "PER",
    "POL",
    "PRT",
    "ROU",
    "SWE",
    "THA",
    "UKR",
]
part(e, "JPN", "Japan")
part(e, "USA", "partner")
for c in GS22:
    part(e, c, "co-participant")
cite(
    "exercises",
    e,
    "S7-spacecom-20220803-gs22",
    "U.S. Space Command hosted Global Sentinel's annual capstone event from July 25 to Aug. 3, 2022, at Vandenberg Space Force Base, Calif.",
)
cite(
    "exercises",
    e,
    "S7-spacecom-20220803-gs22",
    "participation from 25 nations includes the U.S., Australia, Belgium, Brazil, Canada, Germany, Israel, Spain, Finland, France, United Kingdom, Greece, Italy, Japan",
)

NH.append(
    [
        "NH-GLOBAL-SENTINEL-2023",
        "GLOBAL-SENTINEL",
        2023,
        "not held",
        "No Global Sentinel capstone exercise in 2023: at the GS24 initial planning conference (28 Feb - 2 Mar 2023) participants reviewed lessons from Global Sentinel 22 and planned the GS24 capstone for early 2024 (held 5-16 Feb 2024); 2023 activity was limited to planning conferences and Global Sentinel Real World Events.",
    ]
)
cite(
    "not_held",
    "NH-GLOBAL-SENTINEL-2023",
    "S7-spacecom-20230324-gs24ipc",
    "participants reviewed key lessons learned from Global Sentinel ’22, worked on designing the capstone event for GS24",
)
cite(
    "not_held",
    "NH-GLOBAL-SENTINEL-2023",
    "S7-spacecom-20230324-gs24ipc",
    "one of the first steps toward the GS24 capstone event scheduled to take place early next year",
)

e = "EX-USA-2024-GLOBALSENTINEL"
EX.append(
    [
        e,
        "Global Sentinel 2024",
        "Global Sentinel",
        "exercise",
        "2024-02-05",
        "day",
        "2024-02-16",
        "day",
        VAFB[0],
        VAFB[1],
        VAFB[2],
        "false",
        "USA",
        "space",
        "",
        "Two-week exercise with 25 partner nations organised into Regional Space Operations Centers; 246 participants (177 international); India and Mexico observed the last two days with NATO representatives.",
    ]
)
GS24 = [
    "ITA",
    "AUS",
    "BEL",
    "BRA",
    "CAN",
    "COL",
    "FIN",
    "FRA",
    "DEU",
    "ISR",
    "NLD",
    "NOR",
    "NZL",
    "PER",
    "POL",
    "PRT",
    "KOR",
    "ROU",
    "ESP",
    "SWE",
    "THA",
    "UKR",
    "GBR",
]
part(e, "JPN", "Japan")
part(e, "USA", "partner")
for c in GS24:
    part(e, c, "co-participant")
part(e, "IND", "observer")
part(e, "MEX", "observer")
cite(
    "exercises",
    e,
    "S7-eurasia-20240221-gs24",
    "In addition to the U.S. and Italy, this year’s participants included Australia, Belgium, Brazil, Canada, Colombia, Finland, France, Germany, Israel, Japan",
)
cite(
    "exercises",
    e,
    "S7-potomac-2024-gs24",
    "Global Sentinel collaboration exercise on space-based security and defense held at the Vandenberg Space Force Base, California, from Feb. 5 to 16.",
)

e = "EX-USA-2025-GLOBALSENTINEL"
EX.append(
    [
        e,
        "Global Sentinel 2025",
        "Global Sentinel",
        "exercise",
        "2025-04-28",
        "day",
        "2025-05-09",
        "day",
        VAFB[0],
        VAFB[1],
        VAFB[2],
        "false",
        "USA",
        "space",
        "",
        "U.S. Space Command-hosted space situational awareness multinational exercise with 31 countries and organisations (not named in the release read). Source is the J-Defense re-post of the Air Staff Office release of 12 May 2025.",
    ]
)
part(e, "JPN", "Japan")
part(e, "USA", "partner")
cite(
    "exercises",
    e,
    "S7-jdef-20250514-gs25",
    "航空自衛隊は、4月28日(月)から5月9日(金)までの間、米国カリフォルニア州に所在するヴァンデンバーグ宇宙軍基地において、31の国及び組織が参加する",
)


# --- Schriever Wargame
MAXWELL = (
    "Maxwell Air Force Base, Alabama, USA (LeMay Center / Air Force Wargaming Institute)",
    32.38,
    -86.36,
)
e = "EX-USA-2018-SCHRIEVER"
EX.append(
    [
        e,
        "Schriever Wargame 2018",
        "Schriever Wargame",
        "exercise",
        "2018-10-09",
        "day",
        "2018-10-19",
        "day",
        MAXWELL[0],
        MAXWELL[1],
        MAXWELL[2],
        "false",
        "USA",
        "space",
        "Japan's first participation in the Schriever Wargame (MOD)",
        "Air Force Space Command multinational tabletop wargame (12th iteration), set in 2028; about 350 participants. MOD/SDF: 14 people (internal bureau 5, Joint Staff 3, Air Staff Office 6), with staff of the National Security Secretariat, Cabinet Office, MIC, MOFA, MEXT, METI, CSICE and JAXA. Other participating countries: UK, Australia, Canada, New Zealand, France, Germany.",
    ]
)
part(e, "JPN", "Japan", "14")
part(e, "USA", "partner")
for c in ["GBR", "AUS", "CAN", "NZL", "FRA", "DEU"]:
    part(e, c, "co-participant")
cite("exercises", e, "S7-mod-20181005-sw18", "平成30年10月9日(火)から同月19日(金)")
cite("exercises", e, "S7-mod-20181005-sw18", "英、豪、加、ニュージーランド、仏、独")
cite(
    "exercises",
    e,
    "S7-mod-wp2019-sw",
    "米空軍宇宙コマンドが主催する多国間机上演習「シュリーバー演習」にわが国として初めて参加しました。",
)
cite(
    "exercises",
    e,
    "S7-au-2018-sw18",
    "as well as from Australia, Canada, France, Germany, Japan, New Zealand and the United Kingdom",
)

NH.append(
    [
        "NH-SCHRIEVER-WARGAME-2019",
        "SCHRIEVER-WARGAME",
        2019,
        "held without Japan",
        "Schriever Wargame 2019 (13th iteration, Maxwell AFB, began 4 Sept 2019) had four international partners - Australia, Canada, New Zealand and the United Kingdom; Japan is not among them.",
    ]
)
cite(
    "not_held",
    "NH-SCHRIEVER-WARGAME-2019",
    "S7-spacecom-201909-sw19",
    "as well as four international partners — Australia, Canada, New Zealand and the United Kingdom — are taking part in this year's edition of the annual wargame",
)

e = "EX-USA-2020-SCHRIEVER"
EX.append(
    [
        e,
        "Schriever Wargame 2020 (SW 20)",
        "Schriever Wargame",
        "exercise",
        "2020-11-03",
        "day",
        "2020-11-04",
        "day",
        "Virtual (COVID-19; played over the Battlefield Information Exploitation and Collection System); coordinates nominal (Maxwell AFB, the usual venue)",
        MAXWELL[1],
        MAXWELL[2],
        "false",
        "USA",
        "space",
        "",
        "14th iteration and the first led by the U.S. Space Force: Capstone Coalition Council on 3-4 Nov 2020 after a Deep Dive in September; more than 200 attendees from eight countries.",
    ]
)
part(e, "JPN", "Japan")
part(e, "USA", "partner")
for c in ["AUS", "CAN", "FRA", "DEU", "NZL", "GBR"]:
    part(e, c, "co-participant")
cite(
    "exercises",
    e,
    "S7-spoc-202011-sw20",
    "SW 20, which took place Nov. 3 and 4, was the 14th iteration of the wargame",
)
cite(
    "exercises",
    e,
    "S7-spoc-202011-sw20",
    "SW 20 included participants from Australia, Canada, France, Germany, Japan, New Zealand, United Kingdom, and the U.S.",
)

e = "EX-USA-2023-SCHRIEVER"
EX.append(
    [
        e,
        "Schriever Wargame 2023 (SW 23)",
        "Schriever Wargame",
        "exercise",
        "2023-03",
        "month",
        "2023-03-31",
        "day",
        MAXWELL[0],
        MAXWELL[1],
        MAXWELL[2],
        "false",
        "USA",
        "space",
        "",
        "16th iteration, run by STARCOM Space Delta 10 at the Air Force Wargaming Institute; two weeks ending 31 March 2023 (start day not stated); about 350 participants from eight nations and 14 commercial providers.",
    ]
)
part(e, "JPN", "Japan")
part(e, "USA", "partner")
for c in ["AUS", "CAN", "FRA", "DEU", "NZL", "GBR"]:
    part(e, c, "co-participant")
cite(
    "exercises",
    e,
    "S7-spacecom-20230403-sw23",
    "the sixteenth iteration of Schriever Wargame concluded March 31",
)
cite(
    "exercises",
    e,
    "S7-shephard-20230406-sw23",
    "as well as partners from Australia, Canada, France, Germany, Japan, New Zealand, the UK and 14 commercial service providers participated in the exercise",
)

NH.append(
    [
        "NH-SCHRIEVER-WARGAME-2024",
        "SCHRIEVER-WARGAME",
        2024,
        "not held",
        "The Schriever Wargame became biennial: SW 23 (March 2023) was followed by the SW 25 capstone (10-21 Aug 2025), described as biennial and as the culmination of two years of planning; the next is SW 27. No 2024 edition.",
    ]
)
cite(
    "not_held",
    "NH-SCHRIEVER-WARGAME-2024",
    "S7-dvids-20250821-sw25",
    "The biennial Schriever Wargame, a tabletop event set a decade into the future",
)
cite(
    "not_held",
    "NH-SCHRIEVER-WARGAME-2024",
    "S7-ussf-2025-sw25",
    "the capstone event, a culmination of two years of planning, brought together more than 350 participants",
)

e = "EX-USA-2025-SCHRIEVER"
EX.append(
    [
        e,
        "Schriever Wargame 2025 (SW 25)",
        "Schriever Wargame",
        "exercise",
        "2025-08-10",
        "day",
        "2025-08-21",
        "day",
        MAXWELL[0],
        MAXWELL[1],
        MAXWELL[2],
        "false",
        "USA",
        "space",
        "",
        "Capstone hosted by Space Delta 10 at the LeMay Center Wargame Institute; more than 350 participants; nine partner nations incl. Italy and Norway as first-time observers; scenario set a decade ahead with an Indo-Pacific focus.",
    ]
)
part(e, "JPN", "Japan")
part(e, "USA", "partner")
for c in ["AUS", "CAN", "FRA", "DEU", "NZL", "GBR"]:
    part(e, c, "co-participant")
part(e, "ITA", "observer")
part(e, "NOR", "observer")
cite(
    "exercises",
    e,
    "S7-ussf-2025-sw25",
    "This year’s participants included representatives from Australia, Canada, France, Germany, Italy, Japan, New Zealand, Norway, the United Kingdom and the United States.",
)
cite(
    "exercises",
    e,
    "S7-dvids-20250821-sw25",
    "the Schriever Wargame 2025, held Aug. 10–21 at the LeMay Center’s Wargame Institute at Maxwell Air Force Base, Ala.",
)

# ---------------------------------------------------------------- links
L = [
    ["CYBER-COALITION", 2019, "X2-EX-2019-CYBERCOALITION"],
    ["CYBER-COALITION", 2022, "EX-EST-2022-CYBERCOALITION"],
    ["CYBER-COALITION", 2023, "EX-EST-2023-CYBERCOALITION"],
    ["CYBER-COALITION", 2024, "EX-EST-2024-CYBERCOALITION"],
    ["CYBER-COALITION", 2025, "EX-EST-2025-CYBERCOALITION"],
    ["LOCKED-SHIELDS", 2021, "EX-EST-2021-LOCKEDSHIELDS"],
    ["LOCKED-SHIELDS", 2022, "EX-EST-2022-LOCKEDSHIELDS"],
    ["LOCKED-SHIELDS", 2023, "EX-EST-2023-LOCKEDSHIELDS"],
    ["LOCKED-SHIELDS", 2024, "EX-EST-2024-LOCKEDSHIELDS"],
    ["LOCKED-SHIELDS", 2025, "EX-EST-2025-LOCKEDSHIELDS"],
    ["BRUNET-TAKAMORI", 2023, "EX-FRA-2023-BRUNETTAKAMORI"],
    ["BRUNET-TAKAMORI", 2024, "EX-FRA-2024-BRUNETTAKAMORI"],
    ["BRUNET-TAKAMORI", 2025, "EX-FRA-2025-BRUNETTAKAMORI"],
    ["GLOBAL-SENTINEL", 2018, "EX-USA-2018-GLOBALSENTINEL"],
    ["GLOBAL-SENTINEL", 2019, "EX-USA-2019-GLOBALSENTINEL"],
    ["GLOBAL-SENTINEL", 2022, "EX-USA-2022-GLOBALSENTINEL"],
    ["GLOBAL-SENTINEL", 2024, "EX-USA-2024-GLOBALSENTINEL"],
    ["GLOBAL-SENTINEL", 2025, "EX-USA-2025-GLOBALSENTINEL"],
    ["SCHRIEVER-WARGAME", 2018, "EX-USA-2018-SCHRIEVER"],
    ["SCHRIEVER-WARGAME", 2020, "EX-USA-2020-SCHRIEVER"],
    ["SCHRIEVER-WARGAME", 2023, "EX-USA-2023-SCHRIEVER"],
    ["SCHRIEVER-WARGAME", 2025, "EX-USA-2025-SCHRIEVER"],
]

NAMES = [
    ["CYBER-COALITION", "サイバー・コアリション (Japanese name)", 2019, 2026],
    ["LOCKED-SHIELDS", "ロックド・シールズ (Japanese name)", 2021, 2026],
    [
        "BRUNET-TAKAMORI",
        "Brunet-Takomori (spelling used by Les Nouvelles Calédoniennes, 2025)",
        2025,
        2025,
    ],
    [
        "SCHRIEVER-WARGAME",
        "シュリーバー演習 / シュリーバー・ウォーゲーム (Japanese names)",
        2018,
        2026,
    ],
    [
        "GLOBAL-SENTINEL",
        "グローバル・センチネル / 宇宙状況監視(把握)多国間机上演習 (Japanese names)",
        2016,
        2026,
    ],
]

if __name__ == "__main__":
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
    w(
        "series.csv",
        ["series_id", "name", "domain", "cadence", "from_year", "to_year", "led_by", "notes"],
        SERIES,
    )
    w("series_names.csv", ["series_id", "name", "from_year", "to_year"], NAMES)
    w("links.csv", ["series_id", "year", "exercise_id"], L)
    w("exercises.csv", EX_H, EX)
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
    print(
        len(S),
        "sources",
        len(EX),
        "exercises",
        len(P),
        "participants",
        len(NH),
        "not_held",
        len(C),
        "citations",
        len(L),
        "links",
    )
