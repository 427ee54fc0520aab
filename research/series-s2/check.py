import csv

M = "/work/main/data/"
mex = {r["exercise_id"]: r for r in csv.DictReader(open(M + "exercises.csv"))}
myex = {r["exercise_id"]: r for r in csv.DictReader(open("exercises.csv"))}
msrc = {r["source_id"] for r in csv.DictReader(open(M + "sources.csv"))}
mysrc = {r["source_id"]: r for r in csv.DictReader(open("sources.csv"))}
murls = {r["url"] for r in csv.DictReader(open(M + "sources.csv"))}
for s in mysrc.values():
    if s["url"] in murls:
        print("URL already in main:", s["source_id"])
for e in myex:
    if e in mex:
        print("ID clash", e)
links = list(csv.DictReader(open("links.csv")))
for l in links:
    e = l["exercise_id"]
    if e not in mex and e not in myex:
        print("missing ex", e)
    r = mex.get(e) or myex.get(e)
    yr = r["start"][:4]
    if yr != l["year"]:
        print("year mismatch", l, r["start"])
for c in csv.DictReader(open("citations.csv")):
    if c["source_id"] not in msrc and c["source_id"] not in mysrc:
        print("missing src", c)
    if len(c["locator"]) > 200:
        print("long locator", c["record_id"], len(c["locator"]))
cited = {c["record_id"] for c in csv.DictReader(open("citations.csv"))}
for e in myex:
    if e not in cited:
        print("uncited", e)
nh = list(csv.DictReader(open("not_held.csv")))
for n in nh:
    if n["not_held_id"] not in cited:
        print("uncited NH", n["not_held_id"])
parts = list(csv.DictReader(open("exercise_participants.csv")))
for e in myex:
    if not any(p["exercise_id"] == e and p["role"] == "Japan" for p in parts):
        print("no JPN row", e)
# coverage
for s in csv.DictReader(open("series.csv")):
    a, b = int(s["from_year"]), int(s["to_year"])
    step = 2 if s["cadence"] == "biennial" else 1
    have = {int(l["year"]) for l in links if l["series_id"] == s["series_id"]} | {
        int(n["year"]) for n in nh if n["series_id"] == s["series_id"]
    }
    miss = [y for y in range(a, b + 1, step) if y not in have]
    extra = [y for y in have if (y - a) % step or y < a or y > b]
    print(s["series_id"], "missing:", miss, "extra:", extra)
