#!/usr/bin/env python3
"""Build the S5 series-settlement CSVs (helper S5-). All facts come from `search` results read
in this session (see README.md). Re-run: python3 build.py"""

import csv
from pathlib import Path

OUT = Path(__file__).parent
ACC = "2026-12-05"

EX_COLS = [
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
PART_COLS = [
    "exercise_id",
    "country",
    "role",
    "aircraft",
    "ships",
    "personnel",
    "departed_from",
    "departed_lat",
    "departed_lon",
]
SRC_COLS = [
    "source_id",
    "title",
    "publisher",
    "author",
    "published",
    "published_precision",
    "url",
    "kind",
    "accessed",
]
CIT_COLS = ["table", "record_id", "source_id", "locator"]
LINK_COLS = ["series_id", "year", "exercise_id"]
NH_COLS = ["not_held_id", "series_id", "year", "status", "notes"]

exercises, parts, sources, cits, links, not_held = [], [], [], [], [], []


def src(sid, title, publisher, author, published, prec, url, kind):
    sources.append(
        dict(zip(SRC_COLS, [sid, title, publisher, author, published, prec, url, kind, ACC]))
    )


def ex(**kw):
    row = {c: "" for c in EX_COLS}
    row.update(kw)
    exercises.append(row)


def part(eid, country, role, aircraft="", ships="", personnel="", dep="", dlat="", dlon=""):
    parts.append(
        dict(zip(PART_COLS, [eid, country, role, aircraft, ships, personnel, dep, dlat, dlon]))
    )


def cite(table, rid, sid, loc):
    assert len(loc) <= 200, (rid, len(loc))
    cits.append(dict(zip(CIT_COLS, [table, rid, sid, loc])))


def link(series, year, eid):
    links.append(dict(zip(LINK_COLS, [series, str(year), eid])))


def nh(nid, series, year, status, notes):
    not_held.append(dict(zip(NH_COLS, [nid, series, str(year), status, notes])))


# ---------------------------------------------------------------- sources (new, prefix S5-)
src(
    "S5-blog-tsuda-201208-otc12",
    "Blog post (Aug 2012) by an interpreter who sailed with the JMSDF Training Squadron "
    "from Tanzania to Seychelles",
    "atsukotsudakenya (personal blog on Blogger)",
    "",
    "2012-08",
    "month",
    "https://atsukotsudakenya.blogspot.com/2012/08",
    "reproduction",
)
src(
    "S5-philtoday-20120525-otc12",
    "3 Japanese training ships due in Philippines, says Navy",
    "Philippines Today (blog re-post of a Philippine Navy statement)",
    "",
    "2012-05-25",
    "day",
    "https://philippinestoday.blogspot.com/2012/05/3-japanese-training-ships-due-in.html",
    "reproduction",
)
src(
    "S5-latest256-201208-otc12",
    "Tanzania, Japan navies for joint training",
    "latest256news (blog re-post of a Tanzanian press report)",
    "",
    "2012-08",
    "month",
    "https://latest256news.blogspot.com/2012/08/tanzania-japan-navies-for-joint-training.html",
    "reproduction",
)
src(
    "S5-majira-20120816-otc12",
    "Balozi: Tutaimarisha ushirikiano wa kijeshi",
    "Majira (as published by the majira-hall blog)",
    "Faida Muyomba",
    "2012-08-16",
    "day",
    "http://majira-hall.blogspot.com/2012/08/balozi-tutaimarisha-ushirikiano-wa.html",
    "reproduction",
)
src(
    "S5-sputnikjp-20171018-otc17",
    "日本の海上自衛隊艦艇のウラジオストク訪問はどのようなものだったのか?【写真・動画】",
    "Sputnik Japan",
    "",
    "2017-10-18",
    "day",
    "https://jp.sputniknews.com/life/201710184196708/",
    "news",
)
src(
    "S5-sputnikjp-20171118-hamagiri",
    "海自護衛艦、訓練のためウラジオ寄港へ",
    "Sputnik Japan",
    "",
    "2017-11-18",
    "day",
    "https://sputniknews.jp/20171118/4289757.html",
    "news",
)
src(
    "S5-5ch-20171013-otc17",
    "Sputnik Japan report of 13 Oct 2017 on the Training Squadron heading from Anchorage "
    "to Vladivostok (as re-posted on 5ch)",
    "5ch (re-post of Sputnik Japan)",
    "",
    "2017-10-13",
    "day",
    "http://hayabusa9.5ch.net/test/read.cgi/news/1507906042/103-202",
    "reproduction",
)
src(
    "S5-goo-kanagawa-20170523-otc17",
    "海自初級幹部ら世界一周航海へ (神奈川新聞 23 May 2017, as re-posted on a goo blog)",
    "goo blog (re-post of Kanagawa Shimbun)",
    "",
    "2017-05-24",
    "day",
    "https://blog.goo.ne.jp/goodele/d/20170524",
    "reproduction",
)
src(
    "S5-ysuikoukai-20170522-otc17",
    "練習艦隊出国行事 (平成29年度遠洋練習航海)",
    "横須賀水交会",
    "",
    "2017-05-22",
    "day",
    "http://y-suikoukai.sakura.ne.jp/page17/201705/170522_ts_farewell.html",
    "news",
)

# ---------------------------------------------------------------- OTC 2012
OTC_NOTE = (
    "JMSDF Training Squadron overseas training cruise (遠洋練習航海) for newly commissioned officers, "
    "held every year since 1957, with goodwill visits and goodwill training with the navies of the "
    "countries visited. "
)
eid = "S5-EX-JPN-2012-OTC"
ex(
    exercise_id=eid,
    name="JMSDF Overseas Training Cruise 2012",
    series="JMSDF Overseas Training Cruise",
    kind="deployment",
    start="2012-05-22",
    start_precision="day",
    end="2012-10-22",
    end_precision="day",
    location="Southeast Asia, South Asia, Middle East, Mediterranean and East Africa (departed Tokyo Harumi)",
    lat="5.0",
    lon="70.0",
    at_sea="true",
    host="JPN",
    domain="maritime",
    notes=OTC_NOTE
    + "56th cruise ('Indian Ocean course'). Rear Adm. Fuchinoue Hidetoshi; JS Kashima, JS Shimayuki, "
    "JS Matsuyuki; about 200 trainees (Yokosuka District) / about 750 crew incl. 195 junior officers (interpreter's "
    "blog). Planned 14 countries, 14 ports; start and end are the planned dates of the JMSDF Yokosuka District "
    "(return 22 Oct). Ports visited by mid-August 2012 (interpreter's blog): Manila, Bangkok, Mumbai, Male, "
    "Djibouti, Jeddah, Marmaris, Djibouti, Dar es Salaam, Victoria (Seychelles); the remaining ports were not "
    "found. Manila visit planned 28 May-1 Jun 2012 (Philippine Navy statement, re-posted). At Dar es Salaam "
    "(arrived about 15 Aug, departure planned 18 Aug) the squadron held joint training with the Tanzanian navy "
    "(Majira; latest256news). Partners = countries visited per these sources; all port-level sources are "
    "blog re-posts or a personal blog (originals not found), so treat the partner list as lower confidence. "
    "Coordinates nominal (Indian Ocean).",
)
part(eid, "JPN", "Japan", ships="3", personnel="750")
for c in ["PHL", "THA", "IND", "MDV", "DJI", "SAU", "TUR", "TZA", "SYC"]:
    part(eid, c, "partner")
cite(
    "exercises",
    eid,
    "GB-msdf-yokosuka-20120509-otc12",
    "5月22日(火)に東京晴海埠頭から遠洋練習航海(訪問国14カ国14寄港地予定)に出発、日本に帰国するのは10月22日の予定",
)
cite(
    "exercises",
    eid,
    "S5-blog-tsuda-201208-otc12",
    "Manila, Bangkok, Mumbai, Male, Djibouti, Jidda, Mar Maris, Djibouti, Dar es Salaam, and Victoria",
)
cite(
    "exercises",
    eid,
    "S5-blog-tsuda-201208-otc12",
    "This year, the Japanese government chose the Indian Ocean course, and the squadron is to visit 14 countries",
)
cite(
    "exercises",
    eid,
    "S5-philtoday-20120525-otc12",
    "They will arrive at the port of Manila on May 28 and will stay there until June 1.",
)
cite(
    "exercises",
    eid,
    "S5-latest256-201208-otc12",
    "The Japanese Ambassador, Mr Masaki Okada, thanked Tanzania for accepting to conduct the joint training",
)
cite(
    "exercises",
    eid,
    "S5-majira-20120816-otc12",
    "Tunatarajia kuondoka Agosti 18 mwaka huu, baada ya kufanya mafunzo ya pamoja na wanajeshi wa Tanzania",
)
link("OTC", 2012, eid)

# ---------------------------------------------------------------- OTC 2017
eid = "S5-EX-JPN-2017-OTC"
ex(
    exercise_id=eid,
    name="JMSDF Overseas Training Cruise 2017",
    series="JMSDF Overseas Training Cruise",
    kind="deployment",
    start="2017-05-22",
    start_precision="day",
    end="2017-11-01",
    end_precision="day",
    location="Round the world (departed Yokosuka; 8 countries, 13 ports)",
    lat="45.0",
    lon="170.0",
    at_sea="true",
    host="JPN",
    domain="maritime",
    notes=OTC_NOTE
    + "61st cruise. Rear Adm. Manabe Koji; JS Kashima and JS Harusame; about 600 personnel incl. about "
    "190 trainees (AJDA; Yokosuka Suikoukai gives about 580); 164 days, 8 countries and 13 ports. Countries named "
    "in the sources read: Russia, the U.S. and Mexico (Kanagawa Shimbun, as re-posted); the squadron sailed from "
    "Anchorage to Vladivostok (Sputnik, as re-posted) and made a five-day unofficial visit to Vladivostok, the main "
    "base of the Russian Pacific Fleet, 14-18 Oct 2017 (Sputnik Japan). The other ports were not found. "
    "Partners = countries named in these sources. Coordinates nominal (North Pacific).",
)
part(eid, "JPN", "Japan", ships="2", personnel="600")
for c in ["RUS", "USA", "MEX"]:
    part(eid, c, "partner")
cite(
    "exercises",
    eid,
    "GB-ajda-2018-otc17",
    "8か国13寄港地を巡る、164日間の航海を終え、11月1日、帰国しました。",
)
cite(
    "exercises",
    eid,
    "S5-ysuikoukai-20170522-otc17",
    "期間は、平成29年5月22日(月)から11月1日(水)(164日間)であり、訪問予定国は、8か国、13寄港地",
)
cite(
    "exercises",
    eid,
    "S5-sputnikjp-20171018-otc17",
    "練習艦「かしま」と護衛艦「はるさめ」から構成された日本の海上自衛隊艦艇(遠洋練習航海部隊)が18日、ロシア太平洋艦隊の主要基地ウラジオストクへの5日間にわたる非公式訪問を終えた。",
)
cite(
    "exercises",
    eid,
    "S5-sputnikjp-20171118-hamagiri",
    "先月14~18日には、日本の海上自衛隊の護衛艦「はるさめ」と練習艦「かしま」がウラジオストクを訪問している。",
)
cite(
    "exercises",
    eid,
    "S5-goo-kanagawa-20170523-otc17",
    "今回の遠洋練習航海は163日間で、ロシア、米国、メキシコなど8カ国を訪問。",
)
cite("exercises", eid, "S5-5ch-20171013-otc17", "米アラスカ州アンカレッジからウラジオストクに")
link("OTC", 2017, eid)

exec(open(OUT / "more.py", encoding="utf-8").read()) if (OUT / "more.py").exists() else None


def write(name, cols, rows):
    with (OUT / name).open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)


write("exercises.csv", EX_COLS, exercises)
write("exercise_participants.csv", PART_COLS, parts)
write("sources.csv", SRC_COLS, sources)
write("citations.csv", CIT_COLS, cits)
write("links.csv", LINK_COLS, links)
write("not_held.csv", NH_COLS, not_held)
print(
    {
        n: len(r)
        for n, r in [
            ("exercises", exercises),
            ("participants", parts),
            ("sources", sources),
            ("citations", cits),
            ("links", links),
            ("not_held", not_held),
        ]
    }
)
