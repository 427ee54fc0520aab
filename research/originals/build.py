import csv, collections, re, sys

sys.path.insert(0, "/work/research/originals")
from found import NEW_SOURCES, CITES

D = "/work/main/data/"
main_src = {r["source_id"]: r for r in csv.DictReader(open(D + "sources.csv"))}
main_urls = {r["url"].rstrip("/"): r["source_id"] for r in main_src.values()}
ids = set()
with open("sources.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(
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
        ]
    )
    for s in NEW_SOURCES:
        assert s[0].startswith("O-") and s[0] not in ids and s[0] not in main_src, s[0]
        assert s[6].rstrip("/") not in main_urls, ("url exists", s)
        assert s[7] in ("official", "news", "think tank", "academic", "reproduction")
        assert (s[4] == "") == (s[5] == ""), s
        ids.add(s[0])
        w.writerow(list(s) + ["2026-12-05"])
# valid record ids
recs = {
    "agreements": "agreement_id",
    "claims": "claim_id",
    "events": "event_id",
    "milestones": "milestone_id",
    "exercises": "exercise_id",
    "assistance": "assistance_id",
}
valid = {t: {r[k] for r in csv.DictReader(open(D + t + ".csv"))} for t, k in recs.items()}
seen = set()
with open("citations.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["table", "record_id", "source_id", "locator"])
    for t, r, s, l in CITES:
        assert r in valid[t], (t, r)
        assert s in ids or s in main_src, s
        assert len(l) <= 200, (r, len(l))
        assert (t, r, s) not in seen
        seen.add((t, r, s))
        w.writerow([t, r, s, l])
print("sources", len(NEW_SOURCES), "citations", len(CITES))
