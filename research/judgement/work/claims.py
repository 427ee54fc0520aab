import csv, collections

D = "/work/main/data/"
H = lambda f: next(csv.reader(open(D + f)))
cl = {r["claim_id"]: r for r in csv.DictReader(open(D + "claims.csv"))}
ev = list(csv.DictReader(open(D + "claim_evidence.csv")))
src = {r["source_id"]: r for r in csv.DictReader(open(D + "sources.csv"))}

new_sources = [
    dict(
        source_id="JG-indianawaaz-20220908-ind-2p2-2",
        title="India-Japan 2 plus 2 Ministerial Dialogue: Ministers call for ASEAN's unity, centrality",
        publisher="The Indian Awaaz",
        author="",
        published="2022-09-08",
        published_precision="day",
        url="https://theindianawaaz.com/india-japan-2-plus-2-ministerial-dialogue-ministers-call-for-aseans-unity-centrality/?utm_source=rss&utm_medium=rss&utm_campaign=india-japan-2-plus-2-ministerial-dialogue-ministers-call-for-aseans-unity-centrality",
        kind="news",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-deccanherald-20220908-ind-2p2-2",
        title="India supports Japan's plan to recast defence doctrine, develop counter-strike capabilities",
        publisher="Deccan Herald",
        author="",
        published="2022-09-08",
        published_precision="day",
        url="https://www.deccanherald.com/national/national-politics/india-supports-japans-plan-to-recast-defence-doctrine-develop-counter-strike-capabilities-1143269.html",
        kind="news",
        accessed="2026-12-05",
    ),
]
new_ev = [
    (
        "C-CLM-066",
        "JG-indianawaaz-20220908-ind-2p2-2",
        "supports",
        "Acknowledging Japan’s determination to reinforce its defence capabilities, Indian side expressed its support to work towards enhanced security and defence cooperation.",
    ),
    (
        "C-CLM-066",
        "JG-deccanherald-20220908-ind-2p2-2",
        "supports",
        "India has extended its support to Japan’s plan to recast its defence policy and develop counterstrike capabilities",
    ),
    (
        "C-CLM-011",
        "C-economist-20211023-hypersonic",
        "contradicts",
        "this had been a test of a nuclear-capable hypersonic glider (China denies it)",
    ),
    (
        "C-CLM-011",
        "CN-ft-moneycontrol-20211116",
        "contradicts",
        "On July 27, China became the first nation to fly a hypersonic glide vehicle — a manoeuvrable craft that travels at more than five times the speed of sound — around the earth.",
    ),
    (
        "C-CLM-013",
        "C-missilethreat-20211022-fobs",
        "supports",
        "In July and August, China tested two hypersonic weapons",
    ),
    ("C-CLM-050", "C-5ch-mod-dbp-2022", "supports", "戦闘機(F-2)の退役が見込まれる 2035 年"),
    (
        "C-CLM-031",
        "JG-japantoday-20240614-ita-ap",
        "supports",
        "agreed Friday on an action plan to beef up cooperation in seven areas, such as diplomacy, defense and economic security, amid China's military rise",
    ),
    (
        "C-CLM-031",
        "JG-jt-20240615-ita-ap",
        "supports",
        "Tokyo seeks to bolster its network of “like-minded” partners amid shared concerns over rising regional tensions",
    ),
    (
        "C-CLM-067",
        "JG-jt-20240615-ita-ap",
        "supports",
        "as Rome aims to intensify engagement in the Indo-Pacific",
    ),
    (
        "C-CLM-068",
        "JG-japantoday-20240614-ita-ap",
        "supports",
        'In the plan, Japan and Italy shared "serious concerns about rising tensions in the Indo-Pacific,"',
    ),
]
C = "corroborated"
P = "plausible"
# claim_id: (assessment, credibility, note or None, why)
ch = {
    "C-CLM-007": (
        C,
        "1",
        None,
        "Corroborated must carry 1: The Aviationist and Agenzia Nova independently confirm the Italian jets' arrival at Komatsu; nothing contradicts.",
    ),
    "C-CLM-010": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the DoD text is confirmed by CSIS Missile Threat and The Economist (FT-based); no contradicting row (China's denial is graded separately as C-CLM-011).",
    ),
    "C-CLM-013": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the test Milley described is confirmed by the DoD 2022 CMPR text and CSIS Missile Threat (evidence row added); nothing contradicts.",
    ),
    "C-CLM-016": (
        C,
        "1",
        None,
        "Corroborated must carry 1: The Wire and joepags independently report ASPI's figure (48% / 48.5%); nothing contradicts.",
    ),
    "C-CLM-017": (
        C,
        "1",
        None,
        "Corroborated must carry 1: joepags and Firstpost report ASPI's finding on top research institutions; nothing contradicts.",
    ),
    "C-CLM-018": (
        C,
        "1",
        None,
        "Corroborated must carry 1: ASPI's own page and The Wire carry the 37-of-44 finding; nothing contradicts.",
    ),
    "C-CLM-022": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the USCC report text and the DoD CMPR (Janes) confirm the substance; nothing contradicts (the specific contracted report is still unidentified, as the note says).",
    ),
    "C-CLM-023": (
        C,
        "1",
        None,
        "Corroborated must carry 1: Kania's USCC testimony and SpaceNews' report of the USCC 2024 report confirm the PLA's AI ('intelligentized') push; nothing contradicts.",
    ),
    "C-CLM-027": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the DoD assessment (Janes) is matched by the USCC report on force projection; nothing contradicts.",
    ),
    "C-CLM-028": (
        C,
        "1",
        None,
        "Corroborated must carry 1: DoD (Janes) and Breaking Defense (J-20 flew with WS-15s in 2023) agree; nothing contradicts.",
    ),
    "C-CLM-031": (
        C,
        "1",
        "Japan's 2023 white paper describes China's rapid military build-up; Italy-Japan ties were upgraded to a strategic partnership in Jan 2023, and the June 2024 Japan-Italy Action Plan (JG-ITA-AP-2024) was agreed amid China's military rise and shared concerns over rising tensions in the Indo-Pacific (Kyodo via Japan Today; The Japan Times).",
        "Corroborated must carry 1; the motive is now confirmed by two reports of the 2024 action plan (Japan Today/Kyodo, The Japan Times; evidence rows added) besides the white paper and the 2023 partnership.",
    ),
    "C-CLM-032": (
        C,
        "1",
        None,
        "Corroborated must carry 1: AP (two copies, one origin) and Stars and Stripes independently report the white paper's wording; nothing contradicts.",
    ),
    "C-CLM-039": (
        C,
        "1",
        None,
        "Corroborated must carry 1: Yomiuri, DW and the return report confirm the voyage to Japan and back; nothing contradicts (the timing is graded in C-CLM-038).",
    ),
    "C-CLM-050": (
        C,
        "1",
        "Japan MOD position (FY2023 budget request, via NHK); the Dec 2022 Defense Buildup Program (read as a forum quotation of the MOD PDF) gives FY2035 as the expected F-2 retirement, and the MOD GCAP page confirms joint development with the UK and Italy.",
        "Corroborated must carry 1; the MOD's own plan text (already evidence for C-CLM-070) added as a second, independent confirmation of the 2035/F-2 timing, which the MOD GCAP page alone did not give.",
    ),
    "C-CLM-051": (
        C,
        "1",
        None,
        "Corroborated must carry 1: ITV (2018) and Europa Press (2022) independently confirm the Typhoon-successor role for the UK; nothing contradicts.",
    ),
    "C-CLM-054": (
        C,
        "1",
        None,
        "Corroborated must carry 1: FW Magazine and Formiche (via Zazoom) independently report the 24 new Typhoons replacing Tranche 1 from 2028; nothing contradicts.",
    ),
    "C-CLM-062": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the Japan MOD statement (India Narrative) and AP (via Devdiscourse) agree; no earlier JGSDF-French Army exercise in Japan is on record.",
    ),
    "C-CLM-063": (
        C,
        "1",
        None,
        "Corroborated must carry 1: AP and Stars and Stripes independently report the white paper's view of a severe and Europe-linked security environment; nothing contradicts.",
    ),
    "C-CLM-067": (
        C,
        "1",
        "Morosini (2023), the Italian Air Force F-35 deployment (2023) and the Cavour carrier group (2024) all went to Japan; DW reports the carrier's Indo-Pacific deployment and The Japan Times frames the 2024 Japan-Italy Action Plan as Rome's aim to intensify engagement in the Indo-Pacific.",
        "Corroborated must carry 1; a second independent source (The Japan Times on the 2024 action plan) added beside DW.",
    ),
    "C-CLM-070": (
        C,
        "1",
        None,
        "Corroborated must carry 1: the MOD plan text (forum quotation) is matched by NHK's report of the MOD position; nothing contradicts.",
    ),
    "C-CLM-008": (
        P,
        "3",
        "Stated only by the Italian Air Force (its own release, and a report echoing it): no independent confirmation. The record shows F-35s flying from HMS Queen Elizabeth south of Okinawa in Aug 2021 before her Yokosuka call (E-GBR-2021-LSGE21, E-GBR-2021-CSG21-YOKOSUKA), so 'first European nation' holds at most for a land-based deployment to a Japanese air base.",
        "Both evidence rows carry the claimant's own release (Difesa Online prints it; Notizie.it echoes it), so nothing independent confirms it, and the UK carrier group brought F-35Bs to Japanese waters and port in 2021: possibly true, not corroborated.",
    ),
    "C-CLM-012": (
        P,
        "2",
        "Official DoD 2021 CMPR assessment, read only via a reproduction (NewsBreak); The Straits Times confirms a hypersonic missile (DF-17) was shown at the 2019 parade but not its fielding in 2020, so the fielding date has no independent confirmation.",
        "Only one source (the DoD text, via a reproduction) states the 2020 fielding; the second row confirms the 2019 parade, not the claim: probably true, not confirmed.",
    ),
    "C-CLM-019": (
        P,
        "2",
        "ASPI's June 2023 AUKUS update; only Firstpost carries the 19-of-23 figure and the 'commanding lead' wording in the evidence, while ASPI's own page read confirms the update but not the figures.",
        "The second row (ASPI page) confirms the update exists, not its figures; a single report of them is probable, not confirmed.",
    ),
    "C-CLM-024": (
        P,
        "2",
        "Official US congressional commission finding (report year not shown on the copy read); the DoD 2022 CMPR row confirms the PLA's growing role as an instrument of statecraft but not the 'forward defense' concept itself.",
        "The only other row (DoD) does not state the 'forward defense' concept: an official finding, probably true, without independent confirmation.",
    ),
    "C-CLM-029": (
        P,
        "2",
        "Official DoD assessment, the only evidence row; consistent with USCC and Japan MOD assessments but not confirmed by another source on record.",
        "A single evidence row cannot corroborate.",
    ),
    "C-CLM-030": (
        P,
        "2",
        "DoD (via Janes) and USCC describe the PLA's power-projection aims and capability development; 'rapid acceleration' is the article's characterisation, made plausible by the dated carrier and amphibious-ship milestones on record but stated by no source.",
        "The evidence confirms growing power projection, not its 'rapid acceleration'.",
    ),
    "C-CLM-042": (
        P,
        "2",
        "Matches the official 2035 target of the Dec 2022 GCAP leaders' statement (shared JPN/GBR/ITA programme), but it is a target, and a press report (The Telegraph, via a forum) expects service entry in the late 2030s or 2040s; graded as the leaders' statement itself (C-CLM-043). See C-CLM-047/048.",
        "A contradicting row is on file, so it cannot be corroborated; same grade as the official target it repeats (C-CLM-043).",
    ),
    "C-CLM-057": (
        P,
        "2",
        "Trump's calls (2016, 2019) for Japan to pay more for US forces are confirmed (US Embassy Tokyo transcript, NHK); his 'shift toward Russia' and the expectation placed on Europe have no evidence row.",
        "Only the Japan cost-sharing part has evidence; the Russia and Europe parts are unconfirmed on record.",
    ),
    "C-CLM-058": (
        P,
        "2",
        "Judgement. Japan's defence minister (Kyodo, via a forum) called France the only European country with a permanent military presence in the Indo-Pacific, and France sent the Jeanne d'Arc group to ARC21 in 2021; that its naval capacity 'could greatly benefit Tokyo' is the article's view.",
        "One reproduced source beside the article, and the claim is a judgement: probable, not confirmed.",
    ),
    "C-CLM-059": (
        P,
        "2",
        "Macron's April 2023 interview urging Europe not to be 'followers' of the US on Taiwan is reported by DW; 'vacillation' and 'muddied the waters' are the article's words, and no second independent source is on record.",
        "Only one independent source (DW) beside the article itself; the wording is a characterisation.",
    ),
    "C-CLM-069": (
        P,
        "2",
        "USCC annual-report finding (section on emerging technologies; report year not shown on the copy read), matching Kania's testimony to the same commission on 'intelligentized' warfare; both come from the USCC record, so it is not independently confirmed.",
        "Both evidence rows come from the same publisher (the USCC record), so not independent confirmation.",
    ),
    "C-CLM-011": (
        "refuted",
        "5",
        "China's explanation is contradicted by the DoD 2022 CMPR (a fractional orbital launch of an ICBM with an HGV), by CSIS Missile Threat and by FT and Economist reporting (evidence rows added); only China's own foreign ministry supports it.",
        "Contested needs credible sources that disagree; here only the claimant's denial supports it against the DoD, CSIS, FT and Economist, so it is refuted (5 = improbable), which its code already said.",
    ),
    "C-CLM-021": (
        "refuted",
        "5",
        "Causal link not supported: the 2021 HGV was boosted by a Long March rocket (not an aircraft engine), and ASPI's paper counts are a leading indicator, not proof of capability. The first half (2021 hypersonic progress) is corroborated in C-CLM-009; the 'because' is what is refuted.",
        "No source supports the causal link and the evidence contradicts it, so refuted with 5; contested allows only 3-4.",
    ),
    "C-CLM-038": (
        "refuted",
        "5",
        None,
        "Refuted maps to 5: the 'end of the year' (2023) voyage is contradicted by the June-August 2024 deployment.",
    ),
    "C-CLM-056": (
        "unverified",
        "6",
        "Opinion. Echoed by analysts and by Macron's call for strategic autonomy, but its truth cannot be judged on evidence.",
        "Unverified maps to 6; an opinion whose truth cannot be judged.",
    ),
    "C-CLM-065": (
        P,
        "3",
        None,
        "Plausible allows 2-3; the analysis is possibly true (Japan widened ties to Europe while keeping Australia central).",
    ),
    "C-CLM-068": (
        P,
        "3",
        "Kishida and Meloni stressed GCAP and defence cooperation (Feb 2024 summit), and their June 2024 Japan-Italy Action Plan shares 'serious concerns about rising tensions in the Indo-Pacific' (Kyodo); the 'real focus' is the article's interpretation.",
        "Plausible allows 2-3; the action plan (evidence row added) makes the interpretation possibly true.",
    ),
    "C-CLM-066": (
        P,
        "2",
        "The joint statement of the 2nd India-Japan 2+2 (Tokyo, 8 Sep 2022; agreement B-IND-2P2-2) records that, acknowledging Japan's determination to reinforce its defence capabilities (while examining 'counterstrike capabilities'), the Indian side expressed its support to work towards enhanced security and defence cooperation (The Indian Awaaz; Deccan Herald: India supported Japan's plan to recast its defence policy). 'Encouraged this transformation' is a little stronger than the statement's words.",
        "The 2022 India-Japan 2+2 joint statement on record supports it (two reports added as evidence); 'encouraged' slightly overstates 'expressed its support', so probable rather than confirmed.",
    ),
}
rows = []
for cid, (a, c, n, why) in ch.items():
    r = cl[cid]
    if r["assessment"] != a:
        rows.append([cid, "assessment", r["assessment"], a, why])
    if r["information_credibility"] != c:
        rows.append([cid, "information_credibility", r["information_credibility"], c, why])
    if n is not None and n != r["assessment_note"]:
        rows.append([cid, "assessment_note", r["assessment_note"], n, why])
with open("../claim_changes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["claim_id", "column", "old", "new", "why"])
    w.writerows(rows)
with open("../claim_evidence.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(H("claim_evidence.csv"))
    w.writerows(new_ev)
# sources: AP + India
ap = list(csv.DictReader(open("ap_sources.csv")))
allsrc = ap + new_sources
for s in allsrc:
    assert s["source_id"] not in src and not any(x["url"] == s["url"] for x in src.values()), s[
        "source_id"
    ]
with open("../sources.csv", "w", newline="") as f:
    w = csv.DictWriter(f, H("sources.csv"))
    w.writeheader()
    [w.writerow(s) for s in allsrc]
# citations: action plan + claims mirror + B-IND-2P2-2
cit = list(csv.DictReader(open("citations.csv"))) if False else None
