import csv

H = next(csv.reader(open("/work/main/data/citations.csv")))
rows = list(csv.DictReader(open("ap_citations.csv")))
for r in csv.DictReader(open("../claim_evidence.csv")):
    q = r["quote"]
    assert len(q) <= 200, (r["claim_id"], len(q))
    rows.append(dict(table="claims", record_id=r["claim_id"], source_id=r["source_id"], locator=q))
rows.append(
    dict(
        table="agreements",
        record_id="B-IND-2P2-2",
        source_id="JG-indianawaaz-20220908-ind-2p2-2",
        locator="held the second India-Japan 2 plus 2 Foreign and Defence Ministerial Meeting in Tokyo with Japanese Foreign Minister Hayashi Yoshimasa and Defence Minister Hamada Yasukazu on Thursday",
    )
)
rows.append(
    dict(
        table="agreements",
        record_id="B-IND-2P2-2",
        source_id="JG-deccanherald-20220908-ind-2p2-2",
        locator="New Delhi and Tokyo also agreed to start a joint exercise with participation of the fighter jets of the Indian and Japanese air forces.",
    )
)
for r in rows:
    assert len(r["locator"]) <= 200
with open("../citations.csv", "w", newline="") as f:
    w = csv.DictWriter(f, H)
    w.writeheader()
    [w.writerow(r) for r in rows]
print(len(rows))
