# (agreement_id, title_ja, source_id, locator, notes)
T = []
# source_id -> (title, publisher, author, published, precision, url, kind)
S = {}
NF = {}  # agreement_id -> reason


def src(sid, title, publisher, published, prec, url, kind="official", author=""):
    S[sid] = (title, publisher, author, published, prec, url, kind)


def t(aid, title, sid, loc, notes=""):
    T.append((aid, title, sid, loc, notes))


MOFA = "Ministry of Foreign Affairs of Japan"
MOD = "Ministry of Defense of Japan"

# ---- statements
src(
    "J3-mofaj-20250421-nld-summit",
    "日・オランダ首脳会談",
    MOFA,
    "2025-04-21",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/we/nl/pageit_000001_01824.html",
)
t(
    "B-NLD-AP-2025",
    "持続的な平和と繁栄のための戦略的パートナーシップの設立に関する共同声明に基づく、日・オランダ・アクション・プラン2025",
    "J3-mofaj-20250421-nld-summit",
    "「持続的な平和と繁栄のための戦略的パートナーシップの設立に関する共同声明に基づく、日・オランダ・アクション・プラン2025」が公表されました",
    "MOFA summary of the Ishiba-Schoof summit (令和7年4月21日): the action plan was published on the occasion of the meeting.",
)

# ---- US SCC
src(
    "J3-mod-20190419-usa-scc",
    "日米安全保障協議委員会(日米「2+2」)(概要)",
    MOD,
    "2019-04-19",
    "day",
    "https://www.mod.go.jp/j/approach/anpo/2019/0419a_j-usa.html",
)
t(
    "A-USA-SCC-2019",
    "日米安全保障協議委員会（日米「2+2」）",
    "J3-mod-20190419-usa-scc",
    "日米安全保障協議委員会(日米「2+2」)(概要) 平成31年4月19日 外務省・防衛省",
    "Joint MOFA/MOD summary posted on the MOD site; page heading. MOFA does not number SCC meetings.",
)
src(
    "J3-mofaj-20210316-usa-scc",
    "日米安全保障協議委員会(日米「2+2」)",
    MOFA,
    "2021-03-16",
    "day",
    "https://www.mofa.go.jp/mofaj/na/st/page1_000942.html",
)
t(
    "A-USA-SCC-2021",
    "日米安全保障協議委員会（日米「2+2」）",
    "J3-mofaj-20210316-usa-scc",
    "3月16日午後3時から約1時間半、日米安全保障協議委員会(日米「2+2」)が開催され",
    "MOFA summary page dated 令和3年3月16日.",
)
src(
    "J3-mofaj-20170815-usa-scc-announce",
    "河野外務大臣の日米安全保障協議会会合等への出席",
    MOFA,
    "2017-08-15",
    "day",
    "https://www.mofa.go.jp/mofaj/press/release/press4_004907.html",
)
t(
    "A-USA-SCC-2017",
    "日米安全保障協議委員会（「2+2」）",
    "J3-mofaj-20170815-usa-scc-announce",
    "河野大臣は滞在中,日米安全保障協議委員会(「2+2」)会合に出席する予定です",
    "Advance MOFA press release (平成29年8月15日) for the 17 Aug meeting; the release heading itself writes 日米安全保障協議会会合 (sic). Post-meeting MOFA page not found in the stored corpus.",
)
src(
    "J3-mofaj-20050219-usa-scc",
    "日米安全保障協議委員会(「2+2」)の開催",
    MOFA,
    "2005-02-19",
    "day",
    "https://www.mofa.go.jp/mofaj/area/usa/hosho/2_2_05_01.html",
)
t(
    "A-USA-SCC-2005",
    "日米安全保障協議委員会（「2+2」）",
    "J3-mofaj-20050219-usa-scc",
    "日米安全保障協議委員会(「2+2」)の開催 平成17年2月19日",
    "MOFA page heading and date. The joint statement was published as 共同発表 (共通の戦略目標).",
)
src(
    "J3-mofaj-20060501-usa-roadmap",
    "再編実施のための日米のロードマップ(仮訳)",
    MOFA,
    "2006-05-01",
    "day",
    "http://www.mofa.go.jp/mofaJ/kaidan/g_aso/ubl_06/2plus2_map.html",
)
src(
    "J3-mofaj-20051029-usa-scc",
    "日米安全保障協議委員会(「2+2」)の開催",
    MOFA,
    "2005-10-29",
    "day",
    "https://www.mofa.go.jp/mofaj/kaidan/g_machimura/usa_anpo05/kg.html",
)
t(
    "R3-USA-SCC-2005-10",
    "日米安全保障協議委員会（「2+2」）",
    "J3-mofaj-20051029-usa-scc",
    "日米安全保障協議委員会(「2+2」)の開催 平成17年10月29日 外務省・防衛庁",
    "MOFA/JDA page heading (meeting at the US Department of Defense). Outcome document 「日米同盟:未来のための変革と再編」 (MOFA provisional translation mofaj/area/usa/hosho/henkaku_saihen.html; the 2006 roadmap, J3-mofaj-20060501-usa-roadmap, also refers to it).",
)
src(
    "J3-mofaj-20070501-usa-scc-js",
    "共同発表 日米安全保障協議委員会 同盟の変革:日米の安全保障及び防衛協力の進展(仮訳)",
    MOFA,
    "2007-05-01",
    "day",
    "https://www.mofa.go.jp/mofaj/area/usa/hosho/2plus2_07_kh.html",
)
t(
    "R3-USA-SCC-2007",
    "日米安全保障協議委員会",
    "J3-mofaj-20070501-usa-scc-js",
    "共同発表 日米安全保障協議委員会 同盟の変革: 日米の安全保障及び防衛協力の進展 (仮訳) 2007年5月1日",
    "MOFA provisional translation of the SCC joint statement; the document title is 「同盟の変革:日米の安全保障及び防衛協力の進展」. Meeting name taken from the statement heading (no MOFA meeting-summary page found).",
)
src(
    "J3-mofaj-20110621-usa-scc",
    "日米安全保障協議委員会(「2+2」閣僚会合)の開催",
    MOFA,
    "2011-06",
    "month",
    "https://www.mofa.go.jp/mofaj/area/usa/hosho/2plus2_gai1106.html",
)
t(
    "A-USA-SCC-2011",
    "日米安全保障協議委員会（「2+2」閣僚会合）",
    "J3-mofaj-20110621-usa-scc",
    "日米安全保障協議委員会(「2+2」閣僚会合)の開催 平成23年6月",
    "MOFA page heading. Outcome document: 日米安全保障協議委員会共同発表「より深化し,拡大する日米同盟に向けて:50年間のパートナーシップの基盤の上に」 (MOD provisional translation, mod.go.jp/j/approach/anpo/201106_2plus2/js1_j.html).",
)
src(
    "J3-mod-20131003-usa-scc",
    "日米安全保障協議委員会(「2+2」閣僚会合)等の開催",
    MOD,
    "2013-10",
    "month",
    "http://www.mod.go.jp/j/press/youjin/2013/10/03_2.html",
)
t(
    "A-USA-SCC-2013",
    "日米安全保障協議委員会（「2+2」閣僚会合）",
    "J3-mod-20131003-usa-scc",
    "日米安全保障協議委員会(「2+2」閣僚会合)等の開催 平成25年10月 防衛省・外務省",
    "MOD/MOFA joint page heading (等 = also the Guam agreement protocol signing etc.). Joint statement: 「より力強い同盟とより大きな責任の共有に向けて」 (same page set; kishida.gr.jp copy).",
)
src(
    "J3-mofaj-20150428-usa-scc",
    "日米安全保障協議委員会(「2+2」閣僚会合)の開催",
    MOFA,
    "2015-04-28",
    "day",
    "http://www.mofa.go.jp/mofaj/na/st/page4_001144.html",
)
t(
    "A-USA-SCC-2015",
    "日米安全保障協議委員会（「2+2」閣僚会合）",
    "J3-mofaj-20150428-usa-scc",
    "4月27日(月曜日)米国東部時間午前(日本時間28日(火曜日)未明にかけて),米国ニューヨークにおいて,日米安全保障協議委員会(「2+2」閣僚会合)が開催されました",
    "MOFA page heading 日米安全保障協議委員会(「2+2」閣僚会合)の開催, dated 平成27年4月28日. Joint statement 「変化する安全保障環境のためのより力強い同盟―新たな日米防衛協力のための指針―」.",
)

