import csv, os
D='/work/research/series-s4'
ACC='2026-12-05'
def w(name, header, rows):
    with open(os.path.join(D,name),'w',newline='',encoding='utf-8') as f:
        wr=csv.writer(f); wr.writerow(header)
        for r in rows: wr.writerow(r)

series=[
 ['PITCH-BLACK','Pitch Black','air','biennial',2018,2026,'AUS',
  "RAAF-hosted biennial large-force air exercise (Darwin/Tindal, Northern Territory), even years. Japan is listed among the nations of PB18 (reported as participating; later reporting says Japan was to take part for the first time in 2020 and participated fully for the first time in 2022, so the 2018 role was observer-level); PB20 cancelled (COVID-19); JASDF F-2s in PB22 and PB24. Italian CSG and others also in PB24."],
 ['CHRISTMAS-DROP','Operation Christmas Drop','air','annual',2015,2026,'USA',
  "PACAF-led humanitarian airdrop training from Andersen AFB, Guam, to Micronesia, Palau and the Northern Marianas each December (since 1952). JASDF (1st Tactical Airlift Group, Komaki; C-130H) has taken part every year since 2015 (observer in 2013 per an ASDF note quoted in a video mirror, not verified). Japanese official name: Humanitarian Assistance and Disaster Relief Joint Exercise in Micronesia etc. (ミクロネシア等における人道支援・災害救援共同訓練); MOD 2015-2019 tables call it Japan-U.S.-Australia trilateral (HA/DR) training. Partners vary by year (RAAF, RNZAF, ROKAF from 2021, others). 2020 bilateral US-Japan only (COVID-19)."],
 ['BUSHIDO-GUARDIAN','Bushido Guardian','air','biennial',2019,2026,'JPN',
  "JASDF-hosted fighter exercise with the RAAF in Japan (Chitose/Misawa 2019, Komatsu 2023, Misawa 2025); described as biennial by Australian Defence (2023). First planned as Bushido Guardian 18 (5-30 Sep 2018) but called off after the 6 Sep 2018 Hokkaido earthquake and held a year later. 2025 edition trilateral with the USAF for the first time. No 2021 edition found."],
 ['SHINYUU-MAITRI','Shinyuu Maitri','air','irregular',2018,2026,'',
  "JASDF-Indian Air Force transport aircraft exercise (Shinyu Maitri; シンユウ・マイトゥリ). Agra Dec 2018 (JASDF C-2), Panagarh Oct 2019 (C-130H), Komatsu Mar 2023 (on the sidelines of Dharma Guardian; IAF C-17, JASDF C-2). Host alternates (India 2018-2019, Japan 2023); no edition after 2023 found in stored sources."],
 ['ANNUALEX','ANNUALEX','maritime','biennial',2011,2026,'JPN',
  "JMSDF-led field exercise (Self Defense Fleet's annual MSDF exercise, 海上自衛隊演習) with the US 7th Fleet, held in odd years since 2011 (even years: Keen Sword). US Navy names it Annual Exercise/AE with the US fiscal year (AE11 = Oct-Nov 2011; AE16 = Nov 2015). Multilateral since 2017 (Canada), with Australia and Canada from 2019, Germany 2021, Philippines observer 2023, France and New Zealand 2025. US 7th Fleet called it 'yearly' (2021) and 'biannual' [sic] (2023)."],
 ['NOBLE-RAVEN','Noble Raven','maritime','irregular',2022,2026,'',
  "Name used by the JMSDF for a set of 'Noble'-series multilateral surface drills, several per year when held: NR22 and NR22-2 (IPD22, with USN and Royal Canadian Navy), NR24 (with USN and RNZAF P-8A), NR24-2 (with USN near Guam), NR24-3 (with Australian, Italian, German and French navies, no US ships listed by JMSDF). No 2023 or 2025 iteration found. Organiser varies (US 7th Fleet 'Noble' naming; NR24-3 JMSDF-hosted), so led_by left blank."],
]
w('series.csv',['series_id','name','domain','cadence','from_year','to_year','led_by','notes'],series)

