# Executed by build.py (shares its helpers). NGT 2013/2014/2024 and Southern Jackaroo 2013/2014.

DOJ2015 = (
    "https://github.com/jandresgannon/militarydoctrines/blob/a316233fe8446998860b4b4e6a12440d8fc3991e/"
    "content/data_copy/txt_files/japan_2015_DefenseOfJapan.txt"
)
DOJ2016 = (
    "https://github.com/jandresgannon/militarydoctrines/blob/a316233fe8446998860b4b4e6a12440d8fc3991e/"
    "content/data_copy/txt_files/japan_2016_DefenseOfJapan.txt"
)
src(
    "S5-mod-dow2015-refs",
    "Defense of Japan 2015, reference tables: Participation in Multilateral Training and Reference 60 "
    "Recent Defense Cooperation and Exchanges with Australia (Past Three Years) (April 1, 2012-May 31, 2015) "
    "[text copy of the MOD white paper]",
    "Ministry of Defense of Japan (text copy in GitHub repository jandresgannon/militarydoctrines)",
    "",
    "2015",
    "year",
    DOJ2015,
    "reproduction",
)
src(
    "S5-mod-dow2016-refs",
    "Defense of Japan 2016, Reference 54 Participation in Multilateral Training (Last Three Years) and "
    "Reference 55 Recent Defense Cooperation and Exchanges with Australia (Past Three Years) (Apr. 1, 2013-Jun. 30, 2016) "
    "[text copy of the MOD white paper]",
    "Ministry of Defense of Japan (text copy in GitHub repository jandresgannon/militarydoctrines)",
    "",
    "2016",
    "year",
    DOJ2016,
    "reproduction",
)
src(
    "S5-navaltoday-20130625-ngt13",
    "HMAS Sydney, JDS Murasame Exercise off Tokyo Bay, Japan",
    "Naval Today",
    "",
    "2013-06-25",
    "day",
    "https://www.navaltoday.com/2013/06/25/hmas-sydney-jds-murasame-exercise-off-tokyo-bay-japan/",
    "news",
)
src(
    "S5-msdf-202410-trident24-2",
    "令和6年度インド太平洋方面派遣(IPD24)第2水上部隊 護衛艦「ありあけ」の日豪共同訓練(トライデント24-2)の実施について",
    "Japan Maritime Self-Defense Force (Self Defense Fleet)",
    "",
    "2024-10",
    "month",
    "https://www.mod.go.jp/msdf/sf/news/2024/10/1004.html",
    "official",
)

MOD_NGT15 = "Implementation of Japan-Australia joint exercises (MSDF) (Jun. 2012, Jun. 2013, Sep. 2013, Aug. 2014)"
MOD_NGT16 = "Implementation of Japan-Australia joint exercises (MSDF) (Jun. 2013, Sep. 2013, Aug. 2014, Oct. 2015, Apr.2016)"

# ---------------------------------------------------------------- Nichi Gou Trident 2013
eid = "S5-EX-AUS-2013-NGT"
ex(
    exercise_id=eid,
    name="Nichi Gou Trident 2013",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2013-06",
    start_precision="month",
    end="2013-06",
    end_precision="month",
    location="Waters off Tokyo Bay, Japan",
    lat="34.9",
    lon="139.8",
    at_sea="true",
    host="JPN",
    domain="maritime",
    notes="Bilateral RAN-JMSDF exercise 'that occurs on an opportunity basis' (RAN press release of 25 Jun 2013 as "
    "published by Naval Today): HMAS Sydney, then embedded with the U.S. 7th Fleet George Washington Carrier Strike "
    "Group, with JS Murasame off Tokyo Bay; tactical manoeuvring and communications drills, air-defence and "
    "anti-submarine manoeuvres, officer exchange (one RAN officer to Murasame, three JMSDF junior officers to Sydney). "
    "Exact dates not given (month precision). MOD Defense of Japan 2015/2016 list Japan-Australia joint exercises "
    "(MSDF) in Jun. 2013 and again in Sep. 2013. The same two ships then took part in Pacific Bond 2013 (22-26 Jun, "
    "X1-EX-2013-PACIFICBOND). Coordinates approximate.",
)
part(eid, "JPN", "Japan", ships="1")
part(eid, "AUS", "partner", ships="1")
cite(
    "exercises",
    eid,
    "S5-navaltoday-20130625-ngt13",
    "HMAS Sydney is taking part in Exercise Nichi Go Trident, a bilateral exercise between the Royal Australian Navy "
    "and the Japanese Maritime Self Defense Force",
)
cite(
    "exercises",
    eid,
    "S5-navaltoday-20130625-ngt13",
    "We have sent one of our bridge watch keeping officers, LEUT David Hodge, to the Japanese destroyer Murasame",
)
cite("exercises", eid, "S5-mod-dow2015-refs", MOD_NGT15)
link("NICHI-GOU-TRIDENT", 2013, eid)