src(
    "J3-mod-19970923-usa-scc-js",
    "日米安全保障協議委員会共同発表",
    MOD,
    "1997-09-23",
    "day",
    "http://www.mod.go.jp/j/approach/anpo/kyougi/j970923a.html",
)
t(
    "R3-USA-SCC-1997",
    "日米安全保障協議委員会",
    "J3-mod-19970923-usa-scc-js",
    "1997年9月23日、ニュー・ヨークにおいて、日米安全保障協議委員会(SCC)を開催し",
    "MOD page headed 日米安全保障協議委員会共同発表 (於 ニュー・ヨーク 1997年9月23日). No ordinal or 「2+2」 tag was used at the time.",
)
src(
    "J3-mofaj-19980920-usa-scc",
    "日米安全保障協議委員会(SCC)共同発表 (1998年9月20日)",
    MOFA,
    "1998-09-20",
    "day",
    "https://www.mofa.go.jp/mofaj/kaidan/kiroku/g_komura/arc_98/us98/hosho_k.html",
)
t(
    "R3-USA-SCC-1998",
    "日米安全保障協議委員会",
    "J3-mofaj-19980920-usa-scc",
    "1998年9月20日、ニュー・ヨークにおいて、日米安全保障協議委員会(SCC)を開催し",
    "MOFA archive page (過去の記録, Komura visit) dated 平成10年9月20日; the stored excerpt does not show the page heading, so the source title here is descriptive.",
)
src(
    "J3-mod-19960919-usa-scc-guidelines-progress",
    "日米防衛協力のための指針の見直しの進捗状況報告",
    MOD,
    "1996-09-19",
    "day",
    "https://www.mod.go.jp/j/approach/anpo/alliguideline/sinchoku.html",
)
t(
    "R3-USA-SCC-1996",
    "日米安全保障協議委員会",
    "J3-mod-19960919-usa-scc-guidelines-progress",
    "日米防衛協力のための指針の見直しの進捗状況報告 日米安全保障協議委員会 於 ワシントン 1996年9月19日",
    "MOD page (SCC progress report on the Guidelines review) dated 1996年9月19日 in Washington: this confirms the day (record has month precision, 1996-09).",
)
src(
    "J3-mod-19781127-usa-scc-sdc-report",
    "日米安全保障協議委員会が了承した防衛協力小委員会の報告",
    MOD,
    "1978-11-27",
    "day",
    "https://www.mod.go.jp/j/approach/anpo/alliguideline/j781127a.html",
)
t(
    "R3-USA-SCC-1978",
    "第17回日米安全保障協議委員会",
    "J3-worldjpn-19970923-usa-scc-guidelines",
    "1978年11月27日の第17回日米安全保障協議委員会(SCC)で了承された「日米防衛協力のための指針」(「指針」)は",
    "Ordinal from the 1997 SCC joint statement as reproduced by the World and Japan Database (出典 外務省; academic reproduction). The MOD page 「日米安全保障協議委員会が了承した防衛協力小委員会の報告」 (昭和53年11月27日, J3-mod-19781127-usa-scc-sdc-report) confirms the committee name and date but gives no ordinal.",
)
src(
    "J3-worldjpn-19970923-usa-scc-guidelines",
    "共同発表 日米安全保障協議委員会による日米防衛協力のための指針の見直しの終了",
    "The World and Japan Database (GRIPS / University of Tokyo), source MOFA",
    "1997-09-23",
    "day",
    "https://worldjpn.net/documents/texts/docs/19970923.D1J.html",
    kind="academic",
)
src(
    "J3-worldjpn-19600119-scc-letters",
    "安全保障協議委員会の設置に関する往復書簡",
    "The World and Japan Database (GRIPS / University of Tokyo), source 外交青書4号",
    "1960-01-19",
    "day",
    "https://worldjpn.net/documents/texts/JPUS/19600119.O2J.html",
    kind="academic",
)
t(
    "A-USA-SCC-1957",
    "日米安全保障委員会",
    "J3-worldjpn-19600119-scc-letters",
    "千九百五十七年八月六日に日本国及び合衆国政府が設置した「日米安全保障委員会」は,この新しい委員会によつて代わられることになりますが",
    "NAMING CAVEAT: the 1957 body was the predecessor committee, not the 安全保障協議委員会 (SCC) created by the 1960 exchange of letters. The 1957 joint announcement (existing O-worldjpn-19570806-usa-sc) names it 「安全保障に関する日米委員会」 (the database text prints 委貝会, an OCR slip) and is headed 日米安保委員会設置に関する日米共同発表. Both texts via the World and Japan Database (academic reproduction of MOFA texts).",
)