names=[
 ['ANNUALEX','Annual Exercise (AE11, AE16 ... US fiscal-year naming)',2011,2017],
 ['ANNUALEX','JMSDF Exercise / Maritime Self-Defense Force Exercise (海上自衛隊演習), FYxxxx',2011,2025],
 ['ANNUALEX','MSDF field training (Japan-U.S.-Australia-Canada multilateral training) (MOD Defense of Japan label)',2019,2019],
 ['CHRISTMAS-DROP','Japan-U.S.-Australia trilateral HA/DR exercise (MOD Defense of Japan label)',2015,2019],
 ['CHRISTMAS-DROP','Humanitarian Assistance and Disaster Relief Joint Exercise in Micronesia etc. (ミクロネシア等における人道支援・災害救援共同訓練)',2015,2025],
 ['SHINYUU-MAITRI','Shinyu Maitri / Shinyu-Maitri (シンユウ・マイトゥリ)',2018,2023],
 ['BUSHIDO-GUARDIAN','武士道ガーディアン',2019,2025],
 ['NOBLE-RAVEN','ノーブル・レイヴン / ノーブル・レイブン',2022,2024],
]
w('series_names.csv',['series_id','name','from_year','to_year'],names)

links=[
 ['PITCH-BLACK',2018,'X2-EX-2018-PITCHBLACK'],
 ['PITCH-BLACK',2022,'F-PITCHBLACK-2022'],
 ['PITCH-BLACK',2024,'F-PITCHBLACK-2024'],
 ['CHRISTMAS-DROP',2015,'X2-EX-2015-12-JUA-TRILAT'],
 ['CHRISTMAS-DROP',2016,'X2-EX-2016-CHRISTMASDROP'],
 ['CHRISTMAS-DROP',2017,'X2-EX-2017-CHRISTMASDROP'],
 ['CHRISTMAS-DROP',2018,'X2-EX-2018-CHRISTMASDROP'],
 ['CHRISTMAS-DROP',2019,'X2-EX-2019-CHRISTMASDROP'],
 ['CHRISTMAS-DROP',2020,'EX-USA-2020-CHRISTMAS-DROP'],
 ['CHRISTMAS-DROP',2021,'EX-USA-2021-CHRISTMAS-DROP'],
 ['CHRISTMAS-DROP',2022,'EX-USA-2022-CHRISTMAS-DROP'],
 ['CHRISTMAS-DROP',2023,'EX-USA-2023-CHRISTMAS-DROP'],
 ['CHRISTMAS-DROP',2024,'EX-USA-2024-CHRISTMAS-DROP'],
 ['CHRISTMAS-DROP',2025,'EX-USA-2025-CHRISTMAS-DROP'],
 ['BUSHIDO-GUARDIAN',2019,'F-BUSHIDO-2019'],
 ['BUSHIDO-GUARDIAN',2023,'F-BUSHIDO-2023'],
 ['BUSHIDO-GUARDIAN',2025,'F-BUSHIDO-2025'],
 ['SHINYUU-MAITRI',2018,'F-SHINYUU-2018'],
 ['SHINYUU-MAITRI',2019,'X2-EX-2019-SHINYUUMAITRI'],
 ['SHINYUU-MAITRI',2023,'F-SHINYUU-2023'],
 ['ANNUALEX',2011,'X1-EX-2011-ANNUALEX'],
 ['ANNUALEX',2013,'X1-EX-2013-ANNUALEX'],
 ['ANNUALEX',2015,'EX-USA-2015-ANNUALEX'],
 ['ANNUALEX',2017,'E-CAN-2017-ANNUALEX'],
 ['ANNUALEX',2019,'X2-EX-2019-11-JUAC-TRAINING'],
 ['ANNUALEX',2021,'E-DEU-2021-ANNUALEX'],
 ['ANNUALEX',2023,'EX-USA-2023-ANNUALEX'],
 ['ANNUALEX',2025,'EX-USA-2025-ANNUALEX'],
 ['NOBLE-RAVEN',2022,'EX-USA-2022-NOBLE-RAVEN'],
 ['NOBLE-RAVEN',2022,'EX-USA-2022-NOBLE-RAVEN-2'],
 ['NOBLE-RAVEN',2024,'EX-USA-2024-NOBLE-RAVEN'],
 ['NOBLE-RAVEN',2024,'EX-USA-2024-NOBLE-RAVEN-2'],
 ['NOBLE-RAVEN',2024,'E-ITA-2024-NOBLE-RAVEN'],
]
w('links.csv',['series_id','year','exercise_id'],links)

