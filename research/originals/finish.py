import csv, subprocess, collections

exec(open("mirror_only.py").read().split("if __name__")[0])
m1 = recs(base + extra_c)
mo = sorted(r for r, ss in m1.items() if all(kind[s] == "reproduction" for s in ss))
WHY = {
    "A-USA-SCC-1957": "",
    "B-VNM-MOU-2011": "",
    "C-CLM-025": "Only copies of the USCC hearing record (vdocuments.net; docslib also holds one) were found; uscc.gov original not in the stored copies (searched once).",
    "C-CLM-069": "USCC annual-report section found only on document-sharing mirrors (docslib, vdocuments); uscc.gov original not found.",
    "C-CLM-047": "The Telegraph article is only quoted on a forum (Sino Defence Forum); the Telegraph original was not returned by search. The official GCAP statement cited beside it is a Wired-Gov mirror of gov.uk (gov.uk original not returned).",
    "M-EDGEWING-CONTRACT-2026": "Only aggregators/content farms (Market Pulse UK, Policy Wire, Squawk News, Radio Hangar; search also returned el-balad, feedpals, rbtfl, azat.tv, Ras Al Khaimah News citing WAM). The gov.uk release and the Defense News report are referenced but were not returned by search, so they cannot be cited.",
    "E-EUU-2021-ATALANTA-OCT": "Only EUbuzz and MarketScreener (Dow Jones) copies of the EEAS release were found; EEAS/eunavfor.eu page for 16 Oct 2021 not returned (eunavfor.eu page found is for the May 2021 trilateral).",
    "F-IND-EX-2021-06": "Only the Devdiscourse (ANI) copy found; the JMSDF tweet it quotes is not a stored page.",
    "F-KAKADU-2024": "",
}
rows = []
for t, r in mo:
    ss = m1[(t, r)]
    why = WHY.get(r)
    if not why:
        if any("dow20" in s for s in ss):
            why = "Rests only on a GitHub text copy (jandresgannon/militarydoctrines) of a MOD Defense of Japan reference table (2018 Ref.46 / 2019 Ref.51 / 2020 Ref.48). The MOD original PDF/HTML was not returned by search (3 look-ups); only the wp2022 backdata CSV (資料52, Apr 2019-Mar 2022) was found, and this item was not in the excerpt read."
        else:
            why = (
                "Not searched within the time/look-up budget (lower priority); sources: "
                + ";".join(sorted(ss))
            )
    rows.append((t, r, why))
with open("still_mirror_only.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["table", "record_id", "why"])
    w.writerows(rows)
print(len(rows), collections.Counter(t for t, _, _ in rows))
