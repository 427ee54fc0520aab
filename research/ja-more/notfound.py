NF = {
    # equipment transfer
    "B-PHL-DETT-2016": "Searched (pages, find_string): no MOFA/MOD page in the stored corpus; only news (Bloomberg: 防衛装備品および技術移転に関する協定) and the aggregator portal-worlds.com quoting 「防衛装備品及び技術の移転に関する日本国政府とフィリピン共和国政府との間の協定」 (not official; same as J1).",
    "B-MYS-DETT-2018": "Searched: only portal-worlds.com (aggregator) quoting 「防衛装備品及び技術の移転に関する日本国政府とマレーシア政府との間の協定」 and WING (防衛装備品・技術移転協定). No official page.",
    "B-VNM-DETT-2021": "Searched (pages + find_string 「技術の移転に関する日本国政府とベトナム」: 0 hits): only news/aggregators (portal-worlds 日・ベトナム防衛装備品・技術移転協定; Yomiuri 防衛装備品・技術移転協定).",
    "B-IDN-DETT-2021": "Searched: MOFA/MOD pages seen give only 防衛装備品・技術移転協定 (MOD 2+2 press conference 2021-03-30); news (WING, Asahi) likewise. Formal title not seen.",
    "B-THA-DETT-2022": "Searched twice: news only (Sankei, Asagumo: 「防衛装備品・技術移転協定」; portal-worlds: 「日タイ防衛装備品・技術移転協定」). MOFA Thailand basic-data page is stored but the excerpt does not reach the treaty list.",
    "B-SWE-DETT-2022": "Not found: news only (Sputnik: 「防衛装備品・技術移転協定」). J1 found the MOFA short form 日・スウェーデン防衛装備品・技術移転協定 via a mirror.",
    "A-DEU-EQUIP": "Searched again: only a 5ch copy of the MOFA release (mofaj/erp/c_see/de/page22_002828.html, 2017-07-18) printing 『防衛装備品及び技術の移転に関する日本政府とドイツ連邦共和国政府との間の協定』 (日本政府 - probably a transcription slip for 日本国政府); forum copies are not usable. Asahi (2017-07-19) notes the signature was initially not announced at Germany's request.",
    "B-CAN-ETTA-2026": "Searched: news only (kabunews, novaist: 「防衛装備品・技術移転協定」/防衛装備移転協定; signed 2026-01-27 in Ottawa by Ambassador Yamanouchi and Defence Minister McGuinty). No MOFA page in the stored corpus.",
    "R4-AGR-USA-SM3-IMPL-2012": "Not searched again (J1: no formal Japanese title published; MOD release 2012-06-15 only describes an 実施覚書).",
    # ACSA / RAA
    "A-GBR-ACSA": "Searched twice (Japanese title text; bilingual English/Japanese treaty-page wording): the MOFA treaty page is not in the stored corpus (cf. AUS ACSA page A-H29-005 which is). Only the short form 日・英物品役務相互提供協定(日英ACSA) (expydoc mirror of MOFA PDF). A blog notes it was promulgated as 平成29年8月18日条約28号.",
    "B-NLD-ACSA-2025": "Searched twice (短縮形 and full-pattern title): nothing on the Japan-Netherlands ACSA in the stored corpus.",
    "A-FRA-RAA": "No agreement signed (negotiations only), so no title exists; the MOD/MOFA pages seen speak of 円滑化協定 negotiations (e.g. 防衛日報 2022-01-28: 「円滑化協定」の締結も視野に).",
    # 2+2
    "A-USA-SCC-2022": "Searched twice: only a Hatena bookmark quoting the MOFA provisional translation (…バーチャル形式で日米安全保障協議委員会を開催した, 令和4年1月7日) and Sputnik quoting a MOFA announcement (日米安全保障協議委員会(「2+2」)を開催する予定). No MOFA/MOD page in the stored corpus.",
    "A-USA-SCC-1995": "Searched twice: no MOFA/MOD page on the 27 Sep 1995 SCC in the stored corpus (MOD kyougi/ pages found cover 1996-12, 1997-09, 1998-01 only).",
    # statements
    "AGR-ITA-2023-STRATEGIC": "Searched: only news (Epoch Times/Reuters: 戦略的パートナーシップのレベルに高めることで合意). No MOFA page with a document title (J2 also searched twice).",
    "R3-ITA-SSP-2026": "Searched: LDP site (jimin.jp, party) says 日・イタリア共同声明を発出 and 『特別な戦略的パートナー』; news says 「特別な戦略的パートナーシップ」. No MOFA/Kantei page with the statement title.",
    "B-IDN-CSP-2023": "Searched three times: MOFA pages from 2024-25 call Indonesia a 「包括的・戦略的パートナー」, but no page naming the 2023 joint statement was found.",
    "R3-PHL-CSP-2026": "Searched once: no MOFA/Kantei page on the May 2026 Takaichi-Marcos statement in the stored corpus.",
    "R3-CAN-CSP-2026": "Searched twice: news only (Jiji/nippon.com: 日加共同声明; Yomiuri: 「包括的戦略的パートナーシップ」 and 「包括的戦略的ロードマップ」). No MOFA/Kantei page.",
    "R3-NOR-SP-2023": "Searched twice: NHK and others only; a MOFA page of 2024-06-17 says 昨年12月に日・ノルウェー関係を戦略的パートナーシップに格上げ but does not name the joint statement.",
    "B-POL-SP-2015": "MOFA summary of the 2015-02-27 Abe-Komorowski summit found (mofaj/erp/c_see/pl/page4_001020.html: 両国関係を戦略的次元に格上げしたい) but no document title in the stored excerpt; embassy letter says 「戦略的パートナーシップ」の次元に格上げ. Not recorded (a relationship name, not a document title).",
    # other
    "B-SWE-MOU-2013": "Searched: only the Swedish-language page of the Embassy of Japan in Sweden (20 Dec 2013) - no Japanese title found.",
    "B-VNM-MOU-2011": "Searched: news only (viet-jo: 「日越防衛協力・交流に関する覚書」; Asahi via a forum: 「防衛協力・交流に関する覚書」, signed 2011-10-24). No MOD page.",
    "B-IND-MOU-2014": "Searched once: no MOD/MOFA page naming the 2014 memorandum in the stored corpus.",
    "B-PHL-MOU-2015": "Searched once: no MOD/MOFA page naming the 2015 memorandum in the stored corpus.",
    "R2-USA-ISA-EON-2018-E767": "Not searched again (J1: formal 交換公文 title not seen; only a descriptive title in a gov-base mirror).",
    "R4-AGR-USA-RDTE-MOU-2023": "Searched once: English/DoD-based reports only; no Japanese title of the RDT&E MOU found (MOFA 2022-01-07 release concerns a different 書簡の交換 on 共同研究、共同開発、共同生産等).",
    "R4-AGR-USA-DICAS-TOR-2024": "Forum name found (MOD 2024-10-08: 日米防衛産業協力・取得・維持整備定期協議(DICAS)) but no Japanese title of the Terms of Reference document; not recorded.",
    # co-development / joint research
    "R4-AGR-USA-COPROD-2024": "Not a single document; MOD DICAS release (2024-10-08) speaks of AIM-120(AMRAAM)の共同生産 feasibility study and PAC-3(MSE)の共同生産; no title to record.",
    "R4-AGR-GBR-FCAS-MOC-2021": "Searched once: only forum posts quoting ATLA (令和3年12月に「次期戦闘機(F-X)に係る国際協力について」を公表, エンジンの共同実証事業); no Japanese title of the memorandum of cooperation found.",
    "R4-AGR-AUS-MOGAMI-2026": "Not searched (commercial contracts, not an intergovernmental instrument with a Japanese title).",
    "R4-AGR-IND-UNICORN-2024": "Searched: MOD release (reproduced by J-Defense, 2024-11-15) says インド海軍に対するユニコーンの移転に関して同協定に基づく細目取極に署名 - i.e. Japan describes it as a transfer (移転) MOI under the DETT agreement, not co-development; no formal title given. Not recorded. DISAGREEMENT: Indian side/The Hindu call it co-development.",
    "R4-AGR-GBR-JAGUAR-2022": "Searched once: news only (Epoch Times: 次世代RFセンサシステム「JAGUAR(ジャガー)」の技術実証の共同研究に関する取り決め; Yahoo expert article). No MOD/ATLA page with the exact project name.",
    "R4-AGR-AUS-HYDRO-2015": "Not found: MOD White Paper 2024 names the 2021 follow-on 「船舶の流体性能及び流体音響性能に係る日豪共同研究」 (already in titles_ja as R4-AGR-AUS-HYDRO2-2021) but the 2015 project name was not seen.",
    "R4-AGR-IND-UGV-2018": "Not searched (budget).",
    "R4-AGR-FRA-MCM2-2020": "Not searched (budget).",
}