# ---------------------------------------------------------------- Japan-Australia MSDF exercise Aug 2014 (NGT 2014?)
eid = "S5-EX-AUS-2014-JPNAUS-MSDF"
ex(
    exercise_id=eid,
    name="Japan-Australia bilateral exercise (MSDF), August 2014",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2014-08",
    start_precision="month",
    end="2014-08",
    end_precision="month",
    location="Waters not stated by MOD (representative point, Western Pacific)",
    lat="25.0",
    lon="135.0",
    at_sea="true",
    host="",
    domain="maritime",
    notes="MOD Defense of Japan 2015 (Reference 60) and 2016 (Reference 55) list 'Japan-Australia joint exercises (MSDF)' "
    "in Aug. 2014; ships, place and exact dates are not given, and the MOD does not use the name Nichi Gou Trident. "
    "Identified as the 2014 Nichi Gou Trident because every other entry of the same MOD list that can be checked is a "
    "Nichi Gou Trident: Jun. 2012 (NGT 12, 4-5 Jun 2012), Jun. 2013 (NGT 2013, Naval Today/RAN), Oct. 2015 (NGT 2015) "
    "and Apr. 2016 (NGT 2016). No report naming a 2014 Nichi Gou Trident was found. Location unknown: coordinates "
    "are a representative point only (the JMSDF was in Australian waters for Kakadu 14 from late Aug. 2014, which "
    "the MOD lists separately).",
)
part(eid, "JPN", "Japan")
part(eid, "AUS", "partner")
cite("exercises", eid, "S5-mod-dow2015-refs", MOD_NGT15)
cite("exercises", eid, "S5-mod-dow2016-refs", MOD_NGT16)
link("NICHI-GOU-TRIDENT", 2014, eid)

# ---------------------------------------------------------------- Trident 24-2 (2024)
eid = "S5-EX-AUS-2024-TRIDENT-24-2"
ex(
    exercise_id=eid,
    name="Japan-Australia Trident 24-2 (日豪共同訓練 トライデント24-2)",
    series="Nichi Gou Trident",
    kind="exercise",
    start="2024",
    start_precision="year",
    end="",
    end_precision="",
    location="Andaman Sea",
    lat="10.0",
    lon="96.0",
    at_sea="true",
    host="",
    domain="maritime",
    notes="IPD24 2nd Surface Unit: JS Ariake with RAN frigate HMAS Stuart in the Andaman Sea; the unit commander (Rear "
    "Adm. Yokota Kazushi, Escort Flotilla 3) called it the exercise following KAKADU (Kakadu 2024 ended 20 Sep 2024, "
    "F-KAKADU-2024). The JMSDF release is filed under 2024/10 (URL 1004), so the exercise took place between about "
    "20 Sep and early Oct 2024; exact dates not given (year precision). Both ships then joined Malabar 2024 "
    "(F-MALABAR-2024). The '24-2' numbering implies a Trident 24-1, not found. Sea-area coordinates nominal.",
)
part(eid, "JPN", "Japan", ships="1")
part(eid, "AUS", "partner", ships="1")
cite(
    "exercises",
    eid,
    "S5-msdf-202410-trident24-2",
    "IPD24 第2水上部隊の護衛艦「ありあけ」は、アンダマン海において、オーストラリア海軍フリゲート艦「スチュアート」と日豪共同訓練(トライデント24-2)を実施しました。",
)
cite(
    "exercises",
    eid,
    "S5-msdf-202410-trident24-2",
    "KAKADUに続くこの共同訓練は、日豪連携の強さを示し",
)
link("NICHI-GOU-TRIDENT", 2024, eid)