src(
    "J3-mofaj-20000911-usa-scc",
    "日米安全保障協議委員会(「2+2」会合)(2000年9月11日)",
    MOFA,
    "2000-09-11",
    "day",
    "https://www.mofa.go.jp/mofaj/area/usa/hosho/kyogi.html",
)
t(
    "R3-USA-SCC-2000",
    "日米安全保障協議委員会",
    "J3-mofaj-20000911-usa-scc",
    "ニューヨークにて2年振りに日米安全保障協議委員会(いわゆる「2十2」会合)を開催し",
    "MOFA page dated 2000年9月11日 (heading not in the stored excerpt; source title descriptive). The stored text writes 「2十2」 (kanji 十 for +). MOFA notes the 2000 meeting was the 10th year since the committee was reorganised (改組後10年目).",
)
src(
    "J3-mofaj-20021217-usa-scc",
    "日米安全保障協議委員会(「2+2」)会合(概要)",
    MOFA,
    "2002-12-17",
    "day",
    "https://www.mofa.go.jp/mofaj/area/usa/hosho/kyogi_021217.html",
)
t(
    "R3-USA-SCC-2002",
    "日米安全保障協議委員会（「2+2」）",
    "J3-mofaj-20021217-usa-scc",
    "日米安全保障協議委員会(「2+2」)会合 (概要) 平成14年12月17日",
    "MOFA page heading. The page dates the meeting 12月16日(米国東部時間。日本時間17日) in Washington DC (Kawaguchi, Ishiba, Powell, Deputy Secretary Wolfowitz); the record has month precision only (2002-12).",
)

src(
    "J3-worldjpn-20060501-usa-scc",
    "日米安全保障協議委員会(「2+2」)共同発表(2006年5月1日)",
    "The World and Japan Database (GRIPS / University of Tokyo), source MOFA",
    "2006-05-01",
    "day",
    "https://worldjpn.net/documents/texts/JPSC/20060501.D1J.html",
    kind="academic",
)
t(
    "R3-USA-SCC-2006",
    "日米安全保障協議委員会（「2+2」）",
    "J3-worldjpn-20060501-usa-scc",
    "[文書名] 日米安全保障協議委員会(「2+2」)共同発表(2006年5月1日)",
    "Database title of the MOFA provisional translation (出典 外務省, 備考 外務省仮訳); academic reproduction. The MOFA summary page itself (mofaj/kaidan/g_aso/ubl_06/2plus2_gai.html, 平成18年5月1日 外務省・防衛庁) was seen but its stored text begins after the heading (it says only 標記会合). Outcome documents: 共同発表 and 「再編実施のための日米のロードマップ」 (J3-mofaj-20060501-usa-roadmap).",
)
src(
    "J3-modwp2010-scc-js-50th",
    "平成22年版防衛白書 「2+2」共同発表",
    MOD,
    "2010",
    "year",
    "http://www.clearing.mod.go.jp/hakusho_data/2010/2010/html/m3212300.html",
)
t(
    "R3-USA-SCC-2010",
    "「2+2」共同発表",
    "J3-modwp2010-scc-js-50th",
    "3 「2+2」共同発表 「共同発表」においては、次のような認識と決意が示された。",
    "GENERIC NAME: MOD White Paper 2010 section on the January 2010 statement (the section quotes 閣僚は、日米安保条約署名50周年にあたり…). No specific Japanese title of the 50th-anniversary SCC statement was found on a MOFA/MOD page in the stored corpus (news calls it 共同文書).",
)
src(
    "J3-modwp2013-alliance-deepening",
    "平成25年版防衛白書 同盟深化・拡大に向けた日米合意",
    MOD,
    "2013",
    "year",
    "http://www.clearing.mod.go.jp/hakusho_data/2013/2013/html/n2322000.html",
)
t(
    "R3-USA-SCC-2010-05",
    "「2+2」共同発表",
    "J3-modwp2013-alliance-deepening",
    "同年5月28日の「2+2」共同発表や11(同23)年1月13日の日米防衛相会談などの閣僚レベルでも",
    "GENERIC NAME: MOD White Paper 2013 (同年 = 10(平成22)年) calls the 28 May 2010 SCC statement 「2+2」共同発表; this confirms the day 2010-05-28 (record has month precision). A Nikkei page archived on megalodon.jp reproduces the related cabinet decision as 「2010年5月28日に日米安全保障協議委員会において承認された事項に関する当面の政府の取り組みについて」 (news copy; not used as title).",
)
src(
    "J3-k1fighter2-20120427-usa-scc",
    "日米安全保障協議委員会(「2+2」)共同発表 2012.4.27 (reproduction of MOD release)",
    "k1fighter2.web.fc2.com (personal site)",
    "2012-04-27",
    "day",
    "http://k1fighter2.web.fc2.com/2plus2/2plus2_120427.htm",
    kind="reproduction",
)
t(
    "R3-USA-SCC-2012",
    "日米安全保障協議委員会（「2+2」）共同発表",
    "J3-k1fighter2-20120427-usa-scc",
    "本日、日米間の調整を了し、「日米安全保障協議委員会(「2+2」)共同発表」を公表できる運びとなりましたので",
    "REPRODUCTION ONLY: a personal site reproduces verbatim the MOD cover letter signed by Defence Minister 田中直紀 (平成24年4月27日) and the provisional translation (headed 日米安全保障協議委員会 共同発表 2012年4月27日). No MOFA/MOD original found in the stored corpus; check on mofa.go.jp/mod.go.jp before publishing.",
)

# ---- France
src(
    "J3-mofaj-20140116-fra-2p2-1",
    "日仏外務・防衛閣僚会合(結果概要)",
    MOFA,
    "2014-01-16",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/we/fr/page18_000171.html",
)
t(
    "A-FRA-2P2-2014",
    "日仏外務・防衛閣僚会合",
    "J3-mofaj-20140116-fra-2p2-1",
    "日仏外務・防衛閣僚会合(結果概要) 平成26年1月16日",
    "MOFA page heading (no ordinal); the page quotes Kishida: 仏との初めての外務・防衛閣僚会合. Meeting held 1月9日 in Paris. A companion MOFA page (page18_000163, 平成26年1月10日) is headed 日仏外務・防衛閣僚会合実施後の共同発表.",
)
src(
    "J3-mofaj-20170106-fra-fabius-lunch",
    "岸田外務大臣とファビウス仏憲法院院長との昼食会 (2017年1月6日)",
    MOFA,
    "2017-01-06",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/we/fr/page4_002640.html",
)
src(
    "J3-mofaj-2017-fra-2p2-3",
    "第3回日仏外務・防衛閣僚会合(「2+2」)",
    MOFA,
    "",
    "",
    "https://www.mofa.go.jp/mofaj/erp/we/fr/page11_000033.html",
)
t(
    "A-FRA-2P2-2017",
    "第3回日仏外務・防衛閣僚会合（「2+2」）",
    "J3-mofaj-2017-fra-2p2-3",
    "第3回日仏外務・防衛閣僚会合(「2+2」) 1 総論 (1)四大臣は,基本的価値を共有する「特別なパートナー」であり",
    "MOFA page heading (the stored excerpt shows no date line; month from the record and from the content: DETT in force 昨年12月, ACSA negotiations launched). Corroborated by MOFA page of 平成29年1月6日 (J3-mofaj-20170106-fra-fabius-lunch): 日仏外務・防衛閣僚会合(「2+2」)は今回3回目を迎える. The same page mentions 機雷対処用水中無人航走体に関する協力 (cf. R4-AGR-FRA-MCM-2017).",
)