# sources
S=[
 ['S4-pacaf-2020-ocd20','US, Japan to kick off Operation Christmas Drop despite COVID-19','Pacific Air Forces','Tech. Sgt. Nick Wilson','','','https://www.pacaf.af.mil/News/Article-Display/Article/2428472/us-japan-to-kick-off-operation-christmas-drop-despite-covid-19/','official'],
 ['S4-dod-20201217-ocd20',"It's a Wrap for Operation Christmas Drop 2020",'U.S. Department of Defense','','2020-12-17','day','https://www.defense.gov/Explore/News/Article/Article/2451008/its-a-wrap-for-operation-christmas-drop-2020/','official'],
 ['S4-islandtimes-2021-ocd21','JASDF and the U.S. Air Force are to perform Operation Christmas Drops (OCD) in Koror, Kayangel, Tobi, Sonsorol, Pulo Anna, Angaur and Peleliu','Island Times (Palau)','','','','https://islandtimes.org/jasdf-and-the-u-s-air-force-are-to-perform-operation-christmas-drops-ocd-in-koror-kayangel-tobi-sonsorol-pulo-anna-angaur-and-peleliu/','news'],
 ['S4-asdf-20221212-ocd22','ミクロネシア等における人道支援・災害救援共同訓練(クリスマス・ドロップ)の実施について','Japan Air Self-Defense Force','','2022-12-12','day','http://www.mod.go.jp/asdf/report/post/000165.html','official'],
 ['S4-dvids-2022-ocd22','Operation Christmas Drop 2022 (video)','DVIDS / U.S. Air Force','Staff Sgt. Jessica Avallone','','','https://www.dvidshub.net/video/869275/operation-christmas-drop-2022','official'],
 ['S4-palauemb-2023-ocd23',"Japan Air Self-Defence Force's Christmas Drop Conducted Successfully in Koror and Kayangel",'Embassy of Japan in Palau','','','','https://www.palau.emb-japan.go.jp/itpr_ja/11_000001_01063.html','official'],
 ['S4-dvids-20231204-ocd23','Early Bird Ops [Image 5 of 5]','DVIDS / 374th Airlift Wing Public Affairs','Tech. Sgt. Taylor Altier','2023-12-04','day','https://www.dvidshub.net/image/8151397/early-bird-ops','official'],
 ['S4-jdef-20241226-ocd24','航空自衛隊、米空軍との人道支援・災害救援共同訓練「クリスマス・ドロップ」を実施(12月4日~17日)','J-Defense (Ikaros Publications), reproducing an Air Staff Office release of 24 Dec 2024','','2024-12-26','day','https://j-defense.ikaros.jp/docs/mod/002396.html','reproduction'],
 ['S4-palauemb-20241209-ocd24','ミクロネシア等における人道支援・災害救援共同訓練(クリスマス・ドロップ)の実施','Embassy of Japan in Palau','','2024-12-09','day','https://www.palau.emb-japan.go.jp/itpr_ja/11_000001_01679.html','official'],
 ['S4-dvids-20241212-ocd24','OCD24: Loading bundles of joy','DVIDS / U.S. Air Force','Senior Airman Jarrett Smith','2024-12-12','day','https://www.dvidshub.net/image/8800286/ocd24-loading-bundles-joy','official'],
 ['S4-asagumo-20260107-ocd25','1輸空 太平洋島嶼国でクリスマス・ドロップ(2025年12月3日~16日)','Asagumo News','','2026-01-07','day','https://www.asagumo-news.com/homepage/htdocs/news/newsflash/202601/260107/26010702.html','news'],
 ['S4-sbp-20200414-pb20',"RAAF'S largest air engagement exercise cancelled",'Stanthorpe Border Post (News Corp; NT News report)','Gary Shipway','2020-04-14','day','https://www.stanthorpeborderpost.com.au/news/pitch-black-cancelled-due-to-coronavirus-restricti/3995172/','news'],
 ['S4-malaysiandefence-2020-pb20','Pitch Black 2020 Canceled','Malaysian Defence','','','','https://malaysiandefence.com/pitch-black-2020-canceled','news'],
 ['S4-msdf-202209-nr22','IPD22 unit conducted a multilateral exercise "NOBLE RAVEN 22"','JMSDF Self-Defense Fleet','','2022-09','month','https://www.mod.go.jp/msdf/sf/english/news/2022/09/0908.html','official'],
 ['S4-msdf-202210-nr22-2','日米加共同訓練(ノーブル・レイヴン22―2)について','JMSDF Self-Defense Fleet','','2022-10','month','https://www.mod.go.jp/msdf/sf/news/2022/10/1003.html','official'],
 ['S4-msdf-202405-nr24','日米新共同訓練(ノーブル・レイブン24)の実施','JMSDF Self-Defense Fleet','','2024-05','month','https://www.mod.go.jp/msdf/sf/news/2024/05/0514.html','official'],
 ['S4-usni-20240515-nr24','ESB Miguel Keith Drills with Japan Maritime Self-Defense Force, Royal New Zealand Air Force in East China Sea','USNI News','','2024-05-15','day','https://news.usni.org/2024/05/15/esb-miguel-keith-drills-with-japan-maritime-self-defense-force-royal-new-zealand-air-force-in-east-china-sea','news'],
 ['S4-ryukyu-2024-nr24','米、NZ、海自が共同訓練 11~13日、ノーブル・レイブン24','Ryukyu Shimpo','明真南斗','','','https://ryukyushimpo.jp/news/politics/entry-3078779.html','news'],
 ['S4-msdf-202406-nr24-2','日米共同訓練(ノーブル・レイブン24-2)の実施','JMSDF Self-Defense Fleet','','2024-06','month','https://www.mod.go.jp/msdf/sf/news/2024/06/0624-2.html','official'],
 ['S4-cpf-20151127-ae16','US, Japan Forces Enhance Warfighting Capabilities','U.S. Pacific Fleet (USS Ronald Reagan Public Affairs)','','2015-11-27','day','https://www.cpf.navy.mil/Newsroom/News/Article/2745325/us-japan-forces-enhance-warfighting-capabilities/','official'],
 ['S4-upi-20151116-ae16','USS Ronald Reagan begins naval exercise with Japanese','UPI','Ryan Maass','2015-11-16','day','https://www.upi.com/Defense-News/2015/11/16/USS-Ronald-Reagan-begins-naval-exercise-with-Japanese/8931447705069/about.upi.com','news'],
 ['S4-jiji-2023-annualex23','Japan, U.S., Canada, Australia Holding Joint Drill in Pacific','The Japan News (Jiji Press)','','','','https://japannews.yomiuri.co.jp/?p=149104','news'],
 ['S4-shephard-2023-annualex23','Philippines joins ANNUALEX Indo-Pacific naval exercise as observer while tensions rise in the region','Shephard Media','','','','https://www.shephardmedia.com/news/training-simulation/philippines-joins-annualex-indo-pacific-naval-exercise-as-observer-while-tensions-rise-in-the-region/','news'],
 ['S4-msdf-202311-annualex23','The Philippine Navy officers participated in a multilateral exercise "Annual Exercise 2023."','JMSDF Self-Defense Fleet','','2023-11','month','https://www.mod.go.jp/msdf/sf/english/news/2023/11/1127_2.html','official'],
 ['S4-armyrec-2025-annualex25','U.S. and Japan navies launch ANNUALEX 2025 in Philippine Sea to train in maritime warfare','Army Recognition','','','','https://armyrecognition.com/news/navy-news/2025/u-s-and-japan-navies-launch-annualex-2025-in-philippine-sea-to-train-in-maritime-warfare','news'],
]
w('sources.csv',['source_id','title','publisher','author','published','published_precision','url','kind','accessed'],[s+[ACC] for s in S])

