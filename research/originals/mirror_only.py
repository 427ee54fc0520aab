import csv, collections

D = "/work/main/data/"
kind = {r["source_id"]: r["kind"] for r in csv.DictReader(open(D + "sources.csv"))}
old = dict(kind)
for r in csv.DictReader(open("/work/research/originals/kind_changes.csv")):
    kind[r["source_id"]] = r["new_kind"]
import os

extra_c = []
extra_s = []
if os.path.exists("/work/research/originals/sources.csv"):
    for r in csv.DictReader(open("/work/research/originals/sources.csv")):
        kind[r["source_id"]] = r["kind"]
    extra_c = list(csv.DictReader(open("/work/research/originals/citations.csv")))


def recs(cits):
    m = collections.defaultdict(set)
    for c in cits:
        m[(c["table"], c["record_id"])].add(c["source_id"])
    for c in csv.DictReader(open(D + "claim_evidence.csv")):
        m[("claims", c["claim_id"])].add(c["source_id"])
    return m


base = list(csv.DictReader(open(D + "citations.csv")))


def stats(m, k):
    mo = [r for r, ss in m.items() if all(k[s] == "reproduction" for s in ss)]
    off = [r for r, ss in m.items() if any(k[s] == "official" for s in ss)]
    return mo, off


if __name__ == "__main__":
    m0 = recs(base)
    m1 = recs(base + extra_c)
    a, b = stats(m0, old)
    print("records", len(m0), "before-reclass: mirror-only", len(a), "with official", len(b))
    a, b = stats(m0, kind)
    print("after reclass, before fixes: mirror-only", len(a), "with official", len(b))
    c, d = stats(m1, kind)
    print("after fixes: mirror-only", len(c), "with official", len(d))
    print(collections.Counter(t for t, _ in a))
    with open("/tmp/mo.txt", "w") as f:
        for t, r in sorted(c):
            f.write(f"{t},{r}," + ";".join(sorted(m1[(t, r)])) + "\n")