# ---- Australia 2007
src(
    "J3-mofaj-20070606-aus-2p2-js",
    "日豪外務・防衛閣僚協議 共同発表 2007(仮訳)",
    MOFA,
    "2007-06-06",
    "day",
    "https://www.mofa.go.jp/mofaj/area/australia/visit/0706_kh.html",
)
t(
    "A-AUS-2P2-2007",
    "日豪外務・防衛閣僚協議",
    "J3-mofaj-20070606-aus-2p2-js",
    "この協議は、2007年3月に安倍日本国内閣総理大臣とハワード・オーストラリア首相が署名した安全保障協力に関する日豪共同宣言に基づく初めての日豪外務・防衛閣僚協議である",
    "MOFA provisional translation headed 日豪外務・防衛閣僚協議 共同発表 2007. No ordinal at the time (later rounds are numbered: 第2回 2008 etc.). MOFA FM-meeting release of 平成19年6月6日 (press/release/h19/6/1173842_806.html) also says 初の日豪外務・防衛閣僚協議.",
)
# ---- Indonesia 1st
src(
    "J3-mofaj-20151218-idn-2p2-1",
    "日・インドネシア外務・防衛閣僚会合 (2015年12月17日)",
    MOFA,
    "2015-12-18",
    "day",
    "https://www.mofa.go.jp/mofaj/s_sa/sea2/id/page3_001518.html",
)
t(
    "B-IDN-2P2-1",
    "日・インドネシア外務・防衛閣僚会合",
    "J3-mofaj-20151218-idn-2p2-1",
    "初となる日・インドネシア外務・防衛閣僚会合を行ったところ,概要は以下のとおり",
    "MOFA page dated 平成27年12月18日 (meeting 12月17日, Tokyo); no ordinal at the time (the 2025 meeting is 第3回, cf. B-IDN-2P2-3). Source title descriptive (heading not in the stored excerpt).",
)
# ---- Canada vice-ministerial 2+2
src(
    "J3-mofaj-20110829-can-2p2v-1",
    "第1回日カナダ次官級「2+2」対話(結果概要)",
    MOFA,
    "2011-08-29",
    "day",
    "http://www.mofa.go.jp/mofaj/press/release/23/8/0829_03.html",
)
t(
    "B-CAN-2P2V-1",
    "第1回日カナダ次官級「2+2」対話",
    "J3-mofaj-20110829-can-2p2v-1",
    "8月29日(月曜日),第1回日カナダ次官級「2+2」対話が,飯倉公館において開催されました",
    "MOFA press release heading 第1回日カナダ次官級「2+2」対話(結果概要), 平成23年8月29日. Created by the 2010 「政治、平和及び安全保障協力に関する日加共同宣言」 (see B-CAN-JD-2010).",
)
src(
    "J3-govbase-mofaj-20220310-can-2p2v-5",
    "第5回日・カナダ次官級「2+2」対話 (MOFA 新着情報, mirrored)",
    "gov-base.info (mirror of MOFA 新着情報)",
    "2022-03-10",
    "day",
    "https://gov-base.info/2022/03/11/150156",
    kind="reproduction",
)
t(
    "B-CAN-2P2V-5",
    "第5回日・カナダ次官級「2+2」対話",
    "J3-govbase-mofaj-20220310-can-2p2v-5",
    "3月10日、第5回日・カナダ次官級「2+2」対話がビデオ会議形式で開催されました",
    "REPRODUCTION ONLY: gov-base.info mirror of the MOFA release of 令和4年3月10日 (MOFA original not found in the stored corpus). Note MOFA wording changed from 日カナダ (2011) to 日・カナダ (2022). The release lists earlier rounds: 第1回は2011年8月、第2回は2014年3月、第3回は2016年4月、第4回は2018年12月.",
)
for aid, ref, extra in [
    (
        "B-CAN-2P2V-2",
        "第2回は2014年3月",
        "No MOFA page for the 2nd round itself was found (1 search).",
    ),
    (
        "B-CAN-2P2V-3",
        "第3回は2016年4月",
        "MOFA FM-meeting page of 平成28年4月9日 (mofaj/na/na1/ca/page4_001930.html) says 次回の日加次官級2+2を4月19日に東京で開催 (i.e. 19 April 2016, Tokyo); record has month precision.",
    ),
    (
        "B-CAN-2P2V-4",
        "第4回は2018年12月",
        "Defence press (WING, jwing.net/news/8011, 2018-12-13) writes 第4回目となる日カナダ次官級「2+2」対話が12月12日に都内で開かれた; no MOFA page for this round found.",
    ),
]:
    t(
        aid,
        "日・カナダ次官級「2+2」対話",
        "J3-govbase-mofaj-20220310-can-2p2v-5",
        "(参考1)日・カナダ次官級「2+2」対話 2010年11月の日・カナダ首脳会談において創設が決定され、第1回は2011年8月、第2回は2014年3月、第3回は2016年4月、第4回は2018年12月に開催。",
        "Series name without ordinal (the round number is given separately in the same MOFA note: "
        + ref
        + "; no MOFA heading with the ordinal was seen, so none is put in title_ja). REPRODUCTION ONLY (gov-base.info mirror of MOFA 2022-03-10 release). "
        + extra,
    )