EXH=['exercise_id','name','series','kind','start','start_precision','end','end_precision','location','lat','lon','at_sea','host','domain','first','notes']
AG=('Andersen Air Force Base, Guam, and drop zones in Micronesia, Palau and the Northern Mariana Islands',13.584,144.93)
E=[
 ['EX-USA-2020-CHRISTMAS-DROP','Operation Christmas Drop 2020 (OCD 20)','Christmas Drop','exercise','2020-12-05','day','2020-12-11','day',AG[0],AG[1],AG[2],'false','USA','air','',
  "69th OCD; bilateral US-Japan only because of COVID-19 (drops to Palau). PACAF announced 5-11 Dec; DoD says the 64 bundles were airdropped 6-10 Dec. PACAF: JASDF participation marks the sixth year in a row. Coordinates: Andersen AFB."],
 ['EX-USA-2021-CHRISTMAS-DROP','Operation Christmas Drop 2021 (70th OCD)','Christmas Drop','exercise','2021-12','month','2021-12','month',AG[0],AG[1],AG[2],'false','USA','air','first time for JASDF to perform the drop in Koror (Island Times)',
  "JASDF C-130 drops in Palau from 5 Dec 2021 (Koror 5 Dec); exact start/end of the operation not found, so month precision. Other 2021 participants not established here (Yonhap 2022 says the ROK Air Force first joined in 2021). Coordinates: Andersen AFB."],
 ['EX-USA-2022-CHRISTMAS-DROP','Operation Christmas Drop 2022 (71st OCD)','Christmas Drop','exercise','2022-11-30','day','2022-12-12','day',AG[0],AG[1],AG[2],'false','USA','air','',
  "JASDF (C-130H) dates 30 Nov-12 Dec from the ASDF report (JASDF participation period); the U.S. Air Force gives the operation as 4-13 Dec 2022. Five air forces: USAF, ROKAF, JASDF, RAAF, RNZAF (DVIDS). ASDF stresses interoperability with the US and Australian air forces. Coordinates: Andersen AFB."],
 ['EX-USA-2023-CHRISTMAS-DROP','Operation Christmas Drop 2023 (OCD 23)','Christmas Drop','exercise','2023-12','month','2023-12','month',AG[0],AG[1],AG[2],'false','USA','air','',
  "JASDF C-130H at Andersen AFB on 4 Dec 2023 (DVIDS) and dropping in Koror and Kayangel, Palau on 3 Dec 2023 (Embassy of Japan in Palau; multilateral with the USAF and other air forces). Exact start/end not established, so month precision. Coordinates: Andersen AFB."],
 ['EX-USA-2024-CHRISTMAS-DROP','Operation Christmas Drop 2024 (OCD 24)','Christmas Drop','exercise','2024-12-04','day','2024-12-17','day',AG[0],AG[1],AG[2],'false','USA','air','',
  "Dates 4-17 Dec 2024 from the Air Staff Office release (via J-Defense reproduction). JASDF C-130H drops in Koror and Kayangel on 8 Dec and in Hatohobei and Sonsorol on 9 Dec (Embassy of Japan in Palau). RAAF also took part (DVIDS, 12 Dec 2024). Coordinates: Andersen AFB."],
 ['EX-USA-2025-CHRISTMAS-DROP','Operation Christmas Drop 2025 (OCD 25)','Christmas Drop','exercise','2025-12-03','day','2025-12-16','day',AG[0],AG[1],AG[2],'false','USA','air','',
  "JASDF 1st Tactical Airlift Group (Komaki) took part from 3 Dec and returned to Japan on 16 Dec 2025 (dates are the JASDF deployment period); Asagumo says it was the JASDF's 11th participation. Other participants not established here. Coordinates: Andersen AFB."],
 ['EX-USA-2022-NOBLE-RAVEN','Noble Raven 22 (Japan-U.S.-Canada, IPD22)','Noble Raven','exercise','2022-08-30','day','2022-09-07','day','Waters from the vicinity of Guam to the South China Sea',14.0,130.0,'true','','maritime','',
  "IPD22 unit JS Izumo and JS Takanami with USS Higgins, USNS Rappahannock, USNS John Ericsson and HMCS Vancouver. Sea-area coordinates nominal (Philippine Sea, between Guam and the South China Sea)."],
 ['EX-USA-2022-NOBLE-RAVEN-2','Noble Raven 22-2 (Japan-U.S.-Canada, IPD22)','Noble Raven','exercise','2022-09-23','day','2022-10-01','day','South China Sea',12.0,114.0,'true','','maritime','',
  "IPD22 first surface unit JS Izumo, JS Takanami and a submarine with destroyer USS Higgins, replenishment ship USNS Bighorn and frigate HMCS Winnipeg. Sea-area coordinates nominal."],
 ['EX-USA-2024-NOBLE-RAVEN','Noble Raven 24 (Japan-U.S.-New Zealand, East China Sea)','Noble Raven','exercise','2024-05-11','day','2024-05-13','day','East China Sea',29.0,125.0,'true','','maritime','',
  "JS Akizuki with expeditionary sea base USS Miguel Keith and an RNZAF P-8A (then flying North Korea sanctions surveillance from Kadena). Dates 11-13 May per Ryukyu Shimpo and USNI News (Saturday to Monday). Sea-area coordinates nominal."],
 ['EX-USA-2024-NOBLE-RAVEN-2','Noble Raven 24-2 (Japan-U.S., north of Guam, IPD24)','Noble Raven','exercise','2024-06','month','2024-06','month','Waters north of Guam',16.0,145.0,'true','','maritime','',
  "IPD24 second surface unit JS Izumo with destroyer USS Rafael Peralta. Exact dates not in the excerpt read; the JMSDF release is filed under June 2024, so month precision. Sea-area coordinates nominal."],
 ['EX-USA-2015-ANNUALEX','Annual Exercise 2015 (AE16 / ANNUALEX)','ANNUALEX','exercise','2015-11-16','day','2015-11-25','day','Waters south of Japan (Philippine Sea)',28.0,135.0,'true','JPN','maritime','',
  "US Navy calls it AE16 (fiscal-year naming). Ronald Reagan Carrier Strike Group (CVW-5, DESRON 15, cruisers Antietam and Chancellorsville, destroyers Benfold and Mustin, maritime patrol aircraft and a submarine) with the JMSDF. Start 16 Nov (UPI, Monday; Task Force 70 text reposted by a blog); completed 25 Nov (U.S. Pacific Fleet). Sea-area coordinates nominal."],
 ['EX-USA-2023-ANNUALEX','ANNUALEX 2023','ANNUALEX','exercise','2023-11-10','day','2023-11-20','day','Philippine Sea / Pacific south of Japan',27.0,135.0,'true','JPN','maritime','Philippine Navy observed ANNUALEX for the first time',
  "JMSDF-led as part of the MSDF's largest field drills; about 30 vessels and 40 aircraft from Japan, the US (Carl Vinson CSG), Australia and Canada (Jiji). Field phase 10-20 Nov (Jiji; Shephard: began 10 Nov); the JMSDF hosted Philippine Navy observers for 6-23 Nov. Sea-area coordinates nominal."],
 ['EX-USA-2025-ANNUALEX','ANNUALEX 2025','ANNUALEX','exercise','2025-10-20','day','','','Philippine Sea and sea/airspace around Japan',27.0,135.0,'true','JPN','maritime','',
  "JMSDF-led (JS Kaga) with US Navy (USS Shoup, USS Robert Smalls, P-8A, a submarine, logistics ships) and USMC F-35B (VMFA-242), plus Australia, Canada, France and New Zealand. Start 20 Oct 2025; end date not found. Sea-area coordinates nominal."],
]
w('exercises.csv',EXH,E)

