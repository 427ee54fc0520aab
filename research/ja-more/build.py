import csv, collections

exec(open("entries.py").read())
exec(open("notfound.py").read())
main_src = {
    r["url"].rstrip("/").replace("http://", "https://"): r["source_id"]
    for r in csv.DictReader(open("/work/main/data/sources.csv"))
}
ag = list(csv.DictReader(open("/work/main/data/agreements.csv")))
have = {
    r["record_id"]
    for r in csv.DictReader(open("/work/main/data/titles_ja.csv"))
    if r["table"] == "agreements"
}
types = {a["agreement_id"]: a["type"] for a in ag}
missing = [a["agreement_id"] for a in ag if a["agreement_id"] not in have]
found = {x[0] for x in T}
assert found <= set(missing), found - set(missing)
# reuse existing source ids where URL already in main
remap = {}
for sid, v in S.items():
    u = v[5].rstrip("/").replace("http://", "https://")
    if u in main_src:
        remap[sid] = main_src[u]
print("remapped", remap)
with open("titles_ja.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["agreement_id", "title_ja", "source_id", "locator", "notes"])
    for aid, title, sid, loc, notes in T:
        assert sid in S, sid
        assert len(loc) <= 200, (aid, len(loc))
        w.writerow([aid, title, remap.get(sid, sid), loc, notes])
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
    for sid, (title, pub, author, published, prec, url, kind) in S.items():
        if sid in remap:
            continue
        w.writerow([sid, title, pub, author, published, prec, url, kind, "2026-12-05"])
nf_rows = []
for aid in missing:
    if aid in found:
        continue
    reason = NF.get(
        aid,
        "Not searched in this session (search budget/time); see ja-meetings/not_found.csv and ja-treaties/not_found.csv for earlier attempts.",
    )
    nf_rows.append((aid, reason))
with open("not_found.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["agreement_id", "reason"])
    w.writerows(nf_rows)
c_f = collections.Counter(types[a] for a in found)
c_n = collections.Counter(types[a] for a, _ in nf_rows)
c_m = collections.Counter(types[a] for a in missing)
for t in sorted(c_m):
    print(f"{t}: found {c_f[t]} / missing-before {c_m[t]} / still not found {c_n[t]}")
print(len(T), "titles", len(nf_rows), "not found", len(S) - len(remap), "sources")
extra = set(NF) - set(missing)
print("NF keys not missing:", extra)