# ---- Russia
src(
    "J3-mofaj-20170320-rus-2p2-2",
    "日露外務・防衛閣僚協議(「2+2」)",
    MOFA,
    "2017-03-20",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/rss/hoppo/page1_000316.html",
)
t(
    "R3-RUS-2P2-2017",
    "日露外務・防衛閣僚協議（「2+2」）",
    "J3-mofaj-20170320-rus-2p2-2",
    "日露外務・防衛閣僚協議(「2+2」) 平成29年3月20日",
    "MOFA page heading (no ordinal); the text says 今回の日露「2+2」は,2013年11月以来2回目 (and writes 日露外務・防衛・閣僚協議 once, with an extra 中黒).",
)
src(
    "J3-kishida-20131102-rus-2p2-1",
    "第1回日露外務・防衛閣僚協議(「2+2」) (Kishida office copy of MOFA summary)",
    "kishida.gr.jp (office site of Foreign Minister Kishida)",
    "2013-11-02",
    "day",
    "https://kishida.gr.jp/activity/479",
    kind="reproduction",
)
t(
    "R3-RUS-2P2-2013",
    "第1回日露外務・防衛閣僚協議（「2+2」）",
    "J3-kishida-20131102-rus-2p2-1",
    "11月2日,第1回日露外務・防衛閣僚協議(「2+2」)が開催されたところ,概要以下のとおり",
    "REPRODUCTION of the MOFA summary on the then Foreign Minister's own site (MOFA original not found in the stored corpus). MOFA page of the PM courtesy call (mofaj/kaidan/page4_000272.html, 平成25年11月2日) confirms that the 「2+2」 was held for the first time (「2+2」が初めて開催された).",
)

# ---- statements (SE Asia)
src(
    "J3-mofaj-20231216-mys-summit",
    "日・マレーシア首脳会談 (2023年12月16日)",
    MOFA,
    "2023-12-16",
    "day",
    "https://www.mofa.go.jp/mofaj/s_sa/sea2/my/pageit_000001_00097.html",
)
t(
    "B-MYS-CSP-2023",
    "日・マレーシア共同声明（「包括的・戦略的パートナーシップ」）",
    "J3-mofaj-20231216-mys-summit",
    "なお、会談終了後、両首脳は、日・マレーシア共同声明(「包括的・戦略的パートナーシップ」)を発出しました",
    "MOFA summit summary (page heading 日・マレーシア首脳会談). The World and Japan Database (ioc.u-tokyo.ac.jp/~worldjpn/documents/texts/JPSEA/20231216.D2J.html, 出典 外務省, 仮訳) titles the text 「包括的・戦略的パートナーシップに関する日・マレーシア共同声明」 - the two forms differ; the MOFA page form is used.",
)
src(
    "J3-mofaj-20231127-vnm-summit",
    "日・ベトナム首脳会談 (2023年11月27日)",
    MOFA,
    "2023-11-27",
    "day",
    "https://www.mofa.go.jp/mofaj/s_sa/sea1/vn/pageit_000001_00004.html",
)
t(
    "B-VNM-CSP-2023",
    "日越共同声明",
    "J3-mofaj-20231127-vnm-summit",
    "会談後、両首脳は、日越共同声明を発出し、両国のパートナーシップを「アジアと世界における平和と繁栄のための包括的戦略的パートナーシップ」に格上げすることを発表するとともに",
    "MOFA summit summary (heading 日・ベトナム首脳会談) names the document only as 日越共同声明; the partnership name in Japanese is 「アジアと世界における平和と繁栄のための包括的戦略的パートナーシップ」. A longer Japanese title of the statement itself was not seen on a MOFA page.",
)
src(
    "J3-worldjpn-20221117-tha-csp",
    "包括的戦略的パートナーシップへの関係格上げに関するタイ王国政府と日本国政府との間の共同声明",
    "The World and Japan Database (GRIPS / University of Tokyo), source MOFA",
    "2022-11-17",
    "day",
    "https://worldjpn.net/documents/texts/JPSEA/20221117.D2J.html",
    kind="academic",
)
t(
    "B-THA-CSP-2022",
    "包括的戦略的パートナーシップへの関係格上げに関するタイ王国政府と日本国政府との間の共同声明",
    "J3-worldjpn-20221117-tha-csp",
    "[文書名] 包括的戦略的パートナーシップへの関係格上げに関するタイ王国政府と日本国政府との間の共同声明 [場所] バンコク [年月日] 2022年11月17日 [出典] 外務省",
    "DATE DISAGREEMENT: the record dates the elevation to the Kishida-Prayut summit of 2022-05-02, but this joint statement (MOFA text via the World and Japan Database; academic reproduction) is dated 17 November 2022 (APEC, Bangkok) and refers back to the May visit; MOFA summit summaries reposted by news sites say the two leaders agreed on the upgrade on 17 Nov 2022. Check the record date. MOFA page of 2024-12-05 (s_sa/sea1/th/pageit_000001_01327.html) says 2022年に「包括的戦略的パートナーシップ」へ格上げ.",
)
src(
    "J3-govbase-mofaj-20230210-phl-fm-lunch",
    "日・フィリピン外相ワーキング・ランチ (MOFA 新着情報 2023-02-10, mirrored)",
    "gov-base.info (mirror of MOFA 新着情報)",
    "2023-02-10",
    "day",
    "https://gov-base.info/2023/02/11/183059",
    kind="reproduction",
)
t(
    "B-PHL-JS-2023",
    "日・フィリピン共同声明",
    "J3-govbase-mofaj-20230210-phl-fm-lunch",
    "昨9日の日・フィリピン首脳会談や日・フィリピン共同声明を踏まえ、今後の協力の方向性に関して意見交換したい旨述べました",
    "REPRODUCTION ONLY: gov-base.info mirror of the MOFA release of 令和5年2月10日 (the MOFA original was not found in the stored corpus); a later mirrored MOFA release (2023-05-16, gov-base.info/2023/05/17/192096) also writes 「日・フィリピン共同声明」. The statement has no subtitle in these texts.",
)

