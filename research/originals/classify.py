import csv, re, collections, sys
from urllib.parse import urlparse

D = "/work/main/data/"
src = list(csv.DictReader(open(D + "sources.csv")))
REPRO = {
    # named in the brief
    "exbulletin.com": "content farm re-posting others' articles",
    "zazoom.it": "Italian aggregator re-posting Formiche and others",
    "marketpulseuk.co.uk": "aggregator/content farm",
    "devdiscourse.com": "aggregator re-posting wire copy (ANI/Reuters) and other outlets",
    "mongolianbusinessdatabase.com": "business-database site re-posting Kyodo/IPDF articles",
    "ca.news.yahoo.com": "Yahoo News re-post of a UPI story",
    # press-release mirrors / distribution
    "miragenews.com": "press-release mirror",
    "einpresswire.com": "press-release distribution mirror",
    "newswire.ca": "press-release distribution (Canada Newswire) copy",
    "thefederalnewswire.com": "press-release mirror",
    "wired-gov.net": "press-release mirror (Wired-Gov)",
    "parliamenttoday.com": "press-release mirror",
    "government-world.com": "press-release mirror",
    "govwire.co.uk": "press-release mirror",
    "globaldefence.net": "re-post of releases",
    "defense-aerospace.com": "re-post of releases and news items",
    "indusage.com.au": "re-post of Australian Defence release",
    "navalinstitute.com.au": "re-post of ministerial statement",
    "ranops.net": "re-post (Australian Naval Institute feed)",
    "wholecommunity.news": "re-post of US Navy release",
    "globalsecurity.org": "re-post of USMC news",
    "mybaseguide.com": "re-post of US Navy release",
    "seawaves.com": "aggregator of navy press releases",
    "indiandefensenews.in": "blog aggregator re-posting releases and news",
    "finanznachrichten.de": "press-release aggregator (ots)",
    "marketscreener.com": "financial news aggregator re-posting wire copy and releases",
    "thailandnews.co": "re-post of NNT copy",
    "ex2.com.au": "re-post of Australian Defence release",
    "mingoda.com": "re-post of Australian Defence statement",
    "forzearmate.eu": "re-post of difesa.it material",
    "ieu-monitoring.com": "re-post of EEAS release",
    "eubuzz.news": "re-post of EEAS release",
    "pathfinderinternational.co.uk": "consultancy blog relaying British Embassy text",
    "sino-sphere.com": "blog reproducing US Navy release",
    "ppeniagara.com": "copy of an Embassy of Canada page on an unrelated domain",
    # document mirrors
    "docslib.org": "document-sharing mirror",
    "expydoc.com": "document-sharing mirror",
    "vdocuments.mx": "document-sharing mirror",
    "vdocuments.net": "document-sharing mirror",
    "readkong.com": "document-sharing mirror",
    "studyres.com": "document-sharing mirror",
    "yumpu.com": "document-sharing mirror",
    "mail-archive.com": "mailing-list archive re-post",
    "everycrsreport.com": "third-party copy of CRS reports",
    "datais.info": "third-party copy of Lok Sabha question",
    "iplex360.com.ua": "legal database copy",
    "legal.tricoteuses.fr": "third-party copy of the Journal officiel",
    "edizionieuropee.it": "third-party copy of Italian law",
    "openaustralia.org.au": "third-party copy of Hansard",
    "nicholassoames.org.uk": "MP website reproducing Hansard",
    "kellieleitchmp.com": "MP website reproducing PMO release",
    "github.com": "text copy in a personal GitHub repository",
    "jandresgannon.github.io": "text copy in a personal GitHub repository",
    "gov-base.info": "site reproducing MOFA pages",
    "japan.net24.news": "site reproducing MOFA pages",
    "wic-net.com": "private site hosting a copy of a MOF/MOFA document",
    "americanrhetoric.com": "transcript site",
    "rutube.ru": "video platform description",
    "broadcasts.com": "podcast platform re-hosting a US Navy video caption",
    "afripics.com": "stock-photo reseller caption",
    "white-goat-176d8425551116b4.znlc.jp": "unofficial mirror of Shimbun Akahata pages",
    # forums, digests, wikis
    "mevius.5ch.net": "anonymous forum quoting",
    "yomi.tokyo": "5ch forum archive",
    "d1021.hatenadiary.jp": "personal blog quoting NHK",
    "aseannow.com": "forum re-post",
    "defence.pk": "forum re-post",
    "defenceforumindia.com": "forum re-post",
    "defencehub.live": "forum re-post",
    "sinodefenceforum.com": "forum re-post",
    "usmessageboard.com": "forum re-post",
    "instapundit.com": "blog quoting USNI News",
    "jmh.usembassy.gov": "US Embassy digest (Japan Media Highlights) of Japanese press reports",
    "en.wikipedia.org": "encyclopedia (tertiary, not reporting)",
    "ja.wikipedia.org": "encyclopedia (tertiary, not reporting)",
    "gateway.ipfs.io": "Wikipedia mirror",
    "wikimili.com": "Wikipedia mirror",
    # blogs copying others
    "pacificsentinel.blogspot.com": "blog re-posting releases and wire copy",
    "jeromepiche.fr": "blog republishing FAPF text",
    "envelopmer.blogspot.com": "blog relaying French Navy/Embassy text",
    "defensayarmas.blogspot.com": "blog re-posting Royal Navy text",
    "defense-technologynews.blogspot.com": "blog re-posting US military release",
    "defensenews-updates.blogspot.com": "blog (DTN News) re-posting AFPS copy",
    "goyarepublic.blogspot.com": "blog quoting a news report",
    "nobasestorieskorea.blogspot.com": "blog re-posting AFP copy",
    "nosint.blogspot.com": "blog re-posting AFP copy",
    "kementah.blogspot.com": "blog re-posting",
    "aaaaagroup.blogspot.com": "blog citing Kyodo/Beijing Times",
    "rpdefense.over-blog.com": "blog citing other outlets",
    "middleeastinfo.wordpress.com": "blog re-posting",
    "tonyseed.wordpress.com": "personal blog",
    "gabrielaionita.wordpress.com": "personal blog",
    "31562jp.wordpress.com": "personal blog copying treaty text",
    "defense-studies.blogspot.ru": "blog reproducing Australian Defence release",
    "grognews.blogspot.com": "blog reproducing DoD release",
    "humanrightspromotions.blogspot.com": "blog re-posting Philippine government statement",
    "ptvbalita.info": "blog reproducing PNA",
    "note.com.": "personal blog quoting MOFA",
    "jsw.newpacificinstitute.org": "blog summarising Kyodo/Yomiuri/AFP reports",
    "joepags.com": "personal blog",
    "ipci.co.in": "exam-training institute site republishing The Diplomat / Indian Navy release",
    "radiohangar.com": "blog summarising others' reports",
    "4gwar.wordpress.com": "blog digest of others' reporting",
    "dailypost27.com": "blog citing Yonhap",
    # content farms / aggregators of others' reporting
    "1canpara.com": "site relaying USNI News",
    "9jaupdate24x7.com": "content farm re-posting Kyodo",
    "alojapan.com": "aggregator re-posting Japan Forward/Sankei",
    "associatednews.agency": "re-post of GMA News",
    "buzzhint.com": "content farm re-posting RCN text",
    "cambodiatribune.com": "re-post of Antara copy",
    "coldwarwatch.com": "blog quoting The Guardian",
    "corlobe.tk": "content farm relaying press",
    "daily8.com": "content farm re-posting Japan Times",
    "test.daily8.com": "content farm re-posting Mainichi/Kyodo",
    "fujipost.com": "content farm re-posting news",
    "japanbullet.com": "content farm re-posting NHK",
    "jp-gate.com": "aggregator re-posting Japan Times/Kyodo",
    "kabunews.co": "content farm",
    "kabartotabuan.com": "content farm translating MOFA",
    "lurahjepang.com": "re-post of Mainichi/Kyodo",
    "marquartlawgroup.com": "law-firm site re-posting OC Register",
    "masress.com": "Egyptian news aggregator",
    "menafn.com": "syndication aggregator",
    "newsandsociety.net": "aggregator re-posting difesaonline.it",
    "news.kantsuu.com": "aggregator re-posting Asahi",
    "news.livedoor.com": "portal re-post of Kyodo",
    "news.mixi.jp": "portal re-post of Jiji",
    "news.so-net.ne.jp": "portal re-post of Yomiuri",
    "oananews.org": "agency-pool aggregator re-posting TASS copy",
    "philippinestoday.net": "aggregator re-posting PNA/Xinhua",
    "politesociety.ca": "re-post of RCN text",
    "portal-worlds.com": "content farm",
    "pulse.com.gh": "re-post of Business Insider",
    "pulsewaveglobal.com": "aggregator republishing IPDF",
    "rg21.jp": "compilation site",
    "shimbunstory.com": "content farm re-posting reports",
    "shinchonews.com": "content farm re-posting Kyodo",
    "socialbites.ca": "content farm re-posting RIA/Sankei",
    "tacticalgearnews.com": "re-post of SOFREP",
    "tellerreport.com": "content farm re-posting NHK",
    "theartistree.fm": "news digest",
    "timetransportal.com": "content farm quoting Military.com",
    "todayschronic.com": "content farm republishing Jiji",
    "toptech.news": "content farm re-posting Defense News",
    "tothethao.com": "re-post of VietNamNet",
    "turkishdefense.net": "re-post of Marine Corps Times",
    "usmuslims.com": "re-post of Anadolu",
    "utkarsh.com": "exam-prep current-affairs digest",
    "ksgindia.com": "exam-prep current-affairs digest",
    "current-affairs.edudose.com": "exam-prep current-affairs digest",
    "gstimes.in": "exam-prep current-affairs digest",
    "vietnam.vn": "portal republishing VnExpress",
    "watchingamerica.com": "translations of others' articles",
    "newssummedup.com": "summary aggregator (Bangkok Post)",
    "newsbite.mooo.com": "mirror of The Courier-Mail",
    "m.szjzcy.com": "mirror of China Daily",
    "fvbb.com": "re-post of Mint",
    "loganspace.com": "re-post of PTI",
    "gadgetclock.com": "content farm re-posting AP",
    "utterbuzz.com": "content farm re-posting Reuters",
    "sciencequizing.com": "content farm re-posting NZ report",
    "financeadmit.com": "web-story farm summarising JMSDF release",
    "htsyndication.com": "syndication platform re-post",
    "spacewar.com": "aggregator of wire copy (UPI)",
    "defencetalk.com": "aggregator of wire copy (AFP/RIA)",
    "newser.com": "news-summary aggregator",
    "pledgetimes.com": "content farm re-posting Kyodo and others",
    "world-today-news.com": "content farm",
    "europesays.com": "content farm republishing Janes",
    "urdupoint.com": "aggregator re-posting Sputnik/WAM copy",
    "newsbreak.com": "news aggregator",
    "marketsubset.com": "content farm",
    "worldnewsam.com": "content farm",
    "theglobalherald.com": "content farm",
    "squawknews.com": "aggregator",
    "policy-wire.co.uk": "aggregator/content farm",
    "thetimes.com.au": "aggregator reproducing the AUKUS statement",
    "battle-updates.com": "site reproducing joint statement text",
    "itbusinesstoday.com": "content farm (machine-translated)",
    "americandefensenews.com": "aggregator rewriting others' reports",
    "militaryleak.com": "aggregator rewriting releases",
    "chinamorningpost.com": "content farm",
    "sarkardaily.com": "content farm",
    "thehiddennews.in": "content farm",
    "defencenewsupdates.com": "aggregator re-posting Indian media",
    "wonderfulengineering.com": "tech blog rewriting others' reports",
    "svizzeri.ch": "community site quoting Cieli sereni and others",
}
# per-source non-reproduction fixes
OTHER = {
    "B-pna-20231103-phl-raa-talks": (
        "news",
        "Philippine News Agency is a state news agency (news, like VNA/Antara/Xinhua rows), not an issuing authority",
    ),
    "B-ptv-20250429-phl-acsa-talks": ("news", "PTV (state broadcaster) carrying PNA copy: news"),
}
# official releases carried on a genuine news outlet's own site -> news
NEWS_DOM = {
    "okinawa.stripes.com": "Stars and Stripes (newspaper) carrying a military release: news, not the issuing office",
    "japan.stripes.com": "Stars and Stripes (newspaper) carrying a military release: news, not the issuing office",
    "difesaonline.it": "Difesa Online (news outlet) carrying a Marina Militare note: news",
    "worldjpn.net": "GRIPS/University of Tokyo document database (academic archive), not the issuing government",
}
rows = []
kind = {}
for s in src:
    d = urlparse(s["url"]).netloc.lower().split(":")[0]
    d = d[4:] if d.startswith("www.") else d
    new = None
    why = ""
    if d in REPRO:
        new, why = "reproduction", f"{d}: {REPRO[d]}"
    elif s["source_id"] in OTHER:
        new, why = OTHER[s["source_id"]]
    elif d in NEWS_DOM:
        new, why = ("academic" if d == "worldjpn.net" else "news"), NEWS_DOM[d]
    if new and new != s["kind"]:
        rows.append((s["source_id"], s["kind"], new, why))
        kind[s["source_id"]] = new
    else:
        kind[s["source_id"]] = s["kind"]
unused = [
    k
    for k in REPRO
    if not any(
        (urlparse(s["url"]).netloc.lower().split(":")[0].removeprefix("www.")) == k for s in src
    )
]
print("unused domains", unused, file=sys.stderr)
with open("/work/research/originals/kind_changes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["source_id", "old_kind", "new_kind", "why"])
    w.writerows(rows)
print(len(rows), collections.Counter((a, b) for _, a, b, _ in rows), file=sys.stderr)
