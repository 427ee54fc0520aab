import csv

H = lambda f: next(csv.reader(open("/work/main/data/" + f)))
A = "JG-ITA-AP-2024"
ag = dict.fromkeys(H("agreements.csv"), "")
ag.update(
    agreement_id=A,
    title="Japan-Italy Action Plan (2024-2027) (Kishida-Meloni meeting, G7 Apulia summit)",
    type="strategic partnership / joint statement",
    signed="2024-06-14",
    signed_precision="day",
    notes=(
        "Bilateral action plan for 2024-2027 announced at the Kishida-Meloni meeting in Fasano (Apulia) on 14 June 2024, on the margins of the G7 summit, "
        "not at Meloni's Tokyo visit of 5 February 2024 (that meeting, per Yomiuri, agreed to hold the first director-general-level meeting of foreign and defence authorities in March). "
        "MOFA calls it the guide for future Japan-Italy cooperation (日伊アクション・プラン); Palazzo Chigi (via Adnkronos) a bilateral action plan setting priority areas for 2024-2027. "
        "Seven pillars incl. diplomacy, defence and security, trade and economic security (Kyodo, Japan Times): an annual vice-foreign-minister strategic dialogue, continued senior-official security talks and joint defence drills. "
        "The same meeting agreed to open ACSA negotiations (A-ITA-ACSA). The English heading of the plan itself was not seen; title rendered from MOFA's Japanese name and the 2024-2027 span."
    ),
)
src = [
    dict(
        source_id="JG-mofaj-20240614-ita-ap",
        title="メローニ伊首相との懇談",
        publisher="Ministry of Foreign Affairs of Japan",
        author="",
        published="2024-06-14",
        published_precision="day",
        url="https://www.mofa.go.jp/mofaj/erp/we/it/pageit_000001_00742.html",
        kind="official",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-japantoday-20240614-ita-ap",
        title="UPDATE1: Japan, Italy agree on action plan to forge ties in diplomacy, defense",
        publisher="Japan Today (Kyodo)",
        author="",
        published="2024-06-14",
        published_precision="day",
        url="https://japantoday.com/category/politics/update1-japan-italy-agree-on-action-plan-to-forge-ties-in-diplomacy-defense",
        kind="news",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-jt-20240615-ita-ap",
        title="Japan-Italy plan to deepen cooperation through 2027 (Japan Times report; headline not seen)",
        publisher="The Japan Times",
        author="",
        published="2024-06-15",
        published_precision="day",
        url="https://japantimes.co.jp/news/2024/06/15/japan/politics/italy-japan-defense",
        kind="news",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-jiji-20240614-ita-acsa-ap",
        title="Japan, Italy Agree to Start Talks on Defense Logistics Pact",
        publisher="Jiji Press (via nippon.com)",
        author="",
        published="2024-06-14",
        published_precision="day",
        url="https://www.nippon.com/en/news/yjj2024061401257/japan-italy-agree-to-start-talks-on-defense-logistics-pact.html",
        kind="news",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-yomiuri-20240206-ita-summit",
        title="Japan, Italy Agree on Security Cooperation; Meloni Takes Up G7 Baton From Kishida",
        publisher="The Yomiuri Shimbun (Japan News)",
        author="",
        published="2024-02-06",
        published_precision="day",
        url="https://japannews.yomiuri.co.jp/politics/politics-government/20240206-167093",
        kind="news",
        accessed="2026-12-05",
    ),
    dict(
        source_id="JG-adnkronos-20240614-ita-ap",
        title="G7, Meloni vede Kishida: piano d'azione bilaterale per rafforzare cooperazione",
        publisher="Il Sannio Quotidiano (Adnkronos text)",
        author="",
        published="2024-06-14",
        published_precision="day",
        url="https://www.ilsannioquotidiano.it/2024/06/14/g7-meloni-vede-kishida-piano-dazione-bilaterale-per-rafforzare-cooperazione/?utm_source=rss&utm_medium=rss&utm_campaign=g7-meloni-vede-kishida-piano-dazione-bilaterale-per-rafforzare-cooperazione",
        kind="reproduction",
        accessed="2026-12-05",
    ),
]
cit = [
    (
        "JG-mofaj-20240614-ita-ap",
        "両首脳は、今後の日伊協力の指針となる日伊アクション・プランの発表を歓迎し",
    ),
    (
        "JG-japantoday-20240614-ita-ap",
        'In the action plan from 2024 to 2027, the two governments said they will start an annual "strategic dialogue" by vice foreign ministers',
    ),
    (
        "JG-jt-20240615-ita-ap",
        "Announced by Prime Minister Fumio Kishida and his Italian counterpart, Giorgia Meloni, Friday on the margins of a three-day Group of Seven leaders’ summit in Italy",
    ),
    (
        "JG-jiji-20240614-ita-acsa-ap",
        "Kishida and Meloni approved an action plan to propel bilateral cooperation forward",
    ),
    (
        "JG-yomiuri-20240206-ita-summit",
        "They also agreed to hold the first director general-level meeting between foreign and defense authorities in March to deepen their security cooperation.",
    ),
    (
        "JG-adnkronos-20240614-ita-ap",
        "l’adozione di un Piano d’Azione bilaterale volto a definire gli ambiti prioritari di cooperazione per il periodo 2024-2027",
    ),
]


def w(f, rows, hdr):
    with open(f, "w", newline="") as fh:
        wr = csv.DictWriter(fh, hdr)
        wr.writeheader()
        [wr.writerow(r) for r in rows]


w("../agreements.csv", [ag], H("agreements.csv"))
w(
    "../agreement_parties.csv",
    [dict(agreement_id=A, country="JPN"), dict(agreement_id=A, country="ITA")],
    H("agreement_parties.csv"),
)
w("ap_sources.csv", src, H("sources.csv"))
w(
    "ap_citations.csv",
    [dict(table="agreements", record_id=A, source_id=s, locator=l) for s, l in cit],
    H("citations.csv"),
)
for s, l in cit:
    assert len(l) <= 200
