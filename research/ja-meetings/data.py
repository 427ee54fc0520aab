# (agreement_id, title_ja, source_id, locator, notes)
titles = []
series = []
sources = {}  # source_id -> dict
not_found = []


def src(sid, title, publisher, published, prec, url):
    sources[sid] = dict(
        source_id=sid,
        title=title,
        publisher=publisher,
        author="",
        published=published,
        published_precision=prec,
        url=url,
        kind="official",
        accessed="2026-12-05",
    )


MOFA = "外務省 (Ministry of Foreign Affairs of Japan)"
MOD = "防衛省 (Ministry of Defense of Japan)"