t(
    "B-CAN-JD-2010",
    "政治、平和及び安全保障協力に関する日加共同宣言",
    "J3-mofaj-20110829-can-2p2v-1",
    "昨年11月の横浜APECの際に行われた日カナダ首脳会談において署名された「政治、平和及び安全保障協力に関する日加共同宣言」において創設が決定されたものです",
    "Title as MOFA cites it in the release on the 1st vice-ministerial 2+2 (平成23年8月29日); confirms signature at the Japan-Canada summit during APEC Yokohama, November 2010.",
)
# ---- EU / NATO
src(
    "J3-mofaj-20241101-eu-fm-strategic-dialogue",
    "第1回日・EU外相戦略対話",
    MOFA,
    "2024-11-01",
    "day",
    "https://www.mofa.go.jp/mofaj/press/release/pressit_000001_01349.html",
)
t(
    "A-EUU-SDP-2024",
    "日・EU安全保障・防衛パートナーシップ",
    "J3-mofaj-20241101-eu-fm-strategic-dialogue",
    "共同記者発表を行い、日・EU安全保障・防衛パートナーシップを公表しました",
    "MOFA press release 第1回日・EU外相戦略対話 (令和6年11月1日): published on that day in Tokyo (Iwaya-Borrell).",
)
t(
    "A-EUU-SPA",
    "日・EU戦略的パートナーシップ協定",
    "J3-mofaj-20241101-eu-fm-strategic-dialogue",
    "外相戦略対話に先立ち、日・EU戦略的パートナーシップ協定の批准書等の交換を行ったほか",
    "SHORT FORM: MOFA short title (the same page also writes 日・EU戦略的パートナーシップ協定(SPA)). The formal treaty title was not seen on a page read in this session. Note: this 2024-11-01 exchange of instruments is for the SPA, which was signed 2018-07-17 (record date).",
)
src(
    "J3-mofaj-20230712-nato-itpp",
    "岸田総理大臣とストルテンベルグNATO事務総長との共同記者発表及び会談",
    MOFA,
    "2023-07-12",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/ep/page7_000043.html",
)
t(
    "A-NATO-ITPP-2023",
    "国別適合パートナーシップ計画（ITPP）",
    "J3-mofaj-20230712-nato-itpp",
    "日NATO協力に関する新たな計画である「国別適合パートナーシップ計画(ITPP)」が合意に至ったことを歓迎しました",
    "MOFA page dated 令和5年7月12日 (Vilnius). A 2024 MOFA page (erp/ep/page6_000806_00001.html) glosses ITPP: Individually Tailored Partnership Programme(国別適合パートナーシップ計画).",
)
src(
    "J3-mofaj-20170706-nato-abe-stoltenberg",
    "安倍総理大臣のストルテンベルグNATO事務総長との会談",
    MOFA,
    "2017-07-06",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/ep/page1_000350.html",
)
t(
    "A-NATO-IPCP-2014",
    "日NATO国別パートナーシップ協力計画（IPCP）",
    "J3-mofaj-20170706-nato-abe-stoltenberg",
    "3年前に合意した「日NATO国別パートナーシップ協力計画(IPCP)」に基づき",
    "MOFA page on the 2017 Abe-Stoltenberg meeting (page heading; date 7月6日 in text, year from context 3年前 = 2014). Spelling varies: MOFA 2020 release (mirrored by gov-base.info) writes 国別パートナーシップ協力計画(IPCP) and says IPCPは2014年5月にはじめて策定され; news (Jiji 2022) writes 日・NATO国別パートナーシップ協力計画.",
)

src(
    "J3-mofaj-20150525-mys-summit",
    "日・マレーシア首脳会談 (平成27年5月25日)",
    MOFA,
    "2015-05-25",
    "day",
    "https://www.mofa.go.jp/mofaj/s_sa/sea2/my/page4_001219.html",
)
t(
    "B-MYS-SP-2015",
    "戦略的パートナーシップについての日マレーシア共同声明",
    "J3-mofaj-20150525-mys-summit",
    "両首脳は,会談後,「戦略的パートナーシップについての日マレーシア共同声明」骨子(PDF)",
    "MOFA summit summary (heading 日・マレーシア首脳会談, 平成27年5月25日); the stored text runs the link labels together (骨子(PDF)…仮訳…英文).",
)
# ---- Poland
src(
    "J3-mofaj-20050114-pol-press-release",
    "共同プレスリリース 2003年8月に発出された「日本国とポーランド共和国の戦略的パートナーシップに向けた共同声明」に基づく協力の具体的成果及び将来の協力見通し(仮訳)",
    MOFA,
    "2005-01-14",
    "day",
    "https://www.mofa.go.jp/mofaj/kaidan/yojin/arc_05/poland_kpr.html",
)
t(
    "B-POL-JS-2003",
    "日本国とポーランド共和国の戦略的パートナーシップに向けた共同声明",
    "J3-mofaj-20050114-pol-press-release",
    "2003年8月に発出された「日本国とポーランド共和国の戦略的パートナーシップに向けた共同声明」に基づく協力の具体的成果及び将来の協力見通し(仮訳)",
    "Title as cited in the MOFA joint press release of 2005-01-14. The Embassy of Japan in Poland text page (pl.emb-japan.go.jp/relations/j_koizumi_jp.htm) heads the statement 「戦略的パートナーシップに向けた共同声明」 (signed 2003-08-19, Warsaw).",
)
src(
    "J3-mofaj-20190424-pol-summit-dinner",
    "日・ポーランド首脳会談(夕食会) (2019年4月24日)",
    MOFA,
    "2019-04-24",
    "day",
    "https://www.mofa.go.jp/mofaj/erp/c_see/pl/page6_000296.html",
)
t(
    "B-POL-AP-2017",
    "戦略的パートナーシップに関する行動計画",
    "J3-mofaj-20190424-pol-summit-dinner",
    "両首脳は「戦略的パートナーシップに関する行動計画」に沿って,様々な分野で協力が進展していることを確認し",
    "MOFA summary of the 2019 Abe-Morawiecki dinner (year from the 100th-anniversary context; source date from the text 4月24日). Other MOFA wordings: 2017年5月には行動計画に署名 (FM meeting 2018-07-06, page4_004182) and 2017~2020年の戦略的パートナーシップの行動計画 (summit 2020-01-21, page1_000994). The full Japanese title of the 2017 plan was not seen; its 2025 successor is 「2025年から2029年までの日本国政府とポーランド共和国政府との間の戦略的パートナーシップの実施のための行動計画」 (MOFA pressit_000001_01826).",
)

src(
    "J3-mod-20180115-esp-js",
    "日本国防衛省とスペイン王国国防省との防衛協力に関する共同プレス声明(仮訳)",
    MOD,
    "2018-01-15",
    "day",
    "https://www.mod.go.jp/j/approach/exchange/area/docs/2018/01/15_j-sp_js_j.html",
)
t(
    "B-ESP-DEFJPS-2018",
    "日本国防衛省とスペイン王国国防省との防衛協力に関する共同プレス声明",
    "J3-mod-20180115-esp-js",
    "日本国防衛省とスペイン王国国防省との防衛協力に関する共同プレス声明(仮訳) 平成30年1月15日 防衛省",
    "MOD page heading (provisional translation), dated 平成30年1月15日.",
)
src(
    "J3-mod-20141104-esp-defmin",
    "日スペイン防衛相会談(概要) (平成26年11月4日)",
    MOD,
    "2014-11-04",
    "day",
    "https://www.mod.go.jp/j/approach/exchange/area/euro/spain/docs/20141104_j-spa_gaiyo.html",
)
t(
    "B-ESP-MOU-2014",
    "日スペイン防衛協力・交流に関する覚書",
    "J3-mod-20141104-esp-defmin",
    "日スペイン防衛協力・交流に関する覚書への署名を歓迎した",
    "SHORT FORM used by MOD (defence ministers meeting of 平成26年11月4日, where the MOU was signed - this gives the day 2014-11-04; the record has year precision). The 2018 MOD joint press statement (J3-mod-20180115-esp-js) cites it as 「2014年に署名された日本国国防省とスペイン王国国防省との間の防衛協力・交流に関する覚書」 (国防省 for 防衛省 is as printed in the provisional translation); the formal heading of the MOU itself was not seen.",
)
src(
    "J3-mofaj-20090420-vnm-js",
    "アジアにおける平和と繁栄のための戦略的パートナーシップに関する日本ベトナム共同声明",
    MOFA,
    "2009-04-20",
    "day",
    "https://www.mofa.go.jp/mofaj/area/vietnam/visit/0904_ks.html",
)
t(
    "B-VNM-SP-2009",
    "アジアにおける平和と繁栄のための戦略的パートナーシップに関する日本ベトナム共同声明",
    "J3-mofaj-20090420-vnm-js",
    "アジアにおける平和と繁栄のための 戦略的パートナーシップに関する日本ベトナム共同声明",
    "MOFA text page heading (line break after のための in the stored page rendered as a space). Nong Duc Manh official visit 19-22 April 2009; talks on 20 April.",
)