PH=['exercise_id','country','role','aircraft','ships','personnel','departed_from','departed_lat','departed_lon']
KOMAKI=('Komaki Air Base (1st Tactical Airlift Group)',35.255,136.924)
YOK=('Yokota Air Base (374th Airlift Wing)',35.748,139.348)
P=[
 ['EX-USA-2020-CHRISTMAS-DROP','JPN','Japan','','','']+list(KOMAKI),
 ['EX-USA-2020-CHRISTMAS-DROP','USA','partner','','','']+list(YOK),
 ['EX-USA-2021-CHRISTMAS-DROP','JPN','Japan','','','','','',''],
 ['EX-USA-2021-CHRISTMAS-DROP','USA','partner','','','','','',''],
 ['EX-USA-2022-CHRISTMAS-DROP','JPN','Japan','','','','','',''],
 ['EX-USA-2022-CHRISTMAS-DROP','USA','partner','','','','','',''],
 ['EX-USA-2022-CHRISTMAS-DROP','AUS','partner','','','','','',''],
 ['EX-USA-2022-CHRISTMAS-DROP','KOR','co-participant','','','','','',''],
 ['EX-USA-2022-CHRISTMAS-DROP','NZL','co-participant','','','','','',''],
 ['EX-USA-2023-CHRISTMAS-DROP','JPN','Japan','','','','','',''],
 ['EX-USA-2023-CHRISTMAS-DROP','USA','partner','','','','','',''],
 ['EX-USA-2024-CHRISTMAS-DROP','JPN','Japan','','','','','',''],
 ['EX-USA-2024-CHRISTMAS-DROP','USA','partner','','','','','',''],
 ['EX-USA-2024-CHRISTMAS-DROP','AUS','co-participant','','','','','',''],
 ['EX-USA-2025-CHRISTMAS-DROP','JPN','Japan','','','']+list(KOMAKI),
 ['EX-USA-2025-CHRISTMAS-DROP','USA','partner','','','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN','JPN','Japan','','2','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN','USA','partner','','3','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN','CAN','partner','','1','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN-2','JPN','Japan','','3','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN-2','USA','partner','','2','','','',''],
 ['EX-USA-2022-NOBLE-RAVEN-2','CAN','partner','','1','','','',''],
 ['EX-USA-2024-NOBLE-RAVEN','JPN','Japan','','1','','','',''],
 ['EX-USA-2024-NOBLE-RAVEN','USA','partner','','1','','','',''],
 ['EX-USA-2024-NOBLE-RAVEN','NZL','partner','1','','','Kadena Air Base (UN sanctions monitoring deployment)',26.356,127.768],
 ['EX-USA-2024-NOBLE-RAVEN-2','JPN','Japan','','1','','','',''],
 ['EX-USA-2024-NOBLE-RAVEN-2','USA','partner','','1','','','',''],
 ['EX-USA-2015-ANNUALEX','JPN','Japan','','','','','',''],
 ['EX-USA-2015-ANNUALEX','USA','partner','','','','Yokosuka (Ronald Reagan CSG, forward-deployed)',35.29,139.67],
 ['EX-USA-2023-ANNUALEX','JPN','Japan','','','','','',''],
 ['EX-USA-2023-ANNUALEX','USA','partner','','','','','',''],
 ['EX-USA-2023-ANNUALEX','AUS','partner','','','','','',''],
 ['EX-USA-2023-ANNUALEX','CAN','partner','','','','','',''],
 ['EX-USA-2023-ANNUALEX','PHL','observer','','','','','',''],
 ['EX-USA-2025-ANNUALEX','JPN','Japan','','','','','',''],
 ['EX-USA-2025-ANNUALEX','USA','partner','','','','','',''],
 ['EX-USA-2025-ANNUALEX','AUS','partner','','','','','',''],
 ['EX-USA-2025-ANNUALEX','CAN','partner','','','','','',''],
 ['EX-USA-2025-ANNUALEX','FRA','partner','','','','','',''],
 ['EX-USA-2025-ANNUALEX','NZL','partner','','','','','',''],
]
w('exercise_participants.csv',PH,P)

