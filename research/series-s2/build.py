# Builder for series-s2 outputs. Run: python3 build.py
import csv, os
D = os.path.dirname(os.path.abspath(__file__))
ACC = "2026-12-05"

def w(name, header, rows):
    with open(os.path.join(D, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n"); wr.writerow(header)
        for r in rows: wr.writerow(r)

# ---------------- series ----------------
series = [
 # series_id,name,domain,cadence,from_year,to_year,led_by,notes
 ("KEEN-SWORD","Keen Sword","joint","biennial",2012,2026,"",
  "Japan-U.S. joint/bilateral field training exercise (FTX) held since 1986, co-directed by the Japan Joint Staff and U.S. forces (USFJ/INDOPACOM) in and around Japan; alternates with the Keen Edge command post exercise. Named for the following fiscal year (e.g. Keen Sword 2011 was held 3-10 Dec 2010; Keen Sword 25 in Oct-Nov 2024), so iterations fall in even calendar years: expected years 2012, 2014, ... 2026. Japan has taken part in every iteration since 1986, so from_year is the first even year in the span. Partners beyond the U.S.: Royal Canadian Navy ships for the first time in 2018; UK, Australian and Canadian forces in 2022 (Kyodo); Australia and Canada in Keen Sword 25 (2024). led_by left blank: co-directed bilaterally (host JPN)."),
 ("KEEN-EDGE","Keen Edge","joint","biennial",2012,2026,"",
  "Japan-U.S. joint/bilateral command post exercise (CPX, computer-simulated) of the Japan Joint Staff with USFJ/INDOPACOM, alternating with Keen Sword; held in Jan-Feb of even calendar years (KE16 23-29 Jan 2016; KE22 26/27 Jan-3 Feb 2022; KE24 1-8 Feb 2024). KE16 was called the 14th CPX since 1986, KE24 the 25th since 1985 (sources count differently). Australia joined for the first time in KE24. led_by blank: co-directed bilaterally (host JPN)."),
 ("YAMA-SAKURA","Yama Sakura","land","annual",2011,2026,"",
  "JGSDF-U.S. Army (I Corps/USARPAC) bilateral command post exercise held since 1982, rotating among the JGSDF regional armies; iterations are numbered (odd numbers for the main exercise in Japan: YS59 Jan-Feb 2011, YS61 Jan-Feb 2012, YS65 Nov-Dec 2013 ... YS79 Dec 2020, YS81 Dec 2021 ... YS87 Dec 2024). Since 2017 a second, even-numbered iteration has been held at Fort Shafter, Hawaii, in summer (MOD lists it as the 'Japan-U.S. joint Regional Army command post exercise (United States)'; YS-76 in July 2019); the Hawaii iterations of June 2017 and June 2018 are linked because MOD lists them under the same designation as YS-76/YS-77 (日米共同方面隊指揮所演習, which the GSDF training system calls 'YS' and holds about twice a year in the U.S. and Japan) - an identification by designation, not by a source naming them Yama Sakura. Australia joined from YS85 (Dec 2023) making it trilateral. MOD's Japanese name: 日米共同方面隊指揮所演習. led_by blank: co-directed bilaterally."),
 ("ORIENT-SHIELD","Orient Shield","land","annual",2011,2026,"",
  "Largest annual JGSDF-U.S. Army bilateral field training exercise (U.S. Army Japan/USARPAC with a JGSDF regional army), held in Japan; described as begun in 1985 (DVIDS 2021) or as the premier FTX 'since it began in 2000' (AFPS 2012) - sources differ on the start. Numbering does not follow the calendar year: Orient Shield 11 was held in Nov 2010 (U.S. Army) and Orient Shield 12 in Oct-Nov 2012 (called the 13th iteration); Orient Shield 21-2 (June-July 2021) implies a 21-1. MOD/GSDF designation: 国内における米陸軍との実動訓練 (field training with the U.S. Army in Japan). Australia took part for the first time in Orient Shield 25 (Sept 2025). led_by blank: co-directed bilaterally (host JPN)."),
 ("IRON-FIST","Iron Fist","amphibious","annual",2011,2026,"USA",
  "U.S. Marine Corps-JGSDF bilateral amphibious exercise, annual since 2006. Held in Southern California (Camp Pendleton, San Clemente Island; I MEF / 11th, 13th or 15th MEU) through 2022; from Iron Fist 23 (Feb-Mar 2023) held in Japan (Kyushu, Okinawa; 31st MEU / 3rd MEB with the Amphibious Rapid Deployment Brigade). JGSDF unit: Western Army Infantry Regiment, from March 2018 the Amphibious Rapid Deployment Brigade. Numbering: Iron Fist 2020 = 15th iteration, Iron Fist 22 = 16th, Iron Fist 26 = 20th; no iteration in 2021. MARFORPAC-directed."),
 ("RESOLUTE-DRAGON","Resolute Dragon","joint","annual",2021,2026,"",
  "JGSDF-U.S. Marine Corps (III MEF) bilateral field training exercise in Japan, first held in December 2021 (RD21, 4-16 Dec per DVIDS, to 17 Dec per the announcement; 'largest bilateral FTX between the USMC and JGSDF since 2013'); later iterations RD22 (Oct 2022, Hokkaido), RD23 (Oct 2023, Kyushu; field phase RD23.2), RD24 (July-Aug 2024), RD25 (Sept 2025). It took over the Marine-JGSDF field-training role previously filled by Forest Light, but no source read states that it replaced Forest Light. led_by blank: co-directed bilaterally (host JPN)."),
 ("FOREST-LIGHT","Forest Light","land","annual",2011,2020,"",
  "JGSDF-U.S. Marine Corps (III MEF) bilateral field training exercise, described as 'semi-annual' (two iterations a year with different JGSDF regional armies, numbered by U.S. fiscal year, e.g. 15-1 Dec 2014, 16-1 Sept 2015, 16-2 Jan-Feb 2016, 17-1 Mar 2017, 19.1 Dec 2018, 19.2 Feb 2019); from 2019-20 named by army ('Forest Light Middle Army', 'Western Army', 'Eastern Army'). Japan took part before 2011 (e.g. Dec 2010). to_year 2020: the last iteration found is Forest Light Eastern Army (Forest Light 21), 7-17/18 Dec 2020; no later iteration was found and whether the series continued after 2020 is unresolved (see README). led_by blank: co-directed bilaterally (host JPN)."),
 ("DAWN-BLITZ","Dawn Blitz","amphibious","biennial",2013,2017,"USA",
  "U.S. Navy-Marine Corps amphibious exercise off Southern California (1st Marine Expeditionary Brigade and Expeditionary Strike Group 3), begun in 2010; Japan's Self-Defense Forces (GSDF, MSDF and ASDF) joined for the first time in June 2013 and again in Aug-Sept 2015 ('what has become a biennial military exercise'). Dawn Blitz 2017 began 20 Oct 2017; MOD lists GSDF field training with U.S. Marines at Camp Pendleton and San Clemente Island 7 Oct-4 Nov 2017 (existing record X2-EX-2017-10-PENDLETON), but no source read names Japan in Dawn Blitz 2017, so 2017 is unresolved. No Dawn Blitz with Japan after 2017 was found; Japanese amphibious training with the U.S. continued in Iron Fist."),
 ("TALISMAN-SABRE","Talisman Sabre","joint","biennial",2015,2025,"AUS",
  "Biennial Australia-U.S. exercise in Queensland and northern Australia (odd years). Japan first took part in 2015 (about 40 JGSDF personnel embedded with U.S. Marines), then 2017 (JGSDF 1st Airborne Brigade with U.S. Army airborne units at Shoalwater Bay), 2019 (first JMSDF participation; JGSDF ARDB), 2021, 2023 and 2025. Co-led by Australia and the United States; led_by given as AUS (host). Spelled 'Talisman Saber' in U.S. usage. to_year 2025: the next iteration would be 2027."),
 ("COPE-NORTH","Cope North","air","annual",2011,2026,"USA",
  "PACAF-led air exercise with the JASDF held since 1978; on Guam (Andersen AFB) since 1999. Bilateral until Cope North 11-1 (Feb 2011); the Royal Australian Air Force joined from 2012 per existing record X1-EX-2012-COPENORTH (a 2015 report calls Cope North 15 the 4th with Australia), although FlyTeam and Otakuma write that Australia has taken part since 2011 - sources disagree; South Korea, the Philippines and New Zealand also took part in 2016 and France in 2023. Named 'Cope North Guam' in some years."),
 ("RED-FLAG-ALASKA","Red Flag-Alaska","air","annual",2011,2026,"USA",
  "PACAF-sponsored large force air combat exercise at Eielson AFB and Joint Base Elmendorf-Richardson, Alaska, held up to four times a year; successor of (Cooperative) Cope Thunder, rebranded in 2006 (Key.Aero); JASDF F-15s took part in Cooperative Cope Thunder in Alaska before the renaming. The JASDF takes part every year ('毎年参加している', WING/Boei News), usually in the June iteration (xx-2), with F-15J or F-2, E-767, C-130H and KC-767. 2020: held without Japan (20-1 and 20-2 cancelled for COVID-19, 20-3 U.S.-only)."),
 ("FREEDOM-EDGE","Freedom Edge","joint","annual",2024,2026,"",
  "Japan-ROK-U.S. trilateral multi-domain exercise agreed at the Camp David summit (Aug 2023) and the June 2024 trilateral defence ministerial; name combines the bilateral exercises Freedom Shield (ROK-U.S.) and Keen Edge (Japan-U.S.). First held 27-29 June 2024; second round in November 2024 (from 13 Nov); third 15-19 Sept 2025 (ROK JCS: 'an annual exercise'). Held in international waters around Jeju Island / East China Sea; no single host (led_by blank)."),
]
w("series.csv", ["series_id","name","domain","cadence","from_year","to_year","led_by","notes"], series)

series_names = [
 ("TALISMAN-SABRE","Talisman Saber","",""),
 ("RED-FLAG-ALASKA","Cooperative Cope Thunder","","2006"),
 ("YAMA-SAKURA","Japan-U.S. joint Regional Army command post exercise (MOD designation)","",""),
 ("FOREST-LIGHT","Forest Light Middle Army / Western Army / Eastern Army","2019","2020"),
 ("COPE-NORTH","Cope North Guam","",""),
]
w("series_names.csv", ["series_id","name","from_year","to_year"], series_names)

# ---------------- sources ----------------
# source_id,title,publisher,author,published,published_precision,url,kind,accessed
sources = [
 ("S2-armymil-20201209-ys79","I Corps remotely conducts joint exercise with Japan","U.S. Army","Matthew Davio","2020-12-09","day","https://www.army.mil/article/241608/i_corps_remotely_conducts_joint_exercise_with_japan","official"),
 ("S2-dvids-2020-ys79-courtney","3rd Marine Expeditionary Brigade and Amphibious Rapid Deployment Brigade begin local portion at Camp Courtney, Okinawa, of annual command post exercise (Yama Sakura 79)","DVIDS (III Marine Expeditionary Force)","","","","https://www.dvidshub.net/news/384512/3rd-marine-expeditionary-brigade-and-amphibious-rapid-deployment-brigade-begin-local-portion-camp-courtney-okinawa-annual-command","official"),
 ("S2-chinaorg-20201208-ys79","日米共同指揮所演習「ヤマサクラ」開始式 (Yama Sakura opening ceremony at Camp Kengun)","China.org.cn (Japanese edition)","","2020-12-08","day","http://japanese.china.org.cn/jp/txt/2020-12/08/content_76990709.htm","news"),
 ("S2-armymil-2017-ys73","Yama Sakura 73 comes to a close","U.S. Army","","","","https://www.army.mil/article/197983/yama_sakura_73_comes_to_a_close","official"),
 ("S2-pacom-20181214-ys75","U.S. and Japan Strengthen Alliance at Yama Sakura 75","U.S. Indo-Pacific Command","Sgt. Erica Earl","2018-12-14","day","https://www.pacom.mil/Media/News/News-Article-View/Article/1714605/us-and-japan-strengthen-alliance-at-yama-sakura-75/","official"),
 ("S2-dvids-2018-ys75","U.S. and Japan continues a 37 year partnership with Yama Sakura 75","DVIDS","","","","https://www.dvidshub.net/news/303798/us-and-japan-continues-37-year-partnership-with-yama-sakura-75","official"),
 ("S2-ocregister-20180112-if18","Marines and Japanese soldiers team up to storm beaches and train across Southern California","Orange County Register","","2018-01-12","day","https://www.ocregister.com/2018/01/12/marines-and-japanese-soldiers-team-up-to-storm-beaches-and-train-across-southern-california/","news"),
 ("S2-dvids-2020-marineminute-if20","Marine Minute (Iron Fist 2020 announcement)","DVIDS","","","","https://www.dvidshub.net/audio/62386/marine-minute","official"),
 ("S2-sorae-20180104-ke18","日米共同統合演習は2018年1月9日から2月3日まで実施 (FY2017 Japan-U.S. Joint Exercise, command post exercise)","sorae","塚本直樹","2018-01-04","day","https://sorae.info/airplane/2018_01_04_jsp.html","news"),
 ("S2-flyteam-2015-rfa","航空自衛隊、レッドフラッグ・アラスカにF-15など航空機12機を派遣","FlyTeam","","","","http://flyteam.jp/news/article/52855","news"),
 ("S2-flyteam-2016-rfa","航空自衛隊、「レッドフラッグ・アラスカ2016」に参加 5月24日から","FlyTeam","","","","http://flyteam.jp/news/article/63691","news"),
 ("S2-flyteam-2017-rfa","空自、レッド・フラッグ・アラスカに参加 F-15J、E-767など11機派遣","FlyTeam","","","","https://flyteam.jp/news/article/79424","news"),
 ("S2-477fg-2021-rfa212","RED FLAG-Alaska 21-2 starts","477th Fighter Group, U.S. Air Force Reserve Command","","","","https://www.477fg.afrc.af.mil/News/Article-Display/Article/2657305/red-flag-alaska-21-2-starts/","official"),
 ("S2-flyteam-2021-rfa212","空自、F-15戦闘機などレッドフラッグ・アラスカに派遣","FlyTeam","","","","https://flyteam.jp/news/article/132959","news"),
 ("S2-otakuma-20210617-rfa212","航空自衛隊F-15 日米共同訓練「レッドフラッグ・アラスカ」に参加","おたくま経済新聞 (Otakuma Keizai Shimbun)","","2021-06-17","day","https://otakuma.net/archives/2021061710.html","news"),
 ("S2-newsminer-20200801-rfa203","Third scheduled Red Flag exercise starts today following cancellation of the first two","Fairbanks Daily News-Miner","Alistair Gardiner","2020-08-01","day","http://www.newsminer.com/news/local_news/third-scheduled-red-flag-exercise-starts-today-following-cancellation-of-the-first-two/article_8e2a2004-d3a9-11ea-a61d-4f73e34996cd.html","news"),
 ("S2-jber-2023-rfa232","U.S., international partners unite for RED FLAG-Alaska 23-2","Joint Base Elmendorf-Richardson (673d Air Base Wing Public Affairs)","Maria Galvez","","","https://www.jber.jb.mil/News/Articles/Display/Article/3427419/us-international-partners-unite-for-red-flag-alaska-23-2/","official"),
 ("S2-dvids-2023-rfa232","Red Flag-Alaska 23-2 strengthens joint force interoperability","DVIDS (354th Fighter Wing)","","","","https://www.dvidshub.net/news/447744/red-flag-alaska-23-2-strengthens-joint-force-interoperability","official"),
 ("S2-dvids-2025-rfa252","Red Flag-Alaska 25-2 begins, enhancing Indo-Pacific readiness","DVIDS","","","","https://www.dvidshub.net/news/500913/red-flag-alaska-25-2-begins-enhancing-indo-pacific-readiness","official"),
 ("S2-flyteam-2025-rfa252","RED FLAG-Alaska 25-2 終了 (JASDF participation ends)","FlyTeam","","","","https://flyteam.jp/news/article/143525","news"),
 ("S2-marines-20150911-fl161","1st Battalion, 2nd Marines work with JGSDF during Forest Light 16-1","U.S. Marine Corps","Cpl. Devon Tindle","2015-09-11","day","http://www.marines.mil/News/News-Display/Article/616845/1st-battalion-2nd-marines-work-with-jgsdf-during-forest-light-16-1","official"),
 ("S2-thegunpage-20160212-fl162","Marines, Japan Ground Self-Defense Force Train in Forest Light 16-2 (re-post of Tactical Life, quoting a III MEF release by Cpl. Tyler Giguere)","The Gun Page","","2016-02-12","day","https://www.thegunpage.com/marines-japan-ground-self-defense-force-train-in-forest-light-16-2/2429556","reproduction"),
 ("S2-mcipac-20130314-fl133","JGSDF members, Marines train on skis","Marine Corps Installations Pacific","Pfc. Kasey Peacock","2013-03-14","day","https://www.mcipac.marines.mil/Media-Room/News/Article/532016/jgsdf-members-marines-train-on-skis","official"),
 ("S2-dvids-2012-fl122","Marines, JGSDF come together for Forest Light","DVIDS (III Marine Expeditionary Force)","2nd Lt. Jeanscott Dodd","","","http://www.dvidshub.net/news/85322/marines-jgsdf-come-together-forest-light","official"),
 ("S2-okimar-20140325-fl142","Forest Light 14-2 concludes: JGSDF, Marine Corps cold-weather interoperability enhanced","Okinawa Marines (III MEF)","Lance Cpl. Joey S. Holeman Jr.","2014-03-25","day","https://www.okinawa.marines.mil/News/News-Article-Display/Article/504643/forest-light-14-2-concludes-jgsdf-marine-corps-cold-weather-interoperability-en/","official"),
 ("S2-okimar-20140318-fl142","Forest Light begins with snow-filled ceremony","Okinawa Marines (III MEF)","Lance Cpl. Joey S. Holeman Jr.","2014-03-18","day","https://www.okinawa.marines.mil/News/News-Article-Display/Article/504631/forest-light-begins-with-snow-filled-ceremony/","official"),
 ("S2-3mardiv-20190117-fl192","Exercise Forest Light 19.2 Begins Early February","3rd Marine Division","2nd Lt. Brett Vannier","2019-01-17","day","https://www.3rdmardiv.marines.mil/Media-Room/News/Article/Article/1735017/exercise-forest-light-192-begins-early-february/","official"),
 ("S2-stripes-2017-ts17","Elite Japanese paratrooper unit joins Talisman Saber drills for the first time","Stars and Stripes","Matthew M. Burke","","","https://www.stripes.com/news/elite-japanese-paratrooper-unit-joins-talisman-saber-drills-for-the-first-time-1.478500","news"),
 ("S2-modjdf132-fl2020","Japan Defense Focus No.132 (Feb. 2021): Japan-U.S. Bilateral Exercise \"Forest Light\"","Ministry of Defense of Japan","","2021-02","month","https://www.mod.go.jp/en/jdf/no132/topics.html","official"),
 ("S2-saitama-2026-ke26","令和7年度日米共同統合演習(指揮所演習)(KE26)について (information from the North Kanto Defense Bureau)","Saitama Prefectural Government (cached copy)","","","","https://www-pref-saitama-lg-jp.cache.yimg.jp/a0101/kichitaisaku/oshirase/20260120.html","official"),
 ("S2-jwing-20260122-ke26","日米共同統合演習を1月29日から実施 豪軍も参加、日米拠点にて実施","WING (Wing Aviation Press)","","2026-01-22","day","https://www.jwing.net/news/104216","news"),
 ("S2-modtohoku-2015-os","日米共同訓練(国内における米陸軍との実動訓練)","Ministry of Defense of Japan, Tohoku Defense Bureau","","","","http://www.mod.go.jp/rdb/tohoku/topics/270925_os/os.html","official"),
 ("S2-gsdf-2012-os12","国内における米陸軍との実動訓練 (2012)","Japan Ground Self-Defense Force","","","","https://www.mod.go.jp/gsdf/news/train/2012/20121107.html","official"),
 ("S2-mixi-20210611-os21","令和3年度国内における米陸軍との実動訓練(オリエント・シールド21)の概要について (GSDF Ground Staff Office press release of 10 June 2021, reproduced in a mixi diary)","mixi (user diary reproducing a JGSDF press release)","","2021-06-11","day","https://mixi.jp/view_diary.pl?id=1979496983&owner_id=40818520","reproduction"),
 ("S2-3rdmeb-20191215-ys77","U.S. and Japan conduct bilateral exercise Yama Sakura 77","3rd Marine Expeditionary Brigade","Staff Sgt. Jordan Gilbert","2019-12-15","day","https://www.3rdmeb.marines.mil/Media-Room/News/Article/Article/2040449/us-and-japan-conduct-bilateral-exercise-yama-sakura-77/","official"),
 ("S2-jpsn-gsdf-bilateral","日米共同訓練(陸上自衛隊)","JPSN (jpsn.org)","","","","http://www.jpsn.org/special/security/184/","think tank"),
]
sources = [s + (ACC,) for s in sources]
w("sources.csv", ["source_id","title","publisher","author","published","published_precision","url","kind","accessed"], sources)

# ---------------- exercises ----------------
# exercise_id,name,series,kind,start,start_precision,end,end_precision,location,lat,lon,at_sea,host,domain,first,notes
ex = [
 ("EX-USA-2020-YAMASAKURA79","Yama Sakura 79","Yama Sakura","exercise","2020-12-07","day","2020-12-15","day","Camp Kengun (Kumamoto), Camp Asaka, Camp Courtney (Okinawa) and other sites in Japan and the U.S.",32.79,130.74,"false","JPN","land","",
  "JGSDF Western Army with U.S. I Corps; 3rd Marine Expeditionary Brigade with the JGSDF Amphibious Rapid Deployment Brigade at Camp Courtney 9-14 Dec. About 4,000 Japanese and 1,000 U.S. personnel (China.org.cn, reporting the opening ceremony at Camp Kengun on 7 Dec and the exercise running to 15 Dec); U.S. Army: 'more than 500 U.S. and Japanese service members' working together while far apart, virtual opening ceremony 6 Dec (U.S. time), the first training of this scale conducted virtually, because of COVID-19. MOD designation 令和2年度日米共同方面隊指揮所演習 (YS-79). Coordinates: Camp Kengun."),
 ("EX-USA-2018-IRONFIST","Iron Fist 2018","Iron Fist","exercise","2018-01-12","day","","","Marine Corps Base Camp Pendleton and other Southern California bases",33.3,-117.35,"false","USA","amphibious","",
  "Opening ceremony 12 Jan 2018 at Camp Pendleton; 11th MEU and 1st Battalion, 4th Marines with the JGSDF Western Army Infantry Regiment for 'the next five weeks' (end date not confirmed). Final Iron Fist before the JGSDF Amphibious Rapid Deployment Brigade was to be established in March 2018."),
 ("EX-USA-2018-KEENEDGE","Keen Edge 18 (FY2017 Japan-U.S. Joint Exercise, command post exercise)","Keen Edge","exercise","2018-01-09","day","2018-02-03","day","MOD Ichigaya, unit locations in Japan, Hawaii and Yokota Air Base",35.69,139.73,"false","JPN","joint","",
  "Japanese name 平成29年度日米共同統合演習(指揮所演習): GSDF, MSDF and ASDF units with U.S. Pacific Command HQ and U.S. Army, Navy, Air Force and Marine Corps Japan; the 22nd Japan-U.S. joint exercise since FY1985 (FTX and CPX counted together); fourth with other ministries taking part (inter-agency coordination play 9-12 Jan). The name 'Keen Edge' is not in the source read: it is applied because Keen Edge is the command-post half of the Japan-U.S. joint exercise that alternates with the Keen Sword FTX (U.S. Air Force, Keen Edge 16). Coordinates: MOD Ichigaya."),
 ("EX-USA-2015-REDFLAGALASKA","Red Flag-Alaska (August 2015, JASDF participation)","Red Flag-Alaska","exercise","2015-08-07","day","2015-08-22","day","Eielson Air Force Base and Joint Base Elmendorf-Richardson, Alaska",64.665,-147.1,"false","USA","air","",
  "JASDF deployment 27 Jul-28 Aug 2015 with about 310 personnel (Air Defense Command and Air Support Command) and 12 aircraft: 6 F-15, 1 E-767, 3 C-130H, 2 KC-767; exercise period 7-22 Aug 2015 (FlyTeam). A FlyTeam photo caption shows a JASDF F-15J beside an ROK Air Force F-16D on 10 Aug 2015. JGSDF 1st Airborne Brigade paratroopers also planned a bilateral jump with U.S. Army Alaska during Red Flag 15-03 (PACOM, May 2015) - not confirmed as executed."),
 ("EX-USA-2016-REDFLAGALASKA","Red Flag-Alaska 2016 (June, JASDF participation)","Red Flag-Alaska","exercise","2016-06-03","day","2016-06-18","day","Eielson Air Force Base and Joint Base Elmendorf-Richardson, Alaska",64.665,-147.1,"false","USA","air","",
  "JASDF participation period 24 May-24 Jun 2016; exercise 3-18 Jun 2016; about 310 personnel (Air Defense Command and Air Support Command) and 12 aircraft: 6 F-15, 1 E-767, 3 C-130H, 2 KC-767 (FlyTeam, announcing the JASDF release)."),
 ("EX-USA-2021-REDFLAGALASKA","Red Flag-Alaska 21-2","Red Flag-Alaska","exercise","2021-06-10","day","2021-06-25","day","Joint Base Elmendorf-Richardson and Eielson Air Force Base, Alaska",61.25,-149.81,"false","USA","air","",
  "First Red Flag-Alaska with international participants since the pandemic (2020 iteration held in August was U.S.-only). JASDF at JBER: 6 F-15J/DJ (9th Air Wing, Naha) and 1 E-767, about 170 personnel, deployment 1 Jun-3 Jul 2021; ROK Air Force at Eielson. About 1,500 personnel and over 100 aircraft in total. Coordinates: JBER."),
 ("EX-USA-2023-REDFLAGALASKA","Red Flag-Alaska 23-2","Red Flag-Alaska","exercise","2023-06-12","day","2023-06-23","day","Joint Base Elmendorf-Richardson and Eielson Air Force Base, Alaska",61.25,-149.81,"false","USA","air","",
  "JASDF and ROK Air Force participants; more than 2,000 service members from 32 units and over 70 aircraft expected (JBER); DVIDS: about 2,500 personnel and 70 aircraft, focus on airlift with a joint forcible entry capstone. JASDF aircraft types not stated in the sources read. Coordinates: JBER."),
 ("EX-USA-2025-REDFLAGALASKA","Red Flag-Alaska 25-2","Red Flag-Alaska","exercise","2025-06-12","day","","","Joint Base Elmendorf-Richardson and Eielson Air Force Base, Alaska",61.25,-149.81,"false","USA","air","",
  "Began 12 Jun 2025 for two weeks (end date not confirmed); about 1,500 participants and more than 70 aircraft. JASDF: 6 F-15J/DJ (Naha), 1 E-767 (Hamamatsu), 2 C-130 (Komaki) (FlyTeam). Coordinates: JBER."),
 ("EX-USA-2012-FORESTLIGHT122","Forest Light 12-2","Forest Light","exercise","2012-03-02","day","2012-03-12","day","Yausubetsu Training Area, Hokkaido",43.3,144.6,"false","JPN","land","",
  "Cold-weather training: Combat Logistics Regiments 35 and 37 (3rd Marine Logistics Group, III MEF) with the JGSDF 4th Infantry Regiment, 5th Brigade. Coordinates approximate (Yausubetsu)."),
 ("EX-USA-2013-FORESTLIGHT133","Forest Light 13-3","Forest Light","exercise","2013","year","2013-03-05","day","Hokkaido-Dai Maneuver Area, Hokkaido",42.93,141.62,"false","JPN","land","",
  "Concluded with a ski-training day on 5 Mar 2013; Marines with the JGSDF 11th Infantry Regiment, 7th Armored Division, Northern Army. Start date not stated in the source read (start given as year only). Coordinates approximate."),
 ("EX-USA-2014-FORESTLIGHT142","Forest Light 14-2","Forest Light","exercise","2014-02-25","day","2014-03-08","day","Sekiyama Training Area, Niigata",37.03,138.3,"false","JPN","land","",
  "Two-week cold-weather exercise: Company I, 3rd Battalion, 1st Marines (4th Marines, 3rd Marine Division) with the JGSDF 2nd Infantry Regiment, 12th Brigade, Eastern Army; opening ceremony 25 Feb, closing ceremony 8 Mar 2014. Coordinates approximate."),
 ("EX-USA-2015-FORESTLIGHT161","Forest Light 16-1","Forest Light","exercise","2015-09-06","day","2015-09-18","day","Camp Imazu and Aibano area, Takashima, Shiga",35.41,136.03,"false","JPN","land","",
  "About 240 Marines (1st Battalion, 2nd Marines; Marine Heavy Helicopter Squadron 462) with about 350 JGSDF (50th Infantry Regiment, 14th Brigade); opening ceremony 6 Sept, training 7-18 Sept 2015. Coordinates approximate."),
 ("EX-USA-2016-FORESTLIGHT162","Forest Light 16-2","Forest Light","exercise","2016","year","2016-02-06","day","Hokkaido",43.3,142.8,"false","JPN","land","",
  "Winter exercise in Hokkaido, ending 6 Feb 2016; III MEF elements (Kilo Company) with the JGSDF; force-on-force training, helo-borne operations. Start date unknown (start given as year only). Only source read is a re-post of a III MEF release (Cpl. Tyler Giguere) - the original was not found. Coordinates: approximate centre of Hokkaido."),
 ("EX-USA-2026-KEENEDGE","Keen Edge 26 (FY2025 Japan-U.S. Joint Exercise, command post exercise)","Keen Edge","exercise","2026-01-29","day","2026-02-05","day","MOD Ichigaya, USFJ facilities, Camp Asaka and Joint Base Pearl Harbor-Hickam (Hawaii)",35.69,139.73,"false","JPN","joint","",
  "Japanese name 令和7年度日米共同統合演習(指揮所演習), designated KE26 by the North Kanto Defense Bureau (via Saitama Prefecture). Australian forces took part ('同志国である豪軍'). Camp Asaka used for the first time as the bilateral coordination centre (about 870 JSDF and 30 U.S. personnel there, with about a week of set-up and tear-down either side). Coordinates: MOD Ichigaya."),
 ("EX-USA-2015-ORIENTSHIELD","Orient Shield 15 (GSDF field training with the U.S. Army in Japan, Ojojihara)","Orient Shield","exercise","2015-09-10","day","2015-09-20","day","Ojojihara Maneuver Area and Camp Taiwa, Miyagi",38.47,140.78,"false","JPN","land","",
  "JGSDF 44th Infantry Regiment (6th Division, Fukushima), about 1,280, with a battalion of the U.S. Army Alaska 1-25 brigade (5-1 battalion), about 430; functional and integrated training (MOD Tohoku Defense Bureau). The name 'Orient Shield' is not in the source read: it is applied because MOD's designation 国内における米陸軍との実動訓練 (field training with the U.S. Army in Japan) is the Orient Shield series - the GSDF page under that title for 24 Oct-7 Nov 2012 at Aibano matches Orient Shield 12, and the GSDF's FY2021 release is titled 国内における米陸軍との実動訓練(オリエント・シールド21); the MOD page's folder is named '270925_os'. Coordinates approximate (Ojojihara)."),
]
w("exercises.csv", ["exercise_id","name","series","kind","start","start_precision","end","end_precision","location","lat","lon","at_sea","host","domain","first","notes"], ex)

# exercise_id,country,role,aircraft,ships,personnel,departed_from,departed_lat,departed_lon
parts = [
 ("EX-USA-2020-YAMASAKURA79","JPN","Japan","","","4000","","",""),
 ("EX-USA-2020-YAMASAKURA79","USA","partner","","","1000","","",""),
 ("EX-USA-2018-IRONFIST","JPN","Japan","","","","","",""),
 ("EX-USA-2018-IRONFIST","USA","partner","","","","","",""),
 ("EX-USA-2018-KEENEDGE","JPN","Japan","","","","","",""),
 ("EX-USA-2018-KEENEDGE","USA","partner","","","","","",""),
 ("EX-USA-2015-REDFLAGALASKA","JPN","Japan","12","","310","","",""),
 ("EX-USA-2015-REDFLAGALASKA","USA","partner","","","","","",""),
 ("EX-USA-2015-REDFLAGALASKA","KOR","co-participant","","","","","",""),
 ("EX-USA-2016-REDFLAGALASKA","JPN","Japan","12","","310","","",""),
 ("EX-USA-2016-REDFLAGALASKA","USA","partner","","","","","",""),
 ("EX-USA-2021-REDFLAGALASKA","JPN","Japan","7","","170","Naha Air Base (9th Air Wing)",26.2,127.65),
 ("EX-USA-2021-REDFLAGALASKA","USA","partner","","","","","",""),
 ("EX-USA-2021-REDFLAGALASKA","KOR","co-participant","","","","","",""),
 ("EX-USA-2023-REDFLAGALASKA","JPN","Japan","","","","","",""),
 ("EX-USA-2023-REDFLAGALASKA","USA","partner","","","","","",""),
 ("EX-USA-2023-REDFLAGALASKA","KOR","co-participant","","","","","",""),
 ("EX-USA-2025-REDFLAGALASKA","JPN","Japan","9","","","Naha Air Base (F-15J/DJ), Hamamatsu (E-767), Komaki (C-130)",26.2,127.65),
 ("EX-USA-2025-REDFLAGALASKA","USA","partner","","","","","",""),
 ("EX-USA-2012-FORESTLIGHT122","JPN","Japan","","","","","",""),
 ("EX-USA-2012-FORESTLIGHT122","USA","partner","","","","","",""),
 ("EX-USA-2013-FORESTLIGHT133","JPN","Japan","","","","","",""),
 ("EX-USA-2013-FORESTLIGHT133","USA","partner","","","","","",""),
 ("EX-USA-2014-FORESTLIGHT142","JPN","Japan","","","","","",""),
 ("EX-USA-2014-FORESTLIGHT142","USA","partner","","","","","",""),
 ("EX-USA-2015-FORESTLIGHT161","JPN","Japan","","","350","","",""),
 ("EX-USA-2015-FORESTLIGHT161","USA","partner","","","240","","",""),
 ("EX-USA-2016-FORESTLIGHT162","JPN","Japan","","","","","",""),
 ("EX-USA-2016-FORESTLIGHT162","USA","partner","","","","","",""),
 ("EX-USA-2026-KEENEDGE","JPN","Japan","","","","","",""),
 ("EX-USA-2026-KEENEDGE","USA","partner","","","","","",""),
 ("EX-USA-2026-KEENEDGE","AUS","partner","","","","","",""),
 ("EX-USA-2015-ORIENTSHIELD","JPN","Japan","","","1280","","",""),
 ("EX-USA-2015-ORIENTSHIELD","USA","partner","","","430","","",""),
]
w("exercise_participants.csv", ["exercise_id","country","role","aircraft","ships","personnel","departed_from","departed_lat","departed_lon"], parts)

# ---------------- citations ----------------
cit = [
 # new exercises
 ("exercises","EX-USA-2020-YAMASAKURA79","S2-armymil-20201209-ys79","I Corps has transformed Yama Sakura 79 into the largest geographically dispersed virtual training event in the exercise's 38-year history"),
 ("exercises","EX-USA-2020-YAMASAKURA79","S2-dvids-2020-ys79-courtney","are taking part in Yama Sakura 79, an annual command post exercise, Dec. 9 to Dec. 14, 2020 at Camp Courtney, Okinawa, Japan"),
 ("exercises","EX-USA-2020-YAMASAKURA79","S2-chinaorg-20201208-ys79","今回の演習は15日まで続く。日本側からは計約4000人、米側から計約1000人が参加。"),
 ("exercises","EX-USA-2018-IRONFIST","S2-ocregister-20180112-if18","On Friday, Jan. 12 commanding generals participated in a ceremony at Camp Pendleton to launch Iron fist 2018"),
 ("exercises","EX-USA-2018-KEENEDGE","S2-sorae-20180104-ke18","防衛省・統合幕僚監部は、「平成29年度日米共同統合演習(指揮所演習)」を2018年1月9日〜2月3日に実施すると発表しました。"),
 ("exercises","EX-USA-2018-KEENEDGE","X2-src-af-2016-ke16","It has historically been part of an annual exercise series that alternates between field training exercises (Keen Sword) and command post exercises."),
 ("exercises","EX-USA-2015-REDFLAGALASKA","S2-flyteam-2015-rfa","派遣期間中、レッド・フラッグ・アラスカの演習期間は8月7日(金)から8月22日(土)です。"),
 ("exercises","EX-USA-2016-REDFLAGALASKA","S2-flyteam-2016-rfa","参加する期間のうち、レッドフラッグ・アラスカの演習は6月3日(金)から6月18日(土)です。"),
 ("exercises","EX-USA-2021-REDFLAGALASKA","S2-477fg-2021-rfa212","The Royal Korean Air Forces will be at Eielson Air Force Base and the Japan Self-Air Defense Force will be participating at JBER."),
 ("exercises","EX-USA-2021-REDFLAGALASKA","S2-flyteam-2021-rfa212","演習「レッドフラッグ・アラスカ21-2」は6月10日(木)から6月25日(金)の期間に実施されます。"),
 ("exercises","EX-USA-2023-REDFLAGALASKA","S2-jber-2023-rfa232","this iteration will include both Japan Air Self-Defense Force and Republic of Korea Air Force participants"),
 ("exercises","EX-USA-2023-REDFLAGALASKA","S2-dvids-2023-rfa232","The exercise brought U.S. Air Force, U.S. Army, Republic of Korea Air Force and Japan Air Self-Defense Force units together to train simultaneously."),
 ("exercises","EX-USA-2025-REDFLAGALASKA","S2-dvids-2025-rfa252","Red Flag-Alaska 25-2 commenced June 12, bringing together approximately 1,500 participants and more than 70 aircraft"),
 ("exercises","EX-USA-2025-REDFLAGALASKA","S2-flyteam-2025-rfa252","日本からは、那覇基地のF-15J/DJ戦闘機6機、浜松基地のE-767早期警戒管制機1機、小牧基地のC-130輸送機2機が参加しました。"),
 ("exercises","EX-USA-2012-FORESTLIGHT122","S2-dvids-2012-fl122","The exercise, dubbed Forest Light 12-2, took place at the Yausubetsu Training Area in Hokkaido, Japan."),
 ("exercises","EX-USA-2013-FORESTLIGHT133","S2-mcipac-20130314-fl133","concluded Exercise Forest Light 13-3 by spending a day maneuvering through fresh snow on skis March 5 at the Hokkaido-Dai Maneuver Area"),
 ("exercises","EX-USA-2014-FORESTLIGHT142","S2-okimar-20140325-fl142","brought Exercise Forest Light 14-2 to a close March 8 at Sekiyama Training Area, Niigata prefecture, Japan."),
 ("exercises","EX-USA-2014-FORESTLIGHT142","S2-okimar-20140318-fl142","U.S. Marines and Japan Ground Self-Defense Force members stood in formation Feb. 25 during a ceremony signaling the start of a two-week, cold-weather training exercise."),
 ("exercises","EX-USA-2015-FORESTLIGHT161","S2-marines-20150911-fl161","start Forest Light 16-1 which begins Sept. 6 and concludes on Sept.18, 2015 at Camp Imazu, Takashima, Japan."),
 ("exercises","EX-USA-2016-FORESTLIGHT162","S2-thegunpage-20160212-fl162","Forest Light, ending Feb. 6, took place in the remote winter environment of Hokkaido, Japan."),
 ("exercises","EX-USA-2026-KEENEDGE","S2-saitama-2026-ke26","期間:令和8年1月29日(木曜日)~2月5日(木曜日)"),
 ("exercises","EX-USA-2026-KEENEDGE","S2-jwing-20260122-ke26","「令和7年度日米共同統合演習(指揮所演習)」を1月29日から2月5日まで実施すると発表した。"),
 ("exercises","EX-USA-2015-ORIENTSHIELD","S2-modtohoku-2015-os","平成27年9月10日から20日までの間、日米共同訓練が実施されました。"),
 ("exercises","EX-USA-2015-ORIENTSHIELD","S2-gsdf-2012-os12","「国内における米陸軍との実動訓練」を平成24年10月24日(水)から11月7日(水)の間、あいば野演習場において実施しました。"),
 ("exercises","EX-USA-2015-ORIENTSHIELD","S2-mixi-20210611-os21","令和3年度国内における米陸軍との実動訓練(オリエント・シールド21)の概要について"),
 ("exercises","X2-EX-2019-YS77","S2-3rdmeb-20191215-ys77","participated in Exercise Yama Sakura 77 on Camp Courtney, Okinawa, Japan Dec. 9-16, 2019"),
 ("exercises","X2-EX-2017-06-CPX-HAWAII","S2-jpsn-gsdf-bilateral","概ね年に2回、米国及び日本で行っています。"),
 ("exercises","X2-EX-2018-06-CPX-HAWAII","S2-jpsn-gsdf-bilateral","指揮所演習(YS) 日米共同方面隊指揮所演習"),
 # evidence naming existing records linked to a series whose name/series field does not say so
 ("exercises","X2-EX-2017-11-CPX-SENDAI","S2-armymil-2017-ys73","America's First Corps concluded its bilateral command post exercise, Yama Sakura 73, Dec. 11"),
 ("exercises","X2-EX-2018-12-CPX-CHITOSE","S2-pacom-20181214-ys75","learn the nuances in the ways each force operates at Yama Sakura 75, Dec. 10-16, 2018."),
 ("exercises","X2-EX-2018-12-CPX-CHITOSE","S2-dvids-2018-ys75","with approximately 1,600 U.S. forces from around the region and 5,000 JGSDF forces supporting exercise efforts based at Camp Higashi-Chitose."),
 ("exercises","X2-EX-2018-12-HIJUDAI","S2-3mardiv-20190117-fl192","after the opening ceremony for exercise Forest Light 19.1, in Hijyudai Maneuver Area, Japan, on Dec. 7, 2018."),
 ("exercises","X2-EX-2019-02-AIBANO","S2-3mardiv-20190117-fl192","conduct the semiannual bilateral exercise Forest Light 19.2 from Feb. 4 -15, 2019 in the Aibano Maneuver Area."),
 ("exercises","X2-EX-2017-06-ASDF-ALASKA","S2-flyteam-2017-rfa","「レッド・フラッグ・アラスカ」の期間は6月9日(金)から6月24日(土)で"),
 ("exercises","X2-EX-2017-07-SHOALWATER","S2-stripes-2017-ts17","taking part in this month’s Talisman Saber drills in Australia for the first time"),
 ("exercises","X2-EX-2020-FORESTLIGHT","S2-modjdf132-fl2020","From December 7th to 18th, the Japan Ground Self-Defense Force (JGSDF) conducted the Japan-U.S. Bilateral Exercise “Forest Light” with the U.S. Marine Corps"),
 # not_held
 ("not_held","NH-IRON-FIST-2021","S2-dvids-2020-marineminute-if20","This year’s exercise not only marks the 15th iteration"),
 ("not_held","NH-IRON-FIST-2021","X3-src-tosd-2022-ironfist22","The exercise, the 16th iteration of Exercise Iron Fist 22, will run through Feb. 16."),
 ("not_held","NH-IRON-FIST-2021","X3-src-dvids-2026-ironfist26-close","during Exercise Iron Fist 26, the 20th iteration of the bilateral exercise, conducted from Feb. 23 through March 9, 2026."),
 ("not_held","NH-RED-FLAG-ALASKA-2020","S2-477fg-2021-rfa212","Last year, we held a US-only RF-A exercise in August, so this is our first RF-A with international participants"),
 ("not_held","NH-RED-FLAG-ALASKA-2020","S2-newsminer-20200801-rfa203","The first of this year’s Red Flag exercises was due to take place April 30 to May 15"),
 ("not_held","NH-RED-FLAG-ALASKA-2020","S2-otakuma-20210617-rfa212","2020年のレッドフラッグ・アラスカは新型コロナウイルス禍の影響によりアメリカ軍のみで実施されたため、航空自衛隊は2019年以来の参加となりました。"),
]
w("citations.csv", ["table","record_id","source_id","locator"], cit)

# ---------------- not_held ----------------
nh = [
 ("NH-IRON-FIST-2021","IRON-FIST",2021,"not held",
  "No Iron Fist was held in calendar 2021: U.S. Marine Corps numbering gives Iron Fist 2020 (Jan-Feb 2020) as the 15th iteration and Iron Fist 22 (Jan-Feb 2022) as the 16th, and Iron Fist 26 as the 20th (one per year 2022-2026). No source read gives the reason (COVID-19 is likely but unconfirmed)."),
 ("NH-RED-FLAG-ALASKA-2020","RED-FLAG-ALASKA",2020,"held without Japan",
  "Red Flag-Alaska 20-1 (30 Apr-15 May) and 20-2 (11-26 Jun, the iteration the JASDF usually joins) were cancelled because of COVID-19; 20-3 (1-16 Aug 2020) was held U.S.-only; the 354th OG Det 1 called RF-A 21-2 (June 2021) 'our first RF-A with international participants' after the U.S.-only August 2020 event, and Otakuma notes 21-2 was the JASDF's first since 2019. (RF-A 21-1, 8-23 Oct 2020, falls in calendar 2020 and is thereby also covered.)"),
]
w("not_held.csv", ["not_held_id","series_id","year","status","notes"], nh)

# ---------------- links ----------------
L = {
 "KEEN-SWORD": [(2012,"X1-EX-2012-KEENSWORD13"),(2014,"X1-EX-2014-KEENSWORD15"),(2016,"X2-EX-2016-KEENSWORD"),(2018,"E-CAN-2018-KEEN-SWORD"),(2020,"F-KS-2020"),(2022,"E-GBR-2022-KEEN-SWORD"),(2024,"F-KS-2024")],
 "KEEN-EDGE": [(2012,"X1-EX-2012-KEENEDGE"),(2014,"X1-EX-2014-KEENEDGE"),(2016,"X2-EX-2016-KEENEDGE"),(2018,"EX-USA-2018-KEENEDGE"),(2020,"X2-EX-2020-KEENEDGE"),(2022,"X3-EX-2022-KEENEDGE"),(2024,"F-KE-2024"),(2026,"EX-USA-2026-KEENEDGE")],
 "YAMA-SAKURA": [(2011,"X1-EX-2011-YAMASAKURA59"),(2012,"X1-EX-2012-YAMASAKURA61"),(2013,"X1-EX-2013-YAMASAKURA65"),(2014,"X1-EX-2014-YAMASAKURA67"),(2015,"X2-EX-2015-YS69"),(2016,"X2-EX-2016-YS71"),(2017,"X2-EX-2017-06-CPX-HAWAII"),(2017,"X2-EX-2017-11-CPX-SENDAI"),(2018,"X2-EX-2018-06-CPX-HAWAII"),(2018,"X2-EX-2018-12-CPX-CHITOSE"),(2019,"X2-EX-2019-YS76"),(2019,"X2-EX-2019-YS77"),(2020,"EX-USA-2020-YAMASAKURA79"),(2021,"X3-EX-2021-YAMASAKURA"),(2022,"X3-EX-2022-YAMASAKURA"),(2023,"X3-EX-2023-YAMASAKURA"),(2024,"X3-EX-2024-YAMASAKURA"),(2025,"X3-EX-2025-YAMASAKURA")],
 "ORIENT-SHIELD": [(2012,"X1-EX-2012-ORIENTSHIELD"),(2014,"X1-EX-2014-ORIENTSHIELD"),(2015,"EX-USA-2015-ORIENTSHIELD"),(2016,"X2-EX-2016-ORIENTSHIELD"),(2017,"X2-EX-2017-09-GSDF-HIGASHIFUJI"),(2018,"X2-EX-2018-08-GSDF-TAKIGAHARA"),(2019,"X2-EX-2019-ORIENTSHIELD"),(2021,"F-OS-2021"),(2022,"X3-EX-2022-ORIENTSHIELD"),(2023,"F-OS-2023"),(2024,"F-OS-2024"),(2025,"F-OS-2025")],
 "IRON-FIST": [(2011,"X1-EX-2011-IRONFIST"),(2012,"X1-EX-2012-IRONFIST"),(2013,"X1-EX-2013-IRONFIST"),(2014,"X1-EX-2014-IRONFIST"),(2015,"X2-EX-2015-IRONFIST"),(2016,"F-IRONFIST-2016"),(2017,"X2-EX-2017-IRONFIST"),(2018,"EX-USA-2018-IRONFIST"),(2019,"F-IRONFIST-2019"),(2020,"X2-EX-2020-IRONFIST"),(2022,"X3-EX-2022-IRONFIST"),(2023,"X3-EX-2023-IRONFIST"),(2024,"X3-EX-2024-IRONFIST"),(2025,"X3-EX-2025-IRONFIST"),(2026,"X3-EX-2026-IRONFIST")],
 "RESOLUTE-DRAGON": [(2021,"F-RD-2021"),(2022,"X3-EX-2022-RESOLUTEDRAGON"),(2023,"F-RD-2023"),(2024,"F-RD-2024"),(2025,"X3-EX-2025-RESOLUTEDRAGON")],
 "FOREST-LIGHT": [(2012,"EX-USA-2012-FORESTLIGHT122"),(2012,"X1-EX-2012-FORESTLIGHT1201"),(2013,"EX-USA-2013-FORESTLIGHT133"),(2014,"EX-USA-2014-FORESTLIGHT142"),(2014,"X1-EX-2014-FORESTLIGHT151"),(2015,"EX-USA-2015-FORESTLIGHT161"),(2016,"EX-USA-2016-FORESTLIGHT162"),(2017,"X2-EX-2017-FORESTLIGHT"),(2018,"X2-EX-2018-12-HIJUDAI"),(2019,"X2-EX-2019-02-AIBANO"),(2019,"X2-EX-2019-FORESTLIGHT-MA"),(2020,"X2-EX-2020-FORESTLIGHT-WA"),(2020,"X2-EX-2020-FORESTLIGHT")],
 "DAWN-BLITZ": [(2013,"X1-EX-2013-DAWNBLITZ"),(2015,"X2-EX-2015-DAWNBLITZ")],
 "TALISMAN-SABRE": [(2015,"F-TALISMAN-2015"),(2017,"X2-EX-2017-07-SHOALWATER"),(2019,"F-TALISMAN-2019"),(2021,"F-TALISMAN-2021"),(2023,"F-TALISMAN-2023"),(2025,"F-TALISMAN-2025")],
 "COPE-NORTH": [(2011,"X1-EX-2011-COPENORTH"),(2012,"X1-EX-2012-COPENORTH"),(2013,"X1-EX-2013-COPENORTH13"),(2014,"X1-EX-2014-COPENORTH"),(2015,"F-COPENORTH-2015"),(2016,"X2-EX-2016-COPENORTH"),(2017,"X2-EX-2017-COPENORTH"),(2018,"X2-EX-2018-COPENORTH"),(2019,"X2-EX-2019-COPENORTH"),(2020,"X2-EX-2020-COPENORTH"),(2021,"X3-EX-2021-COPENORTH"),(2022,"F-COPENORTH-2022"),(2023,"X3-EX-2023-COPENORTH"),(2024,"X3-EX-2024-COPENORTH"),(2025,"F-COPENORTH-2025")],
 "RED-FLAG-ALASKA": [(2011,"X1-EX-2011-REDFLAGALASKA"),(2012,"X1-EX-2012-REDFLAGALASKA"),(2013,"X1-EX-2013-REDFLAGALASKA"),(2014,"X1-EX-2014-REDFLAGALASKA"),(2015,"EX-USA-2015-REDFLAGALASKA"),(2016,"EX-USA-2016-REDFLAGALASKA"),(2017,"X2-EX-2017-06-ASDF-ALASKA"),(2018,"X2-EX-2018-REDFLAGALASKA"),(2019,"X2-EX-2019-REDFLAGALASKA"),(2021,"EX-USA-2021-REDFLAGALASKA"),(2023,"EX-USA-2023-REDFLAGALASKA"),(2025,"EX-USA-2025-REDFLAGALASKA")],
 "FREEDOM-EDGE": [(2024,"F-FREEDOMEDGE-2024-1"),(2024,"F-FREEDOMEDGE-2024-2"),(2025,"F-FREEDOMEDGE-2025")],
}
links = [(sid,y,e) for sid,v in L.items() for (y,e) in v]
w("links.csv", ["series_id","year","exercise_id"], links)
