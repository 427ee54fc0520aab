# builds titles_ja.csv, sources.csv, not_found.csv from the lists below (helper J1)
import csv, os
D=os.path.dirname(os.path.abspath(__file__))
ACC='2026-12-05'
MOFA='外務省 (Ministry of Foreign Affairs of Japan)'
MOD='防衛省 (Ministry of Defense of Japan)'
# new sources: id,title,publisher,author,published,precision,url,kind
S=[
('J1-mofaj-20170522-ita-pinotti','岸田外務大臣とピノッティ・イタリア国防大臣との会談',MOFA,'','2017-05-22','day','https://www.mofa.go.jp/mofaj/press/release/press4_004642.html','official'),
('J1-mofaj-20140708-aus-equip-sign','防衛装備品及び技術の移転に関する日本国政府とオーストラリア政府との間の協定の署名',MOFA,'','2014-07-08','day','https://www.mofa.go.jp/mofaj/press/release/press4_001041.html','official'),
('J1-govbase-mofaj-20230915-gbr-raa-eif','日・英部隊間協力円滑化協定の効力発生のための外交上の公文の交換 (MOFA new-arrivals item, reproduced)','外務省 (Ministry of Foreign Affairs of Japan), reproduced by gov-base.info','','2023-09-15','day','https://gov-base.info/2023/09/16/202462','reproduction'),
('J1-mofaj-20251007-phl-raa-jc','日・フィリピン部隊間協力円滑化協定に基づく合同委員会会合の実施等',MOFA,'','2025-10-07','day','https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02820.html','official'),
('J1-jdefense-20260119-phl-acsa','日比ACSA(物品役務相互提供協定)に署名 自衛隊とフィリピン軍の連携を円滑化(1月15日)','J-Defense News (quoting MOFA)','','2026-01-19','day','https://j-defense.ikaros.jp/docs/mod/004516.html','news'),
('J1-mofaj-20170115-aus-abe-visit','安倍総理大臣のオーストラリア訪問',MOFA,'','2017-01-15','day','https://www.mofa.go.jp/mofaj/a_o/ocn/au/page16_000012.html','official'),
('J1-mofaj-20180422-can-fmm-acsa','日・カナダ外相会談(日・加ACSA署名)',MOFA,'','2018-04-22','day','https://www.mofa.go.jp/mofaj/na/na1/ca/page1_000508.html','official'),
('J1-mamastar-mofaj-20200910-ind-acsa','日・インド物品役務相互提供協定(日印ACSA)の署名 (MOFA press release press4_008742, reposted on a forum)','外務省 (Ministry of Foreign Affairs of Japan), reposted on mamastar.jp','','2020-09-10','day','https://mamastar.jp/bbs/topic/3684864?sortType=photo_new','reproduction'),
('J1-mofaj-20240129-deu-acsa-sign','日・独物品役務相互提供協定(日独ACSA)への署名',MOFA,'','2024-01-29','day','https://www.mofa.go.jp/mofaj/press/release/pressit_000001_00269.html','official'),
('J1-8and-20241126-ita-acsa','日伊ACSA署名 (8and.jp)','8and.jp','','2024-11-26','day','https://8and.jp/2024/11/26/japan-italy-acsa-signed/','news'),
('J1-jdefense-20250812-ita-acsa-eif','外務省、日伊の物品役務相互提供協定(日伊ACSA)の9月5日発効を発表(8月6日)','J-Defense News (quoting MOFA)','','2025-08-12','day','https://j-defense.ikaros.jp/docs/mod/003652.html','news'),
('J1-mofaj-20070810-usa-gsomia','秘密軍事情報の保護のための秘密保持の措置に関する日本国政府とアメリカ合衆国政府との間の協定の署名・締結について',MOFA,'','2007-08-10','day','http://www.mofa.go.jp/mofaj/press/release/h19/8/1174843_810.html','official'),
('J1-mod-20161123-kor-gsomia','日韓秘密軍事情報保護協定の署名',MOD,'','2016-11-23','day','http://www.mod.go.jp/m/news/2016/11/23a.html','official'),
('J1-mofaj-20251219-nzl-acsa-isa','日・ニュージーランド物品役務相互提供協定(ACSA)及び日・ニュージーランド情報保護協定への署名',MOFA,'','2025-12-19','day','https://www.mofa.go.jp/mofaj/press/release/pressit_000001_03135.html','official'),
('J1-mofaj-bluebook1960-anpo','外交青書 昭和35年版 資料: 安全保障関係 (日本国とアメリカ合衆国との間の相互協力及び安全保障条約)',MOFA,'','1960','year','https://www.mofa.go.jp/mofaj/gaiko/bluebook/1960/s35-shiryou-001.htm','official'),
('J1-worldjpn-19540308-mda-ja','MSA協定(日本国とアメリカ合衆国との間の相互防衛援助協定) (Japanese text)','The World and Japan Database (GRIPS / University of Tokyo)','','1954-03-08','day','https://worldjpn.net/documents/texts/JPUS/19540308.T1J.html','academic'),
('J1-modwp1984-usa-armstech','防衛白書 昭和59年版 資料49 対米武器技術供与に関する交換公文(昭和58年11月8日署名)の概要',MOD,'','1984','year','http://www.clearing.mod.go.jp/hakusho_data/1984/w1984_9149.html','official'),
('J1-modwp2007-usa-armstech','防衛白書 平成19年版 第III部 5 装備・技術面での交流',MOD,'','2007','year','http://www.clearing.mod.go.jp/hakusho_data/2007/2007/html/j3235000.html','official'),
('J1-worldjpn-20041214-usa-bmd-eon','日本国とアメリカ合衆国との間の相互防衛援助協定に基づく弾道ミサイル防衛協力に関する交換公文(米国との弾道ミサイル防衛協力取極)','The World and Japan Database (GRIPS / University of Tokyo)','','2004-12-14','day','https://worldjpn.net/documents/texts/JPUS/20041214.O1J.html','academic'),
('J1-jdefense-20241213-mng-dett-sign','日本とモンゴルが防衛装備品・技術の移転協定に署名(12月11日)','J-Defense News (quoting MOFA)','','2024-12-13','day','https://j-defense.ikaros.jp/docs/mod/002302.html','news'),
('J1-govbase-mofaj-20221220-swe-fm-call','日・スウェーデン外相電話会談 (MOFA new-arrivals item, reproduced)','外務省 (Ministry of Foreign Affairs of Japan), reproduced by gov-base.info','','2022-12-20','day','https://www.gov-base.info/2022/12/21/178144','reproduction'),
('J1-modwp2019-aus','令和元年版防衛白書 第III部 2 各国との防衛協力・交流の推進 1 オーストラリア',MOD,'','2019','year','https://www.mod.go.jp/j/publication/wp/wp2019/html/n33102000.html','official'),
('J1-modwp2019-equip-europe','令和元年版防衛白書 第IV部 3 新たな防衛装備・技術協力の構築 1 欧州主要国との防衛装備・技術協力など',MOD,'','2019','year','http://www.clearing.mod.go.jp/hakusho_data/2019/html/n42503000.html','official'),
('J1-mofaj-treaty-nato-isa-text','情報及び資料の保護に関する日本国政府と北大西洋条約機構との間の協定 (treaty text)',MOFA,'','','','https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-H22-147.html','official'),
('J1-mofaj-treaty-fra-acsa-text','日本国の自衛隊とフランス共和国の軍隊との間における物品又は役務の相互の提供に関する日本国政府とフランス共和国政府との間の協定 (treaty text)',MOFA,'','','','https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-H31_R1-037.html','official'),
('J1-mofaj-20220106-aus-raa-sign','日豪首脳テレビ会談 (日豪円滑化協定署名式)',MOFA,'','2022-01-06','day','https://www.mofa.go.jp/mofaj/a_o/ocn/au/page4_005482.html','official'),
('J1-mod-20240728-usa-kor-tscf','日米韓防衛相会談について',MOD,'','2024-07-28','day','https://www.mod.go.jp/j/approach/anpo/2024/0728c_usa_kor-j.html','official'),
('J1-mod-20221209-gcap','次期戦闘機の共同開発について',MOD,'','2022-12-09','day','https://www.mod.go.jp/j/press/news/2022/12/09a.html','official'),
('J1-modwp2021-usa-equip','令和3年版防衛白書 第III部 2 能力発揮のための取組 1 防衛装備・技術協力',MOD,'','2021','year','https://www.mod.go.jp/j/publication/wp/wp2021/html/n320302000.html','official'),
('J1-jwing-2018-mys-mou','日マレーシア防衛相会談、防衛協力・交流の覚書署名 (WING)','WING (jwing.net)','','','','https://jwing.net/news/5005','news'),
]
# titles: agreement_id,title_ja,short_ja,source_id,locator,notes
T=[]
NF=[]
exec(open(os.path.join(D,'rows.py'),encoding='utf-8').read())
ids=[r[0] for r in T]; assert len(ids)==len(set(ids)), 'dup'
used={r[3] for r in T}
with open(os.path.join(D,'titles_ja.csv'),'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['agreement_id','title_ja','short_ja','source_id','locator','notes']); w.writerows(T)
with open(os.path.join(D,'not_found.csv'),'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['agreement_id','why']); w.writerows(NF)
with open(os.path.join(D,'sources.csv'),'w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(['source_id','title','publisher','author','published','published_precision','url','kind','accessed'])
    for s in S:
        w.writerow(list(s)+[ACC])
print(len(T),'titles',len(NF),'not_found',len(S),'sources')