# ---------------------------------------------------------------- Southern Jackaroo 2013 and 2014 (from_year change)
SJ15 = (
    "Japan-U.S.-Australia Joint Training (Exercise Southern Jackaroo)|May 2013, May 2014, May 2015 (Australia)|"
    "Japan, U.S., Australia|Approximately 45 personnel"
)
SJ16 = (
    "Field Training with U.S. and Australian Forces in Australia (Exercise Southern Jackaroo)|May 2013, May 2014, "
    "May 2015, May 2016 (Australia)|Japan, U.S., Australia|Approximately 50 personnel"
)
for year in (2013, 2014):
    eid = f"S5-EX-AUS-{year}-SJ"
    ex(
        exercise_id=eid,
        name=f"Southern Jackaroo {year}",
        series="Southern Jackaroo",
        kind="exercise",
        start=f"{year}-05",
        start_precision="month",
        end=f"{year}-05",
        end_precision="month",
        location="Australia (training area not given in MOD table)",
        lat="-22.4",
        lon="150.5",
        at_sea="false",
        host="AUS",
        domain="land",
        notes="Japan-U.S.-Australia field training in Australia. MOD Defense of Japan 2015 (multilateral training "
        "reference) lists 'Japan-U.S.-Australia Joint Training (Exercise Southern Jackaroo)' in May 2013, May 2014 and "
        "May 2015 (Japan about 45 personnel, one figure for the row); Defense of Japan 2016 Reference 54 lists it in "
        "May 2013-May 2016 (about 50 personnel). This agrees with Asagumo (2025: began in 2013, 2025 the 12th) and "
        "disagrees with Stars and Stripes (2023: held each year since 2015). Units, exact dates and place not given "
        "(month precision). Coordinates nominal (Shoalwater Bay, not stated by MOD), as in X2-EX-2015-SJ.",
    )
    part(eid, "JPN", "Japan")
    part(eid, "USA", "partner")
    part(eid, "AUS", "partner")
    cite("exercises", eid, "S5-mod-dow2015-refs", SJ15)
    cite("exercises", eid, "S5-mod-dow2016-refs", SJ16)
    link("SOUTHERN-JACKAROO", year, eid)

# ---------------------------------------------------------------- Dawn Blitz 2017 -> existing record
src(
    "S5-nbcla-201710-db17",
    "Navy, Marine Corps Conducting 'Dawn Blitz' Exercise Off Coast",
    "NBC Los Angeles",
    "",
    "2017-10",
    "month",
    "http://www.nbclosangeles.com/news/california/Navy-Conducting-Dawn-Blitz-Exercise-Off-Coast--452383373.html",
    "news",
)
cite(
    "exercises",
    "X2-EX-2017-10-PENDLETON",
    "S5-nbcla-201710-db17",
    "An infantry company from the Japanese Ground Self Defense Force will also participate along with observers from "
    "Chile, Peru, Colombia and Mexico.",
)
cite(
    "exercises",
    "X2-EX-2017-10-PENDLETON",
    "S5-nbcla-201710-db17",
    "During the days long exercise which began on October 20, 2017 the ships will integrate with 1st MEB",
)
link("DAWN-BLITZ", 2017, "X2-EX-2017-10-PENDLETON")
