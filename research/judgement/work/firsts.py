import csv

ex = {r["exercise_id"]: r for r in csv.DictReader(open("/work/main/data/exercises.csv"))}
ch = [
    (
        "F-PHL-SAREX-2015",
        "A Japanese P-3C Orion has become the first Japanese military aircraft to land in the Philippines since the Second World War, per the source; SDF aircraft (C-130s, KC-767s) flew Typhoon Haiyan relief there in November 2013 (X1-DEP-2013-HAIYAN)",
        "X1-DEP-2013-HAIYAN (Nov 2013, host PHL) records SDF relief aircraft (7 C-130, 2 KC-767, 1 U-4; a KC-767 flying Manila-Cebu) in the Philippines 19 months earlier.",
    ),
    (
        "X1-EX-2012-RIMPAC",
        "The Maritime Self-Defense Forces trained for the first time with the Australian navy (NHK via SLD, on minesweeping training): at most a first for mine countermeasures, as the MSDF had exercised with the Australian navy off Brunei in July 2011 (X1-EX-2011-TRI-BRUNEI)",
        "X1-EX-2011-TRI-BRUNEI (Jul 2011) is a Japan-US-Australia naval exercise (JS Shimakaze with HMAS Broome), and its notes say such trilateral drills began in 2007.",
    ),
    (
        "F-BUSHIDO-2019",
        "first-of-type bilateral jet-fighter exercise involving the RAAF and the Japan Air Self-Defense Force, per the source: the first held in Japan, as JASDF F-15s and RAAF F/A-18s had already drilled together bilaterally within Red Flag-Alaska in July 2011 (X1-EX-2011-REDFLAGALASKA)",
        "X1-EX-2011-REDFLAGALASKA records a first ASDF-RAAF joint drill on 7-9 Jul 2011 with ASDF F-15s and RAAF F/A-18 Hornets (Kyodo). No earlier JPN-AUS air record is hosted in Japan, so 'first in Japan' holds on the record.",
    ),
    (
        "F-KAMANDAG-2018",
        "That was the first time Japanese armored vehicles have been on foreign soil since World War II, per the source; JGSDF Type 10 tanks had already fired at Yakima, USA, in Rising Thunder 2016 (X2-EX-2016-RISINGTHUNDER)",
        "X2-EX-2016-RISINGTHUNDER (Sep 2016, host USA) records JGSDF Type 10 tanks in a combined-arms live fire (citation: 'the Japan Ground Self-Defense Force’s Type 10 tanks').",
    ),
    (
        "E-GBR-2018-VIGILANT-ISLES",
        "this is the first time any foreign troops- with the exception of the Americans- have conducted military exercises on Japanese soil, per the source (true at most of a bilateral ground exercise): Australia is on record in the Japan-US-Australia Northern Rescue 2015 and Nankai Rescue 2016 trainings in Japan, and RAF Typhoons exercised from Misawa in 2016 (X2-EX-2015-NORTHERNRESCUE, X2-EX-2016-NANKAIRESCUE, E-GBR-2016-GUARDIAN-NORTH)",
        "Earlier records hosted in Japan with non-US partners: X2-EX-2015-NORTHERNRESCUE (Aug 2015, land, AUS partner), X2-EX-2016-NANKAIRESCUE (Jul 2016, land, AUS partner), E-GBR-2016-GUARDIAN-NORTH (Oct 2016, RAF at Misawa). The record does not say how many Australians were on the ground.",
    ),
    (
        "F-VEER-2023",
        "India and Japan on Thursday (January 12, 2023) began their first bilateral air exercise, per the source: their first fighter exercise, as the two air forces had held the transport-aircraft exercise Shinyuu Maitri in December 2018 (F-SHINYUU-2018)",
        "F-SHINYUU-2018 (Dec 2018, JASDF C-2 with IAF An-32/C-17) is recorded as the 'first air exercise between the two Air Forces'; agreement B-IND-2P2-2 notes the 2022 2+2 agreed 'the first air force fighter exercise'.",
    ),
    (
        "F-PACDRAGON-2022",
        "This is the first joint exercise by Japan, the United States, and South Korea to deal with ballistic missiles since December 2017, per the source (the first announced by Japan); unannounced Pacific Dragon 2018 and 2020 are on record with the three countries, though Japan's part in them is uncertain (S1-EX-USA-2018-PACDRAGON, S1-EX-USA-2020-PACDRAGON)",
        "S1-EX-USA-2018-PACDRAGON and S1-EX-USA-2020-PACDRAGON list JPN, USA and KOR in trilateral BMD detection/tracking training off Hawaii; their notes say Japan's MOD did not announce them and Japan's part is uncertain.",
    ),
    (
        "E-DEU-2024-NIPPON-SKIES",
        "das erste gemeinsame Manöver der Luftwaffe und der JASDF im japanischen Luftraum (aerobuzz/Luftwaffe), although three Eurofighters had already flown with three JASDF F-2s from Hyakuri in September 2022 (E-DEU-2022-HYAKURI); first provision of supplies to Germany under the Japan-Germany ACSA (Jiji)",
        "E-DEU-2022-HYAKURI (28 Sep 2022, air, host JPN) records Luftwaffe Eurofighters in a formation flight with three JASDF F-2s; the record's own notes already flag the disagreement.",
    ),
    (
        "E-DEU-2021-ANNUALEX",
        "It was the first time for Germany to join! (MOD)",
        "Second claim dropped: turdef's 'first time in 20 years that the German Navy is participating in maritime exercises in the region' is contradicted by FGS Bayern's earlier 2021 drills with the JMSDF on 24 Sep (Indian Ocean, E-DEU-2021-BAYERN-IZUMO) and 4 Nov (off Kanto, E-DEU-2021-BAYERN-SAMIDARE); the MOD first (Germany's first ANNUALEX) stands.",
    ),
    (
        "F-MCA-2024-08-02",
        "conducted the first joint operation in the West Philippine Sea (South China Sea) on August 2, 2024, per the source: the first bilateral Japan-Philippines one, as both navies had joined the multilateral MCA of 7 April 2024 (F-MCA-2024-04-07)",
        "F-MCA-2024-04-07 (7 Apr 2024) records JS Akebono and BRP Antonio Luna in a multilateral maritime cooperative activity in the West Philippine Sea.",
    ),
    (
        "E-GBR-2018-SUTHERLAND",
        "first joint exercise of the two navies in the sea off Kanto (Asahi, citing the Japanese Defense Ministry)",
        "The bare 'first joint exercise' is contradicted by earlier JMSDF drills with the Royal Navy, e.g. X2-EX-2017-04-CP-GULFADEN (Apr 2017, JS Teruzuki with HMS Monmouth); the record's notes give Asahi's fuller wording (off Kanto), used here.",
    ),
    (
        "EX-ITA-2023-MOROSINI",
        "first docking of an Italian warship in Japan in 27 years, per The Diplomat (Bersagliere and Durand de la Penne were at Tokyo in Dec 1996, but San Giusto called at Nagasaki, Osaka and Tokyo in 2001); the Italian Navy note calling it the first Italian naval unit to drop anchor in a Japanese port is contradicted by those visits (evidence for claims C-CLM-035 and C-CLM-036)",
        "Not contradicted by an exercises.csv row (none before 2011) but by the record's own claim evidence: svizzeri.ch (C-svizzeri-20240825-vespucci) lists Italian warship visits in 1866, 1979, 1986, 1996 and 2001; C-CLM-036 (the Italian Navy's 'first') is graded refuted and C-CLM-035 ('27 years') contested.",
    ),
    (
        "X3-EX-2022-KIRISAME-HONIARA",
        "We conducted our first-time exercise with the Solomon Islands (JMSDF, per the source): its first bilateral or trilateral one, as three Japanese personnel and Solomon Islands forces had both taken part in the French-led Exercise Equateur 2019 in New Caledonia (X2-EX-2019-EQUATEUR)",
        "X2-EX-2019-EQUATEUR (Sep 2019) lists JPN (3 personnel) and SLB as partners in the same multinational exercise; a weak contradiction (a staff-level presence), so only qualified.",
    ),
]
with open("../first_changes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["exercise_id", "old_first", "new_first", "why"])
    for i, n, why in ch:
        assert i in ex, i
        w.writerow([i, ex[i]["first"], n, why])
print(len(ch))