src(
    "J3-mofaj-20120307-tha-summit",
    "日・タイ首脳会談・総理主催夕食会(概要) (平成24年3月7日)",
    MOFA,
    "2012-03-07",
    "day",
    "https://www.mofa.go.jp/mofaj/kaidan/s_noda/1203_thai.html",
)
t(
    "B-THA-SP-2012",
    "恒久的な友情の絆に基づく戦略的パートナーシップに関する日タイ共同声明",
    "J3-mofaj-20120307-tha-summit",
    "今次インラック首相の来日にあたり、「恒久的な友情の絆に基づく戦略的パートナーシップに関する日タイ共同声明」を発出しました",
    "MOFA summary dated 平成24年3月7日 (Noda-Yingluck, Tokyo): this gives the day 2012-03-07 (record has month precision). Same title in MOFA 公式実務訪問(概要と評価) page of 平成24年3月12日 (area/thailand/visit/1203_gai.html).",
)
src(
    "J3-kantei-20230112-can-press",
    "日・カナダ共同記者会見 (岸田総理冒頭発言, 2023年1月12日)",
    "Prime Minister's Office of Japan (Kantei)",
    "2023-01-12",
    "day",
    "https://kantei.go.jp/jp/101_kishida/statement/2023/0112kaiken.html",
)
t(
    "B-CAN-AP-2022",
    "自由で開かれたインド太平洋に資する日加アクションプラン",
    "J3-kantei-20230112-can-press",
    "昨年10月発表の「自由で開かれたインド太平洋に資する日加アクションプラン」と軌を一にするものです",
    "Kantei text of PM Kishida's opening remarks (Ottawa, 2023-01-12); confirms the plan was announced in October 2022. JETRO (2022-10-13) reports the FMs agreed it on 11 October in Tokyo.",
)
src(
    "J3-mod-20190603-can-js",
    "日本国防衛省とカナダ国防省との防衛協力に関する共同声明(仮訳)",
    MOD,
    "2019-06-03",
    "day",
    "https://www.mod.go.jp/j/approach/exchange/area/docs/2019/06/03_j-ca_js_j.html",
)
t(
    "B-CAN-DEFJS-2019",
    "日本国防衛省とカナダ国防省との防衛協力に関する共同声明",
    "J3-mod-20190603-can-js",
    "日本国防衛省とカナダ国防省との防衛協力に関する共同声明(仮訳) 英語版/English 令和元年6月3日 防衛省",
    "MOD page heading (provisional translation). The same text cites the 2010 declaration as 「政治・平和及び安全保障協力に関する日加共同宣言」 (with ・), whereas MOFA 2011 writes 「政治、平和及び安全保障協力に関する日加共同宣言」 (see B-CAN-JD-2010).",
)

src(
    "J3-mofaj-20131011-nzl-speaker",
    "岸田外務大臣とデービッド・カーター・ニュージーランド国会議長との会談(概要)",
    MOFA,
    "2013-10-11",
    "day",
    "https://www.mofa.go.jp/mofaj/press/release/press1_000012.html",
)
t(
    "R3-NZL-SCP-2013",
    "オークランド声明",
    "J3-mofaj-20131011-nzl-speaker",
    "本年6月の日・ニュージーランド外相会談で発出した「オークランド声明」を踏まえ、今後も「戦略的協力パートナー」として",
    "MOFA press release of 平成25年10月11日. The MOFA visit summary of 平成25年6月9日 (seen only as an archived copy on megalodon.jp of mofaj/area/page3_000231.html) says the FMs raised relations to 「戦略的協力パートナーシップ」 and issued the 「オークランド声明」 at the joint press conference in Auckland on 9 June.",
)

src(
    "J3-mod-20241008-usa-dicas-2",
    "第二回日米防衛産業協力・取得・維持整備定期協議(DICAS)の開催",
    MOD,
    "2024-10-08",
    "day",
    "https://www.mod.go.jp/j/approach/anpo/2024/1007_usa-j.html",
)
t(
    "R4-AGR-USA-SOSA-2023",
    "日米の防衛装備品等の供給の安定化に係る取決め（SoSA）",
    "J3-mod-20241008-usa-dicas-2",
    "日米双方のサプライチェーン強靭化を可能にするツールとして、「日米の防衛装備品等の供給の安定化に係る取決め(SoSA)」を活用する重要性を強調した",
    "Name as MOD cites it (DICAS 2nd meeting release, 令和6年10月8日); MOD writes SoSA (lower-case o). The MOD release announcing the 2023-01-12 signature was not found in the stored corpus.",
)

