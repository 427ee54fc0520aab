import csv, sys

sys.path.insert(0, ".")
exec(open("data.py").read())
exec(open("entries.py").read())
exist = {
    r["url"].rstrip("/"): r["source_id"]
    for r in csv.DictReader(open("/work/main/data/sources.csv"))
}
used = set(t[2] for t in titles) | set(s[2] for s in series)
remap = {}
out = []
for sid, d in sources.items():
    u = d["url"].rstrip("/")
    alt = (
        u.replace("https://", "http://")
        if u.startswith("https")
        else u.replace("http://", "https://")
    )
    if u in exist:
        remap[sid] = exist[u]
    elif alt in exist:
        remap[sid] = exist[alt]
    else:
        out.append(d)
mainids = set(r["source_id"] for r in csv.DictReader(open("/work/main/data/sources.csv")))
for s in used:
    if s not in sources and s not in remap and s not in mainids:
        print("MISSING source", s)


def w(fn, hdr, rows):
    with open(fn, "w", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(hdr)
        cw.writerows(rows)


w(
    "titles_ja.csv",
    ["agreement_id", "title_ja", "source_id", "locator", "notes"],
    [(a, b, remap.get(c, c), d, e) for a, b, c, d, e in titles],
)
w(
    "series_ja.csv",
    ["series_name_en", "name_ja", "source_id", "locator", "notes"],
    [(a, b, remap.get(c, c), d, e) for a, b, c, d, e in series],
)
w("not_found.csv", ["id", "why"], not_found)
with open("sources.csv", "w", newline="") as f:
    cw = csv.DictWriter(
        f,
        fieldnames=[
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
    )
    cw.writeheader()
    cw.writerows(out)
print(len(titles), len(series), len(out), len(not_found), "remapped", remap)
ids = [t[0] for t in titles]
print("dups", [i for i in ids if ids.count(i) > 1])