NH=[
 ['NH-PITCH-BLACK-2020','PITCH-BLACK',2020,'cancelled','Pitch Black 2020 (planned 24 Jul-14 Aug 2020) was cancelled by Australian Defence because of COVID-19 restrictions; Japan was to have participated for the first time.'],
]
w('not_held.csv',['not_held_id','series_id','year','status','notes'],NH)

C=[
 ['exercises','EX-USA-2020-CHRISTMAS-DROP','S4-pacaf-2020-ocd20','The United States and Japan are set to kick off Operation Christmas Drop 2020 (OCD 20) from Andersen Air Force Base, Guam, Dec. 5-11.'],
 ['exercises','EX-USA-2020-CHRISTMAS-DROP','S4-pacaf-2020-ocd20','The Japan Air Self Defense Force (JASDF) will also participate in OCD 20 and marks the sixth year in a row they have participated.'],
 ['exercises','EX-USA-2020-CHRISTMAS-DROP','S4-dod-20201217-ocd20','C-130 aircrews airdropped 64 bundles Dec. 6- 10.'],
 ['exercises','EX-USA-2021-CHRISTMAS-DROP','S4-islandtimes-2021-ocd21','On December 5, 2021, at 12:03 p.m. JASDF and the U.S. Air Force perform OCD at Skojo in Meyuns, Koror.'],
 ['exercises','EX-USA-2021-CHRISTMAS-DROP','S4-islandtimes-2021-ocd21','JASDF has been participating in this operation since 2015, but this is the first time for JASDF to perform the drop in Koror.'],
 ['exercises','EX-USA-2022-CHRISTMAS-DROP','S4-asdf-20221212-ocd22','11月30日(水)から12月12日(月)までの間、航空自衛隊はC-130H輸送機を参加させ、ミクロネシア等における人道支援・災害救援共同訓練(クリスマス・ドロップ)を実施しました。'],
 ['exercises','EX-USA-2022-CHRISTMAS-DROP','S4-dvids-2022-ocd22','Aircrew from the U.S. Air Force, Republic of Korea Air Force, Japan Air Self-Defense Force, Royal Australian Air Force and Royal New Zealand Air Force participated'],
 ['exercises','EX-USA-2023-CHRISTMAS-DROP','S4-palauemb-2023-ocd23','On Sunday, December 3rd, 2023, Japan Air Self-Defence Force (JASDF) performed Christmas Drop in Koror and Kayangel as a part of multilateral training with the U.S. Air Force and other air forces.'],
 ['exercises','EX-USA-2023-CHRISTMAS-DROP','S4-dvids-20231204-ocd23','Operation Christmas Drop 2023 (OCD 23) Japan lead, poses for a photo in front of a JASDF C-130H Hercules at Andersen Air Force Base, Guam, Dec. 4, 2023.'],
 ['exercises','EX-USA-2024-CHRISTMAS-DROP','S4-jdef-20241226-ocd24','12月4日から12月17日の間、航空自衛隊はパラオやミクロネシア連邦等において、米空軍との人道支援・災害救援共同訓練「クリスマス・ドロップ」を実施しました。'],
 ['exercises','EX-USA-2024-CHRISTMAS-DROP','S4-palauemb-20241209-ocd24','2024年12月8日(日)、航空自衛隊が参加する米空軍等との共同訓練「ミクロネシア等における人道支援・災害救援共同訓練(クリスマス・ドロップ)」がコロール州及びカヤンゲル州において実施されました。'],
 ['exercises','EX-USA-2024-CHRISTMAS-DROP','S4-dvids-20241212-ocd24','Royal Australian Air Force and Japan Air Self Defense Force members speak before their flight during Operation Christmas Drop at Andersen Air Force Base, Guam, Dec. 12, 2024.'],
 ['exercises','EX-USA-2025-CHRISTMAS-DROP','S4-asagumo-20260107-ocd25','空自1輸送航空隊(小牧)は12月3日から、ミクロネシア連邦などで行われた人道支援・災害救援(HA/DR)共同訓練「クリスマス・ドロップ」に参加し、16日に帰国した。'],
 ['exercises','EX-USA-2025-CHRISTMAS-DROP','S4-asagumo-20260107-ocd25','同訓練は米空軍主催で1952年に始まり、空自の参加は11回目となる。'],
 ['exercises','EX-USA-2022-NOBLE-RAVEN','S4-msdf-202209-nr22','From 30 August to 7 September, the Indo-Pacific Deployment 2022 (IPD22) unit, JS IZUMO, JS TAKANAMI conducted a multilateral exercise “NOBLE RAVEN 22”'],
 ['exercises','EX-USA-2022-NOBLE-RAVEN','S4-msdf-202209-nr22','with USS HIGGINS, USNS RAPPAHANNOCK, USNS JOHN ERICSSON and HMCS VANCOUVER in the vicinity of Guam to the South China Sea.'],
 ['exercises','EX-USA-2022-NOBLE-RAVEN-2','S4-msdf-202210-nr22-2','9月23日~10月1日までの間、IPD22第1水上部隊の護衛艦「いずも」、同「たかなみ」及び潜水艦は、米海軍駆逐艦「HIGGINS」、米海軍補給艦「BIGHORN」、及びカナダ海軍フリゲート「WINNIPEG」とともに'],
 ['exercises','EX-USA-2024-NOBLE-RAVEN','S4-msdf-202405-nr24','護衛艦「あきづき」は、東シナ海の海空域において、米海軍遠征用海上基地艦「ミゲル・キース」及びニュージーランド空軍P-8A哨戒機とともに、日米新共同訓練(ノーブル・レイブン24)を実施しました。'],
 ['exercises','EX-USA-2024-NOBLE-RAVEN','S4-ryukyu-2024-nr24','11~13日に東シナ海で米海軍、ニュージーランド空軍との共同訓練「ノーブル・レイブン24」を実施したと発表した。'],
 ['exercises','EX-USA-2024-NOBLE-RAVEN','S4-usni-20240515-nr24','Destroyer JS Akizuki (DD-115) and a Royal New Zealand Air Force P-8A Poseidon Maritime Patrol Aircraft performed the drills for Noble Raven 24 from Saturday to Monday'],
 ['exercises','EX-USA-2024-NOBLE-RAVEN-2','S4-msdf-202406-nr24-2','IPD24第2水上部隊の護衛艦「いずも」は、グアム北方海域において、米海軍駆逐艦「ラファエル・ペラルタ」とともに、日米共同訓練(ノーブル・レイヴン24-2)を実施しました。'],
 ['exercises','EX-USA-2015-ANNUALEX','S4-cpf-20151127-ae16','The Ronald Reagan Carrier Strike Group (RRNCSG) and Japan Maritime Self-Defense Force (JMSDF) completed Annual Exercise (AE) 16, Nov. 25.'],
 ['exercises','EX-USA-2015-ANNUALEX','S4-upi-20151116-ae16','The Ronald Reagan Carrier Strike group began its annual exercise with the Japan Maritime Self-Defense Force on Monday.'],
 ['exercises','EX-USA-2023-ANNUALEX','S4-jiji-2023-annualex23','In the joint exercise, which started Friday as part of the MSDF’s largest practical drills, about 30 vessels and 40 aircraft from the four countries are set to participate'],
 ['exercises','EX-USA-2023-ANNUALEX','S4-jiji-2023-annualex23','The joint exercise is scheduled to last until Nov. 20.'],
 ['exercises','EX-USA-2023-ANNUALEX','S4-shephard-2023-annualex23','ANNUALEX, a 10-day exercise led by Japan designed to improve interoperability between partner navies, began on 10 November.'],
 ['exercises','EX-USA-2023-ANNUALEX','S4-msdf-202311-annualex23','From November 6 to 23, the Self Defense Fleet invited Philippine Navy officers, Captain MORATA and Lieutenant Commander LUMACTOD, to participate as observers'],
 ['exercises','EX-USA-2025-ANNUALEX','S4-armyrec-2025-annualex25','began ANNUALEX 2025 on 20 October in the sea and airspace around Japan, joined by Australia, Canada, France, New Zealand, and U.S. Marines.'],
 ['not_held','NH-PITCH-BLACK-2020','S4-sbp-20200414-pb20','Exercise Pitch Black will not be conducted in 2020'],
 ['not_held','NH-PITCH-BLACK-2020','S4-sbp-20200414-pb20','Japan was to be participating for the first time in 2020.'],
 ['not_held','NH-PITCH-BLACK-2020','S4-malaysiandefence-2020-pb20','officially announced the Pitch Black 2020 air exercise has been canceled due to the travel restrictions imposed in response to the Covid-19 Pandemic.'],
]
w('citations.csv',['table','record_id','source_id','locator'],C)
print('ok')