src(
    "J3-mod-20240515-usa-gpi-pa",
    "GPI日米共同開発に関するプロジェクト取決めの署名について",
    MOD,
    "2024-05-15",
    "day",
    "https://www.mod.go.jp/j/approach/anpo/2024/0515a_usa-j.html",
)
t(
    "R4-AGR-USA-GPI-2024",
    "GPIの日米共同開発に関するプロジェクト取決め",
    "J3-mod-20240515-usa-gpi-pa",
    "本日防衛省にて、GPIの日米共同開発に関するプロジェクト取決め(PA: Project Arrangement)に署名しましたのでお知らせします。",
    "MOD release (令和6年5月15日), heading GPI日米共同開発に関するプロジェクト取決めの署名について; GPI = Glide Phase Interceptor:滑空段階迎撃用誘導弾.",
)
src(
    "J3-funeco-20240123-aus-uuv",
    "防衛省、豪州国防省と水中自律型無人機の共同研究に関する事業取決めに署名 (funeco)",
    "funeco.jp (news site)",
    "2024-01-23",
    "day",
    "https://funeco.jp/news/news-22676",
    kind="news",
)
t(
    "R4-AGR-AUS-UUV-2024",
    "水中自律型無人機に関する日豪共同研究",
    "J3-funeco-20240123-aus-uuv",
    "防衛省は2024年1月23日(火)、オーストラリア国防省と「水中自律型無人機に関する日豪共同研究」に関する事業取決めの署名を行ったと公表した",
    "NEWS SOURCE ONLY: project name as quoted from the MOD release by a news site (the page cites the MOD release title 防衛省及び豪州国防省による「水中自律型無人機に関する 日豪共同研究」に関する事業取決めの署名について); the MOD original was not found. aviationwire.jp writes 「水中自律型無人機に関する共同研究」.",
)
src(
    "J3-economic-20170106-fra-mcm",
    "日仏防衛相会談 稲田防衛大臣臨時記者会見 (Economic News)",
    "economic.jp (Economic News)",
    "2017-01-06",
    "day",
    "http://economic.jp/?p=70325",
    kind="news",
)
t(
    "R4-AGR-FRA-MCM-2017",
    "次世代機雷探知技術に関する共同研究",
    "J3-economic-20170106-fra-mcm",
    "「防衛装備・技術分野における初の具体的協力案件として『次世代機雷探知技術に関する共同研究について具体化していくこと』を確認した」と語った",
    "NEWS SOURCE ONLY: project name as quoted by Economic News from Defence Minister Inada's press conference after the 2017-01-06 Paris meeting (Asahi via kantsuu.com says 機雷の探知技術を共同研究することで一致). The project name is not a treaty title; no MOD/ATLA page with it was found.",
)
src(
    "J3-mod-20220120-fra-2p2-6-js",
    "第6回日仏外務・防衛閣僚会合 共同声明(オンライン形式)",
    MOD,
    "2022-01-20",
    "day",
    "https://www.mod.go.jp/j/approach/exchange/area/2022/20220120_fra-j_b.html",
)
t(
    "A-FRA-2P2-2022",
    "第6回日仏外務・防衛閣僚会合",
    "J3-mod-20220120-fra-2p2-6-js",
    "2022年1月20日、オンライン形式にて第6回日仏外務・防衛閣僚会合(以下「2+2」という。)を開催した",
    "MOD page of the joint statement (heading 第6回日仏外務・防衛閣僚会合 共同声明(オンライン形式), 2022年1月20日). The 「2+2」 tag is given as an abbreviation in the text, not in the name, so title_ja omits it (other rounds: 第5回/第7回日仏外務・防衛閣僚会合(「2+2」)).",
)
src(
    "J3-mofaj-20210330-idn-2p2-2",
    "第2回日インドネシア外務・防衛閣僚会合(「2+2」)",
    MOFA,
    "2021-03-30",
    "day",
    "https://www.mofa.go.jp/mofaj/press/release/press4_009033.html",
)
t(
    "B-IDN-2P2-2",
    "第2回日インドネシア外務・防衛閣僚会合（「2+2」）",
    "J3-mofaj-20210330-idn-2p2-2",
    "第2回日インドネシア外務・防衛閣僚会合(「2+2」) 令和3年3月30日",
    "MOFA press release heading (no 中黒 after 日, unlike B-IDN-2P2-3). MOD page of the same day (approach/exchange/area/2021/20210330a_idn-j.html) writes 第2回日・インドネシア外務・防衛閣僚会合 without the 「2+2」 tag.",
)

src(
    "J3-mofaj-20000823-ind-summit",
    "日印首脳会談(概要) 平成12年8月23日",
    MOFA,
    "2000-08-23",
    "day",
    "https://www.mofa.go.jp/mofaj/kaidan/kiroku/s_mori/arc_00/asia4_00/n_i.html",
)
t(
    "R3-IND-GP-2000",
    "21世紀における日印グローバル・パートナーシップ",
    "J3-mofaj-20000823-ind-summit",
    "21世紀に向けて印と広範な分野における多面的な協力関係を作っていきたく、この関係を「21世紀における日印グローバル・パートナーシップ」と称したいと述べ、「ヴァ」首相の賛同を得た",
    "MOFA archive summary of the Mori-Vajpayee summit (平成12年8月23日, New Delhi). Later MOFA texts shorten it to 「日印グローバル・パートナーシップ」 (e.g. Koizumi-Singh summit 2004-11-29: 2000年8月に両国首脳間で合意された「日印グローバル・パートナーシップ」).",
)

src(
    "J3-jdefense-20240601-kor-jps",
    "シンガポールで日韓防衛相が会談、共同声明を公表(6月1日) (reproduces MOD release)",
    "Jディフェンスニュース (イカロス出版), reproducing 防衛省 release",
    "2024-06-03",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/000623.html",
    kind="reproduction",
)
t(
    "B-KOR-RADAR-2024",
    "日韓防衛相共同プレスステートメント",
    "J3-jdefense-20240601-kor-jps",
    "原文はこちらのとおり。 日韓防衛相共同プレスステートメント 1 木原稔日本国防衛大臣と申源湜(シン・ウォンシク)韓国国防部長官は",
    "REPRODUCTION ONLY: J-Defense reproduces the MOD release of 令和6年6月1日 (MOD original not found in the stored corpus). NOTE: the same page says a separate document was exchanged to deal with incidents like the December 2018 radar case (レーダー照射事案のような問題に適切に対応するための文書も取り交わされた); if the record is meant to be that document rather than the joint press statement, its Japanese title was not found.",
)
src(
    "J3-jdefense-20241204-swe-summit",
    "石破総理大臣、スウェーデン王国首相との首脳会談およびワーキング・ディナーを実施(12月4日) (reproduces MOFA release)",
    "Jディフェンスニュース (イカロス出版), reproducing 外務省 release",
    "2024-12-06",
    "day",
    "https://j-defense.ikaros.jp/docs/mod/002256.html",
    kind="reproduction",
)
t(
    "R3-SWE-SP-2024",
    "日本国政府とスウェーデン王国政府との間の戦略的パートナーシップに関する共同声明",
    "J3-jdefense-20241204-swe-summit",
    "また、両首脳は、日本国政府とスウェーデン王国政府との間の戦略的パートナーシップに関する共同声明を発出しました。",
    "REPRODUCTION ONLY: J-Defense reproduces verbatim the MOFA release 日・スウェーデン首脳会談及びワーキング・ディナー (令和6年12月4日); MOFA original not found in the stored corpus.",
)
