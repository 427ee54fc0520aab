import csv, os

OUT = "/work/research/china"
ACC = "2026-12-05"
# ---------- sources ----------
S = []  # source_id,title,publisher,author,published,prec,url,kind


def src(i, t, p, a, pub, url, kind):
    prec = "" if not pub else {4: "year", 7: "month", 10: "day"}[len(pub)]
    S.append(
        dict(
            source_id=i,
            title=t,
            publisher=p,
            author=a,
            published=pub,
            published_precision=prec,
            url=url,
            kind=kind,
            accessed=ACC,
        )
    )


src(
    "CN-amn-20140113-wu14",
    "Aimed At US, China Tests New Ultra High Speed Missile (Washington Free Beacon text)",
    "American Military News (reposting Washington Free Beacon)",
    "",
    "2014-01-13",
    "https://americanmilitarynews.com/2014/01/aimed-us-china-tests-new-ultra-high-speed-missile/",
    "reproduction",
)
src(
    "CN-reuters-20140115-hgv",
    "China confirms hypersonic missile carrier test",
    "Reuters",
    "Sui-Lee Wee",
    "2014-01-15",
    "http://in.reuters.com/article/china-missile-idINL3N0KP3QV20140115",
    "news",
)
src(
    "CN-glblgeo-20140820-wu14",
    "China Secretly Conducts Second Flight Test Of New Ultra High-Speed Missile (Washington Free Beacon text)",
    "Global Geopolitics blog (reposting Washington Free Beacon)",
    "",
    "2014-08-20",
    "https://glblgeopolitics.wordpress.com/2014/08/20/china-secretly-conducts-second-flight-test-of-new-ultra-high-speed-missile/",
    "reproduction",
)
src(
    "CN-ibtimesau-2014-wu14",
    "China tests developmental hypersonic Mach 10 missile vs US defenses",
    "International Business Times Australia",
    "",
    "",
    "https://www.ibtimes.com.au/china-tests-developmental-hypersonic-mach-10-missile-vs-us-defenses-us-urged-keep-1395152",
    "news",
)
src(
    "CN-geopoliticalcenter-2014-wu14",
    "I cinesi falliscono il secondo test del loro programma HGV",
    "Geopolitical Center",
    "",
    "",
    "https://geopoliticalcenter.com/attualita/i-cinesi-falliscono-il-secondo-test-del-loro-programma-hgv/?amp=1",
    "news",
)
src(
    "CN-chinadaily-20141210-hgv",
    "Military: flight test of hypersonic missile normal scientific experiment",
    "China Daily",
    "Zhao Shengnan",
    "2014-12-10",
    "http://www.chinadaily.com.cn/china/2014-12/10/content_19057583.htm",
    "news",
)
src(
    "CN-inn-2015-wu14",
    "China confirms fourth hypersonic missile test",
    "Israel National News (Arutz Sheva)",
    "",
    "",
    "https://www.israelnationalnews.com/news/196746",
    "news",
)
src(
    "CN-glblgeo-20150613-wu14",
    "China Confirms Hypersonic Missile Test (Washington Free Beacon text)",
    "Global Geopolitics blog (reposting Washington Free Beacon)",
    "",
    "2015-06-13",
    "https://glblgeopolitics.wordpress.com/2015/06/13/china-confirms-hypersonic-missile-test/",
    "reproduction",
)
src(
    "CN-dailybeast-2017-df17",
    "Report: China Tests First Missile With Hypersonic Glide Vehicle",
    "The Daily Beast (citing The Diplomat)",
    "",
    "",
    "https://www.thedailybeast.com/report-china-tests-first-missile-with-hypersonic-glide-vehicle",
    "news",
)
src(
    "CN-kolkata24x7-2017-df17",
    "Red Dragon Tests New Ballistic Missile DF-17 (text of The Diplomat report)",
    "Kolkata24x7 (reproducing The Diplomat)",
    "",
    "",
    "https://english.kolkata24x7.com/red-dragon-tests-new-ballistic-missile-df-17.html/",
    "reproduction",
)
src(
    "CN-engadget-20180101-df17",
    "China reportedly tests new ballistic weapon that flies under radar",
    "Engadget",
    "",
    "2018-01-01",
    "https://www.engadget.com/2018-01-01-china-tests-ballistic-weapon-flies-under-radar.html",
    "news",
)
src(
    "CN-janes-20180810-starrysky2",
    "China claims successful test of hypersonic waverider",
    "Janes",
    "",
    "2018-08-10",
    "https://www.janes.com/article/82295/china-claims-successful-test-of-hypersonic-waverider",
    "news",
)
src(
    "CN-scmp-2018-starrysky2",
    "China's hypersonic aircraft, Starry Sky-2, could be used to carry nuclear missiles at six times the speed of sound",
    "South China Morning Post",
    "",
    "",
    "https://www.scmp.com/news/china/diplomacy-defence/article/2158524/chinas-hypersonic-aircraft-starry-sky-2-could-be-used",
    "news",
)
src(
    "CN-straitstimes-2019-parade",
    "China's 70th National Day: Parade unveils new military tech, ballistic missiles and supersonic drones",
    "The Straits Times",
    "",
    "",
    "https://www.straitstimes.com/asia/east-asia/chinas-70th-national-day-parade-unveils-new-military-tech-ballistic-missiles-and",
    "news",
)
src(
    "CN-chinamil-20191001-df41",
    "China unveils Dongfeng-41 nuclear missiles in National Day parade (Xinhua)",
    "China Military Online (Xinhua)",
    "",
    "2019-10-01",
    "http://eng.chinamil.com.cn/view/2019-10/01/content_9642096.htm",
    "official",
)
src(
    "CN-taipeitimes-20191002-parade",
    "China parades hypersonic-glide missiles (Reuters)",
    "Taipei Times (Reuters)",
    "",
    "2019-10-02",
    "http://www.taipeitimes.com/News/world/archives/2019/10/02/2003723274",
    "news",
)
src(
    "CN-militarycom-20150903-parade",
    "China Debuts 'Carrier Killer' Missiles in Military March",
    "Military.com (Defense Tech)",
    "",
    "2015-09-03",
    "https://www.military.com/defensetech/2015/09/03/chinas-debuts-carrier-killer-missile-in-military-march",
    "news",
)
src(
    "CN-globaltimes-201509-parade",
    'China unveils "carrier killer" and "Guam killer" missiles at WWII parade',
    "Global Times",
    "",
    "2015-09",
    "https://globaltimes.cn/page/201509/940518.shtml",
    "news",
)
src(
    "CN-chinamil-20180426-df26",
    "Dongfeng-26 ballistic missile commissioned (Xinhua)",
    "China Military Online (Ministry of National Defense section)",
    "Li Jiayao",
    "2018-04-26",
    "http://eng.chinamil.com.cn/VOICES/MinistryofNationalDefense_209794/8017084.html",
    "official",
)
src(
    "CN-janes-20180430-df26",
    "Beijing confirms induction of DF-26 ballistic missile into PLARF",
    "Janes",
    "",
    "2018-04-30",
    "https://www.janes.com/article/79676/beijing-confirms-induction-of-df-26-ballistic-missile-into-plarf",
    "news",
)
src(
    "CN-straitstimes-20211018-ft",
    "China tests new space capability with hypersonic missile: FT report",
    "The Straits Times",
    "",
    "2021-10-18",
    "https://www.straitstimes.com/asia/east-asia/china-tests-new-space-capability-with-hypersonic-missile-ft-report",
    "news",
)
src(
    "CN-straitstimes-20211019-denial",
    "Beijing denies report of hypersonic missile test",
    "The Straits Times",
    "",
    "2021-10-19",
    "https://www.straitstimes.com/asia/east-asia/beijing-denies-report-of-hypersonic-missile-test",
    "news",
)
src(
    "CN-bloomberg-20211021-two-tests",
    "China Tested Two Hypersonic Weapons Over Summer, FT Reports",
    "Bloomberg",
    "",
    "2021-10-21",
    "https://www.bloomberg.com/news/articles/2021-10-21/china-tested-two-hypersonic-weapons-over-summer-ft-reports",
    "news",
)
src(
    "CN-ft-moneycontrol-20211116",
    "China's nuclear build-up: 'one of the largest shifts in geostrategic power ever'",
    "Financial Times (licensed republication on Moneycontrol)",
    "Demetri Sevastopulo",
    "2021-11-16",
    "https://www.moneycontrol.com/news/opinion/chinas-nuclear-build-up-one-of-the-largest-shifts-in-geostrategic-power-ever-7726421.html",
    "news",
)
src(
    "CN-nhk-20211123-fobs",
    "FT: China fires missile from supersonic weapon",
    "NHK World",
    "",
    "2021-11-23",
    "https://www3.nhk.or.jp/nhkworld/en/news/20211123_06/",
    "news",
)
src(
    "CN-jpost-2022-yj21",
    "Chinese navy launches hypersonic anti-ship missiles in public display",
    "The Jerusalem Post",
    "",
    "",
    "https://www.jpost.com/international/article-705006",
    "news",
)
src(
    "CN-scmp-defencepk-20220420-yj21",
    "Chinese navy shows off hypersonic anti-ship missiles in public (SCMP text)",
    "South China Morning Post (text quoted on defence.pk forum)",
    "",
    "2022-04-20",
    "https://defence.pk/pdf/threads/chinese-navy-shows-off-hypersonic-anti-ship-missiles-in-public.740540/",
    "reproduction",
)
src(
    "CN-wapo-20230413-df27",
    "China hypersonic missile intelligence leak (opinion)",
    "The Washington Post",
    "Josh Rogin",
    "2023-04-13",
    "https://www.washingtonpost.com/opinions/2023/04/13/china-hypersonic-missile-intelligence-leak/",
    "news",
)
src(
    "CN-ibtimes-2023-df27",
    "China's most advanced hypersonic missile may penetrate US defense",
    "International Business Times",
    "",
    "",
    "https://www.ibtimes.com/chinas-most-advanced-hypersonic-missile-may-penetrate-us-defense-travels-five-times-speed-sound-3694728",
    "news",
)
src(
    "CN-voa-20110809-blog",
    "China's First Carrier Begins Sea Trial",
    "Voice of America (Breaking News blog)",
    "",
    "2011-08-09",
    "https://blogs.voanews.com/breaking-news/2011/08/09/chinas-first-carrier-begins-sea-trial-2/",
    "news",
)
src(
    "CN-voa-2011-carrier-trial",
    "Chinese Aircraft Carrier Begins First Sea Trial",
    "Voice of America",
    "",
    "",
    "https://www.voanews.com/a/chinas-first-carrier-begins-sea-trial-127346468/167850.html",
    "news",
)
src(
    "CN-asiandefence-20120828-varyag",
    "China's aircraft carrier begins 10th sea trial",
    "Asian Defence News blog",
    "",
    "2012-08-28",
    "https://asiandefence-news.blogspot.com/2012/08/chinas-aircraft-carrier-begins-10th-sea.html",
    "reproduction",
)
src(
    "CN-globaltimes-201209-liaoning",
    'China\'s first aircraft carrier "Liaoning" commissioned (Xinhua photos)',
    "Global Times (Xinhua)",
    "",
    "2012-09",
    "https://globaltimes.cn/page/201209/735273.shtml",
    "news",
)
src(
    "CN-scmp-topic-liaoning",
    "Liaoning aircraft carrier (topic page)",
    "South China Morning Post",
    "",
    "",
    "https://www.scmp.com/topics/liaoning-aircraft-carrier",
    "news",
)
src(
    "CN-chinaorg-20121206-j15",
    "J-15 fighter jet landing on the Liaoning (Xinhua photo)",
    "China.org.cn (Xinhua)",
    "",
    "2012-12-06",
    "http://china.org.cn/photos/2012-12/06/content_27333763_24.htm",
    "news",
)
src(
    "CN-chinaorgjp-20170929-j15",
    "中国海軍空母の歩み (J-15 発着艦)",
    "China.org.cn Japanese edition (中国網日本語版)",
    "",
    "2017-09-29",
    "http://japanese.china.org.cn/politics/txt/2017-09/29/content_50028795_5.html",
    "news",
)
src(
    "CN-peopledailyfr-2012-j15",
    "Chasseurs J-15 : test d'appontage sur le Liaoning",
    "People's Daily Online (French edition)",
    "",
    "",
    "http://french.peopledaily.com.cn/Chine/8035413.html",
    "news",
)
src(
    "CN-reuters-20170426-carrier2",
    "China launches first domestically built aircraft carrier",
    "Reuters",
    "",
    "2017-04-26",
    "http://in.reuters.com/article/china-military-carrier-idINL3N1HT1X2",
    "news",
)
src(
    "CN-chinamil-20180518-shandong-trial",
    "China's second aircraft carrier concludes first sea trials",
    "China Military Online",
    "",
    "2018-05-18",
    "http://eng.chinamil.com.cn/view/2018-05/18/content_8036484_3.htm",
    "official",
)
src(
    "CN-ap-bradenton-2018-shandong-trial",
    "China's first home-built aircraft carrier begins sea trials (AP photo caption)",
    "The Bradenton Herald (AP)",
    "",
    "",
    "http://www.bradenton.com/news/business/article211044069.html",
    "news",
)
src(
    "CN-scmp-20191217-shandong",
    "First made-in-China aircraft carrier the Shandong officially enters service",
    "South China Morning Post",
    "",
    "2019-12-17",
    "https://www.scmp.com/news/china/military/article/3042469/chinas-second-aircraft-shandong-carrier-officially-enters",
    "news",
)
src(
    "CN-ap-ridgefield-20191218-shandong",
    "China commissions first home-built aircraft carrier (AP)",
    "The Ridgefield Press (AP)",
    "",
    "2019-12-18",
    "https://www.theridgefieldpress.com/news/world/article/China-commissions-first-home-built-aircraft-14914520.php",
    "news",
)
src(
    "CN-peoplecn-20200605-shandong",
    "Shandong aircraft carrier: special moments (People's Daily Online)",
    "People's Daily Online",
    "",
    "2020-06-05",
    "http://en.people.cn/n3/2020/0605/c90000-9697921.html",
    "news",
)
src(
    "CN-chinamil-20220617-fujian-launch",
    "PLA Navy's third aircraft carrier launched in Shanghai",
    "China Military Online",
    "",
    "2022-06-17",
    "http://eng.chinamil.com.cn/HOME_209227/Focus_209228/10164167.html",
    "official",
)
src(
    "CN-modcn-20220620-fujian-launch",
    "Launching ceremony of China's third aircraft carrier",
    "Ministry of National Defense of the PRC (China Military Online)",
    "Chen Zhuo",
    "2022-06-20",
    "http://eng.mod.gov.cn/news/2022-06/20/content_4913482.htm",
    "official",
)
src(
    "CN-japantimes-20240501-fujian-trial",
    "China's Fujian aircraft carrier begins maiden sea trials",
    "The Japan Times",
    "",
    "2024-05-01",
    "https://www.japantimes.co.jp/news/2024/05/01/asia-pacific/china-fujian-aircraft-carrier-sea-trials/",
    "news",
)
src(
    "CN-peoplecn-20240508-fujian-trial",
    "China's aircraft carrier Fujian completes maiden sea trials (Xinhua)",
    "People's Daily Online (Xinhua)",
    "",
    "2024-05-08",
    "http://en.people.cn/n3/2024/0508/c90000-20166606.html",
    "news",
)
src(
    "CN-globaltimes-202509-fujian-catapult",
    "Fujian achieves catapult-assisted takeoff and arrested landing for J-15T, J-35 and KJ-600",
    "Global Times",
    "",
    "2025-09",
    "https://www.globaltimes.cn/page/202509/1344467.shtml",
    "news",
)
src(
    "CN-maritimeexec-2025-fujian-catapult",
    "China's Navy Releases First Video of Electromagnetic Catapult Launches",
    "The Maritime Executive",
    "",
    "",
    "https://maritime-executive.com/index.php/article/china-s-navy-releases-first-video-of-electromagnetic-catapult-launches",
    "news",
)
src(
    "CN-peoplecn-20251107-fujian-commission",
    "Xi attends commissioning of China's Fujian aircraft carrier in south China (Xinhua)",
    "People's Daily Online (Xinhua)",
    "",
    "2025-11-07",
    "http://en.people.cn/n3/2025/1107/c90000-20387886.html",
    "news",
)
src(
    "CN-bstd-20251107-fujian",
    "China commissions new aircraft carrier as it seeks to extend power (AP)",
    "Business Standard (AP)",
    "",
    "2025-11-07",
    "https://www.business-standard.com/amp/world-news/china-commissions-new-aircraft-carrier-as-it-seeks-to-extend-power-125110700455_1.html",
    "news",
)
src(
    "CN-japantimes-20250610-dualcarrier",
    "China's two aircraft carriers spotted operating in the Pacific simultaneously for the first time",
    "The Japan Times",
    "",
    "2025-06-10",
    "https://www.japantimes.co.jp/news/2025/06/10/japan/china-two-aircraft-carriers-pacific/",
    "news",
)
src(
    "CN-startribune-20250611-dualcarrier",
    "2 Chinese aircraft carriers are operating in the Pacific for the first time. Why? (AP)",
    "Star Tribune (AP)",
    "",
    "2025-06-11",
    "https://www.startribune.com/2-chinese-aircraft-carriers-are-operating-in-the-pacific-for-the-first-time-why/601370887",
    "news",
)
src(
    "CN-globaltimes-20190925-type075",
    "China launches first Type 075 amphibious assault ship",
    "Global Times",
    "",
    "2019-09-25",
    "http://www.globaltimes.cn/content/1165468.shtml",
    "news",
)
src(
    "CN-freshnews-20190925-type075",
    "Launch ceremony of first PLA Navy amphibious assault ship (Xinhua text)",
    "Fresh News Asia (reposting Xinhua)",
    "",
    "2019-09-25",
    "https://m.en.freshnewsasia.com/index.php/en/internationalnews/15399-2019-09-25-03-31-16.html",
    "reproduction",
)
src(
    "CN-infosurhoy-20210425-hainan",
    "Xi Focus: Xi attends commissioning of Chinese naval vessels (Xinhua text)",
    "Infosurhoy (reposting Xinhua)",
    "",
    "2021-04-25",
    "https://infosurhoy.com/news/xi-focus-xi-attends-commissioning-of-chinese-naval-vessels.html",
    "reproduction",
)
src(
    "CN-defenceblog-20210425-hainan",
    "Chinese navy demonstrates capability of its new amphibious assault ship",
    "Defence Blog",
    "",
    "2021-04-25",
    "https://defence-blog.com/news/chinese-navy-demonstrates-capability-of-its-new-amphibious-assault-ship.html",
    "news",
)
src(
    "CN-cgtn-20210709-hainan",
    "China's latest Type 075 vessel the Hainan in 60 seconds",
    "CGTN",
    "",
    "2021-07-09",
    "https://news.cgtn.com/news/2021-07-09/China-s-latest-Type-075-vessel-the-Hainan-in-60-seconds-11KVa0cQeUo/share_amp.html",
    "news",
)
src(
    "CN-shine-20241227-type076",
    "China launches new-generation amphibious assault ship",
    "Shanghai Daily (SHINE)",
    "",
    "2024-12-27",
    "https://www.shine.cn/news/nation/2412274046/",
    "news",
)
src(
    "CN-peoplecn-20251114-type076-trial",
    'Chinese PLA Navy\'s first Type 076 amphibious assault ship "Sichuan" launches first sea trial (Xinhua)',
    "People's Daily Online (Xinhua)",
    "",
    "2025-11-14",
    "http://en.people.cn/n3/2025/1114/c90000-20390500.html",
    "news",
)
src(
    "CN-scmp-20200113-nanchang",
    "China's most advanced destroyer the Nanchang formally enters service",
    "South China Morning Post",
    "",
    "2020-01-13",
    "https://www.scmp.com/news/china/military/article/3045764/chinas-most-advanced-destroyer-nanchang-formally-enters-service",
    "news",
)
src(
    "CN-defaero-20200112-nanchang",
    "China's First Type 055 Destroyer Nanchang Commissioned (Xinhua text)",
    "Defense-Aerospace.com (reposting Xinhua)",
    "",
    "2020-01-12",
    "https://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=208853&cat=3",
    "reproduction",
)
src(
    "CN-foxnews-2011-j20",
    "Chinese Stealth Fighter Makes First Test Flight (AP)",
    "Fox News (AP)",
    "",
    "",
    "https://www.foxnews.com/tech/chinese-stealth-fighter-makes-first-test-flight",
    "news",
)
src(
    "CN-modcn-20180209-j20",
    "China's J-20 stealth jet put into air force combat service (Xinhua)",
    "Ministry of National Defense of the PRC (Xinhuanet)",
    "Li Jiayao",
    "2018-02-09",
    "http://eng.mod.gov.cn/news/2018-02/09/content_4804559.htm",
    "official",
)
src(
    "CN-taipeitimes-20161102-j20",
    "China shows off J-20 stealth fighter at Zhuhai (Reuters)",
    "Taipei Times (Reuters)",
    "",
    "2016-11-02",
    "http://www.taipeitimes.com/News/front/archives/2016/11/02/2003658398",
    "news",
)
src(
    "CN-cgtn-2017-j20-service",
    "China's J-20 fighter jet officially commissioned into military service",
    "CGTN",
    "",
    "",
    "https://news.cgtn.com/news/77457a4d78597a6333566d54/index.html",
    "news",
)
src(
    "CN-freshnews-2017-j20-service",
    "China's J-20 fighter jet put into service: spokesman (Xinhua text)",
    "Fresh News Asia (reposting Xinhua)",
    "",
    "",
    "https://m.en.freshnewsasia.com/index.php/en/5580-china-s-j-20-fighter-jet-put-into-service-spokesman.html",
    "reproduction",
)
src(
    "CN-globaltimes-202109-j20-engines",
    "Airshow China 2021 kicks off; J-20s debut with domestically built engines",
    "Global Times",
    "",
    "2021-09",
    "https://globaltimes.cn/page/202109/1235407.shtml",
    "news",
)
src(
    "CN-sicomedia-20210929-j20-ws10",
    "China has upgraded its best stealth fighter jet with domestic-made engines (CNN text)",
    "SICO Media (reposting CNN)",
    "",
    "2021-09-29",
    "http://en.sicomedia.com/2021/0929/4667.shtml",
    "reproduction",
)
src(
    "CN-shephard-20230707-ws15",
    "China's J-20 fighter hits milestone with suspected first flight with WS15 engines",
    "Shephard Media",
    "Gordon Arthur",
    "2023-07-07",
    "https://www.shephardmedia.com/news/air-warfare/chinas-j-20-reaches-milestone-with-suspected-first-flight-with-ws15-engines/",
    "news",
)
src(
    "CN-avweek-2023-ws15",
    "China May Have Flown J-20 With Domestic WS-15 Engines",
    "Aviation Week",
    "Chen Chuanren",
    "",
    "https://aviationweek.com/defense-space/aircraft-propulsion/china-may-have-flown-j-20-domestic-ws-15-engines",
    "news",
)
src(
    "CN-scmp-20230705-ws15",
    "China puts advanced WS-15 engines through J-20 stealth fighter paces",
    "South China Morning Post",
    "",
    "2023-07-05",
    "https://www.scmp.com/news/china/military/article/3226562/china-puts-advanced-ws-15-engines-through-j-20-stealth-fighter-paces?utm_source=rss_feed",
    "news",
)
src(
    "CN-globaltimes-20170802-djibouti",
    "China opens its first army support base overseas",
    "Global Times",
    "",
    "2017-08-02",
    "http://www.globaltimes.cn/content/1059192.shtml",
    "news",
)
src(
    "CN-cgtnafrica-2017-djibouti",
    "Chinese military base officially opens in Djibouti",
    "CGTN Africa",
    "",
    "",
    "https://africa.cgtn.com/chinese-military-base-officially-opens-in-djibouti",
    "news",
)
src(
    "CN-pladaily-20210706-y20",
    "5th anniversary of the commissioning of Y-20 transport aircraft",
    "China Military Online (PLA Daily)",
    "Wang Xinjuan",
    "2021-07-06",
    "http://english.pladaily.com.cn/view/2021-07/06/content_10058945.htm",
    "official",
)
src(
    "CN-chinadaily-20160726-y20",
    "China's homegrown aircraft Y-20 handed over to the PLA",
    "China Daily",
    "",
    "2016-07-26",
    "http://covid-19.chinadaily.com.cn/china/2016innovation/2016-07/26/content_26224667.htm",
    "news",
)
src(
    "CN-scmp-20220411-serbia",
    "China makes delivery of anti-aircraft missiles to Russian ally Serbia, say military experts (AP)",
    "South China Morning Post (AP)",
    "",
    "2022-04-11",
    "https://www.scmp.com/news/china/military/article/3173781/china-makes-delivery-anti-aircraft-missiles-russian-ally-serbia?utm_source=rss_feed",
    "news",
)
src(
    "CN-politicalwire-20210630-silos",
    "China Building 100 New Missile Silos (quoting The Washington Post)",
    "Political Wire (quoting The Washington Post)",
    "",
    "2021-06-30",
    "https://politicalwire.com/2021/06/30/china-building-100-new-missile-silos/",
    "reproduction",
)
src(
    "CN-newsam-20210702-silos",
    "US concerned over reports China is building more than 100 ICBM silos",
    "news.am",
    "",
    "2021-07-02",
    "https://news.am/eng/news/651807.html",
    "news",
)
src(
    "CN-japantimes-20231020-cmpr2023",
    "China has more than 500 operational nuclear warheads, Pentagon says",
    "The Japan Times",
    "",
    "2023-10-20",
    "https://www.japantimes.co.jp/news/2023/10/20/asia-pacific/chinese-nuclear-weapons-report/",
    "news",
)
src(
    "CN-erickson-20221229-cmpr2022",
    "The Pentagon's 2022 China Military Power Report: My Summary (Andrew S. Erickson, reposted)",
    "Strategic Study India (reposting Andrew S. Erickson)",
    "Andrew S. Erickson",
    "2022-12-29",
    "https://www.strategicstudyindia.com/2022/12/the-pentagons-2022-china-military-power.html",
    "reproduction",
)
src(
    "CN-armscontrol-202510-parade",
    "China Displays Modernized Nuclear Forces",
    "Arms Control Association (Arms Control Today)",
    "Shizuka Kuramitsu",
    "2025-10",
    "https://www.armscontrol.org/node/14907",
    "think tank",
)
src(
    "CN-trt-2025-parade",
    "China displays full nuclear triad for first time at Victory Day parade",
    "TRT World",
    "",
    "",
    "https://trt.global/world/article/a5d606c15076",
    "news",
)
src(
    "CN-hansindia-20250904-parade",
    "From robot dogs to hypersonic missiles, China showcases its military might",
    "The Hans India",
    "",
    "2025-09-04",
    "https://www.thehansindia.com/news/international/from-robot-dogs-to-hypersonic-missiles-china-showcases-its-military-might-1003231",
    "news",
)

src(
    "CN-diplomat-201910-df17",
    "Hypersonic Hype: Just How Big of a Deal Is China's DF-17 Missile?",
    "The Diplomat",
    "",
    "2019-10",
    "https://manage.thediplomat.com/2019/10/hypersonic-hype-just-how-big-of-a-deal-is-chinas-df-17-missile",
    "news",
)
src(
    "CN-cgtn-20211130-j15",
    "Highlights of China's aircraft carrier-based aviation unit in 100 seconds",
    "CGTN",
    "",
    "2021-11-30",
    "https://news.cgtn.com/news/2021-11-30/China-s-aircraft-carrier-based-aviation-unit-in-100-seconds-15BRclP1IlO/index.html",
    "news",
)
src(
    "CN-madhyamam-2022-fujian",
    "China launches first aircraft carrier with electromagnetic catapult",
    "Madhyamam Online",
    "",
    "",
    "https://madhyamamonline.com/amp/world/china-launches-first-aircraft-carrier-with-electromagnetic-catapult-1028788",
    "news",
)
src(
    "CN-ecns-20251117-type076",
    "Chinese PLA Navy's amphibious assault ship 'Sichuan' completes first sea trial",
    "ECNS (China News Service)",
    "",
    "2025-11-17",
    "http://www.ecns.cn/news/cns-wire/2025-11-17/detail-ihexemqz9464058.shtml",
    "news",
)
COMPOSED = [
    "CN-reuters-20140115-hgv",
    "CN-inn-2015-wu14",
    "CN-chinamil-20191001-df41",
    "CN-taipeitimes-20191002-parade",
    "CN-globaltimes-201509-parade",
    "CN-jpost-2022-yj21",
    "CN-wapo-20230413-df27",
    "CN-globaltimes-201209-liaoning",
    "CN-chinaorg-20121206-j15",
    "CN-chinaorgjp-20170929-j15",
    "CN-peopledailyfr-2012-j15",
    "CN-reuters-20170426-carrier2",
    "CN-ap-bradenton-2018-shandong-trial",
    "CN-peoplecn-20200605-shandong",
    "CN-japantimes-20240501-fujian-trial",
    "CN-globaltimes-202509-fujian-catapult",
    "CN-japantimes-20250610-dualcarrier",
    "CN-globaltimes-20190925-type075",
    "CN-freshnews-20190925-type075",
    "CN-taipeitimes-20161102-j20",
    "CN-cgtn-2017-j20-service",
    "CN-globaltimes-202109-j20-engines",
    "CN-newsam-20210702-silos",
    "CN-japantimes-20231020-cmpr2023",
    "CN-trt-2025-parade",
]
SLUG = [
    "CN-ibtimesau-2014-wu14",
    "CN-geopoliticalcenter-2014-wu14",
    "CN-ft-moneycontrol-20211116",
    "CN-ibtimes-2023-df27",
    "CN-freshnews-2017-j20-service",
    "CN-politicalwire-20210630-silos",
    "CN-diplomat-201910-df17",
    "CN-scmp-20230705-ws15",
    "CN-straitstimes-20211018-ft",
    "CN-straitstimes-20211019-denial",
]
for _s in S:
    if _s["source_id"] in COMPOSED:
        _s["title"] += " [descriptive title, headline not seen]"
    elif _s["source_id"] in SLUG:
        _s["title"] += " [title reconstructed from URL]"
# ---------- milestones ----------
M = []
C = []
MC = []
MCL = []


def ms(i, prog, text, date, notes, status="achieved", ann="", cites=(), rev=""):
    prec = {4: "year", 7: "month", 10: "day"}[len(date)]
    aprec = "" if not ann else {4: "year", 7: "month", 10: "day"}[len(ann)]
    M.append(
        dict(
            milestone_id=i,
            programme=prog,
            milestone=text,
            status=status,
            date=date,
            date_precision=prec,
            announced=ann,
            announced_precision=aprec,
            revises=rev,
            notes=notes,
        )
    )
    MC.append(dict(milestone_id=i, country="CHN"))
    for sid, loc in cites:
        C.append(dict(table="milestones", record_id=i, source_id=sid, locator=loc))


def link(mid, cid, why):
    MCL.append(dict(milestone_id=mid, claim_id=cid, why=why))


HGV = "Hypersonic glide vehicles (WU-14 / DF-ZF / DF-17)"
ms(
    "CN-WU14-TEST1-2014",
    HGV,
    "First reported flight test of the WU-14 hypersonic glide vehicle (US designation), launched atop a ballistic missile and flying at about Mach 10",
    "2014-01-09",
    "First reported by the Washington Free Beacon on 13 Jan 2014 citing Pentagon officials; the Pentagon spokesman said it was 'aware of this test'. China's Ministry of National Defense (15 Jan 2014, to Reuters) called its planned tests 'normal' and not targeted at any country, without naming the vehicle.",
    cites=[
        (
            "CN-amn-20140113-wu14",
            "The test of the new hypersonic glide vehicle was carried out Jan. 9 and the experimental weapon is being dubbed the WU-14 by the Pentagon",
        ),
        (
            "CN-reuters-20140115-hgv",
            "China has flight-tested a hypersonic missile delivery vehicle in a move that was scientific in nature and not targeted at any country, the Defence Ministry said on Wednesday.",
        ),
    ],
)
ms(
    "CN-WU14-TEST2-2014",
    HGV,
    "Second reported WU-14 hypersonic glide vehicle flight test",
    "2014-08-07",
    "Reported by the Washington Free Beacon citing US officials; the Pentagon confirmed the first test but declined to confirm this one. Several outlets (e.g. Geopolitical Center, citing reports) described the second test as a failure; not officially confirmed either way.",
    cites=[
        (
            "CN-glblgeo-20140820-wu14",
            "The latest test of the new hypersonic glide vehicle (HGV) known as Wu-14 took place Aug. 7 at a missile facility in western China",
        ),
        ("CN-ibtimesau-2014-wu14", "the first and second being on Jan 9 and Aug 7, respectively"),
        ("CN-geopoliticalcenter-2014-wu14", "Fallito il secondo test cinese del WU-14"),
    ],
)
ms(
    "CN-WU14-TEST3-2014",
    HGV,
    "Third reported WU-14 hypersonic glide vehicle flight test, in western China",
    "2014-12-02",
    "Reported by the Washington Free Beacon on 4 Dec 2014; China's Ministry of National Defense responded to China Daily that its tests were 'normal' scientific experiments not directed against any country.",
    cites=[
        (
            "CN-chinadaily-20141210-hgv",
            "in response to a US media report saying China conducted a third flight test of a new hypersonic missile in western China, on Dec 2",
        ),
        (
            "CN-ibtimesau-2014-wu14",
            "Pool said the latest flight test was actually the third that China did",
        ),
    ],
)
ms(
    "CN-WU14-TEST4-2015",
    HGV,
    "Fourth reported WU-14 hypersonic glide vehicle test, reportedly including 'extreme maneuvers'; confirmed by China's defence ministry",
    "2015-06-07",
    "US officials (via the Washington Free Beacon) gave the date 7 June 2015; China's defence ministry confirmed the test the following Friday as a scheduled scientific experiment. The Diplomat later counted seven known experimental HGV tests 2014-2016 (see CN-DF17-FIRSTTEST-2017); tests 5-7 not separately recorded here.",
    cites=[
        (
            "CN-glblgeo-20150613-wu14",
            "the most recent test, conducted June 7 in western China, involved extreme maneuvers by the high-speed strike weapon",
        ),
        (
            "CN-inn-2015-wu14",
            "The Chinese defense ministry last Friday confirmed it had conducted a fourth successful test on a new hypersonic nuclear-capable attack vehicle",
        ),
    ],
)
ms(
    "CN-DF17-FIRSTTEST-2017",
    HGV,
    "First flight tests of the DF-17 medium-range ballistic missile with a hypersonic glide vehicle (1 and 15 November 2017), from Jiuquan, ~1,400 km range",
    "2017-11-01",
    "Reported by The Diplomat (Ankit Panda) citing a US government source; second test on 15 Nov 2017. The same report says China had conducted seven known experimental HGV tests in 2014-2016. No official Chinese confirmation.",
    cites=[
        (
            "CN-kolkata24x7-2017-df17",
            "The first test took place on November 1 and the second test took place on November 15.",
        ),
        (
            "CN-dailybeast-2017-df17",
            "made impact “within meters” of its intended target during its first flight test on Nov. 1, according to the report",
        ),
        (
            "CN-kolkata24x7-2017-df17",
            "China has conducted seven known tests of experimental hypersonic glide vehicles. These tests took place between 2014 and 2016.",
        ),
    ],
)
ms(
    "CN-DF17-IOC-PLAN-2020",
    HGV,
    "DF-17 expected to become operational in 2020 (US intelligence expectation reported after the first flight tests)",
    "2020",
    "Expectation of a US government source reported by The Diplomat (Dec 2017/Jan 2018), not a Chinese statement. Borne out: DoD CMPR 2021 says the PRC fielded its first HGV missile during 2020 (CN-DF17-FIELDED-2020).",
    status="planned",
    cites=[
        (
            "CN-engadget-20180101-df17",
            "The source told The Diplomat that the DF-17 is expected to be put into operation in 2020.",
        )
    ],
)
ms(
    "CN-STARRYSKY2-2018",
    "Hypersonic waverider (Starry Sky-2)",
    "China Academy of Aerospace Aerodynamics flight-tests the Starry Sky-2 (Xingkong-2) hypersonic waverider: >400 s above Mach 5.5, top speed Mach 6",
    "2018-08-03",
    "Test on Friday 3 Aug 2018 in northwest China; CAAA statement issued Monday 6 Aug (Janes says CAAA announced on 3 Aug). Experimental vehicle, not a weapon system; Janes calls it China's first experimental hypersonic waverider.",
    cites=[
        (
            "CN-janes-20180810-starrysky2",
            "announced on 3 August that it has successfully developed and tested China’s first experimental hypersonic waverider, called Xing Kong-2 (Starry Sky-2)",
        ),
        (
            "CN-scmp-2018-starrysky2",
            "completed its first test flight on Friday at an undisclosed location in northwest China, the China Academy of Aerospace Aerodynamics said in a statement issued on Monday",
        ),
    ],
)
ms(
    "CN-DF17-PARADE-2019",
    HGV,
    "DF-17 hypersonic glide missile publicly unveiled at the PRC 70th anniversary National Day parade in Beijing",
    "2019-10-01",
    "First public display. The parade announcer described the DF-17 as conventional-only (The Diplomat, Oct 2019), while the 2017 US intelligence source said it could deliver nuclear or conventional payloads.",
    cites=[
        (
            "CN-diplomat-201910-df17",
            "The announcer during this year’s National Day parade in Beijing emphasised that the DF-17 was a conventional-only weapon.",
        ),
        (
            "CN-straitstimes-2019-parade",
            "the anticipated Dongfeng-41 (DF-41) intercontinental ballistic missile, DF-17 hypersonic ballistic missile, and supersonic drones",
        ),
        (
            "CN-taipeitimes-20191002-parade",
            "The People’s Liberation Army (PLA) also rolled out a hypersonic missile, known as the DF-17",
        ),
    ],
)
ms(
    "CN-DF17-FIELDED-2020",
    HGV,
    "PRC fields its first missile with a hypersonic glide vehicle (DF-17) (US DoD assessment)",
    "2020",
    "Per the US DoD China Military Power Report 2021 as quoted second-hand (copy of the report itself not found in the stored corpus). Matches the 2017 expectation (CN-DF17-IOC-PLAN-2020).",
    cites=[
        (
            "C-newsbreak-hyten-cmpr2021",
            "“During 2020, the PRC fielded its first missile with a hypersonic glide vehicle [the DF-17] and advanced its scramjet engine development",
        )
    ],
)
FOBS = "Fractional orbital bombardment system / orbital HGV"
ms(
    "CN-FOBS-HGV-20210727",
    FOBS,
    "China launches a hypersonic glide vehicle on a fractional-orbital trajectory (Long March rocket); the HGV circles the globe and impacts in China, missing its target by about two dozen miles",
    "2021-07-27",
    "DATES DISAGREE: the Financial Times first reported (Sat 16 Oct 2021) a test 'in August'; on 20 Oct the FT corrected to 27 July, with a second test on 13 Aug. China's foreign ministry (18 Oct) said it was a July 'routine test of a space vehicle' for reusability, not a missile. The US DoD CMPR 2022 confirms a 27 July 2021 fractional orbital launch of an ICBM with an HGV. FT/WSJ (Nov 2021) reported the vehicle released a separate missile over the South China Sea. Gen. Milley called it 'a very significant event'.",
    cites=[
        (
            "C-indianarrative-milley-2021",
            "What we saw was a very significant event of a test of a hypersonic weapon system.",
        ),
        (
            "C-wonderfuleng-cmpr2022-fobs",
            "On July 27, 2021, China conducted the first fractional orbital launch of an ICBM [intercontinental ballistic missile] with an HGV [hypersonic glide vehicle]",
        ),
        (
            "C-missilethreat-20211022-fobs",
            "The first weapon, tested July 27, incorporated a fractional orbital bombardment system-like launch vehicle",
        ),
        (
            "CN-ft-moneycontrol-20211116",
            "On July 27, China became the first nation to fly a hypersonic glide vehicle — a manoeuvrable craft that travels at more than five times the speed of sound — around the earth.",
        ),
        (
            "CN-straitstimes-20211018-ft",
            "said the Chinese government in August launched a nuclear-capable missile that circled the Earth at low orbit before descending towards its target",
        ),
        (
            "CN-straitstimes-20211019-denial",
            "The foreign ministry said the test had taken place in July, not in August as reported by the FT.",
        ),
        (
            "CN-nhk-20211123-fobs",
            "the hypersonic-glide vehicle fired a separate missile mid-flight over the South China Sea",
        ),
    ],
)
ms(
    "CN-HGV-TEST-20210813",
    FOBS,
    "Second Chinese hypersonic weapon test of summer 2021 (reported by the Financial Times)",
    "2021-08-13",
    "Reported by the FT on 20 Oct 2021 citing unnamed officials; nature of the vehicle not detailed. China's foreign ministry reiterated it only tested a reusable space vehicle.",
    cites=[
        (
            "CN-bloomberg-20211021-two-tests",
            "and followed that up with a second hypersonic test on Aug. 13, the newspaper reported late Wednesday",
        ),
        ("C-missilethreat-20211022-fobs", "A second test took place on August 13."),
    ],
)
ms(
    "CN-YJ21-REVEAL-2022",
    "YJ-21 hypersonic anti-ship missile",
    "PLA Navy footage shows the first public launch of the YJ-21 (Eagle Strike-21) hypersonic anti-ship missile from a Type 055 destroyer",
    "2022-04",
    "Footage circulated on Chinese social media around 20 April 2022, ahead of the PLA Navy's 73rd anniversary; launch date itself not disclosed. No official comment from China's MND at the time. Range estimates 1,000-1,500 km (analysts).",
    cites=[
        (
            "CN-jpost-2022-yj21",
            "In what was their first public demonstration, China launched its “YJ-21” or “Eagle Strike 21” hypersonic anti-ship missile",
        ),
        (
            "CN-scmp-defencepk-20220420-yj21",
            "It was the first time footage has been released of the YJ-21, or Eagle Strike-21, hypersonic missile",
        ),
    ],
)
ms(
    "CN-DF27-TEST-2023",
    "DF-27 hypersonic missile",
    "Reported successful flight test of the DF-27 intermediate-range ballistic missile with a hypersonic glide vehicle (12 min, ~2,100 km)",
    "2023-02-25",
    "Known only from a leaked 28 Feb 2023 US Joint Staff intelligence update (Washington Post, Apr 2023); DoD did not confirm the document. The leak also said land-attack and anti-ship versions were deployed in 2022. DoD's 2021 report first referred to the DF-27 (5,000-8,000 km). An SCMP source claimed it was in service before 2019 (unverified).",
    cites=[
        (
            "CN-wapo-20230413-df27",
            "China’s People’s Liberation Army (PLA) had three days earlier successfully tested a new hypersonic intermediate-range ballistic missile called the DF-27",
        ),
        (
            "CN-ibtimes-2023-df27",
            "The Pentagon first acknowledged DF-27's existence in its annual report for 2021",
        ),
    ],
)
ROCK = "PLA Rocket Force missiles (DF-21D / DF-26 / DF-41)"
ms(
    "CN-DF21D-DF26-PARADE-2015",
    ROCK,
    'DF-21D anti-ship ballistic missile ("carrier killer") and DF-26 intermediate-range ballistic missile ("Guam killer") publicly displayed for the first time at the 3 September 2015 Victory Day parade',
    "2015-09-03",
    "Parade for the 70th anniversary of the end of WWII; Xinhua said 84% of the equipment shown was displayed publicly for the first time.",
    cites=[
        (
            "CN-militarycom-20150903-parade",
            "Among the missiles making their first public appearances were the DF-21D",
        ),
        (
            "CN-globaltimes-201509-parade",
            "the DF-21D anti-ship ballistic missile, the DF-26 intermediate-range ballistic missile, and the DF-5B intercontinental ballistic missile were the highlights of the parade",
        ),
    ],
)
ms(
    "CN-DF26-SERVICE-2018",
    ROCK,
    "DF-26 intermediate-range ballistic missile commissioned into the PLA Rocket Force (nuclear and conventional, land and ship targets)",
    "2018-04",
    "Announced by MND spokesman Wu Qian on 26 Apr 2018; the exact commissioning day was not given (Janes: commissioned after completing trials and operational tests).",
    ann="2018-04-26",
    cites=[
        (
            "CN-chinamil-20180426-df26",
            "The Dongfeng-26 ballistic missile has been commissioned into the People's Liberation Army (PLA) Rocket Force, said Wu Qian, spokesperson with China's Defense Ministry, on Thursday.",
        ),
        (
            "CN-janes-20180430-df26",
            "Speaking to reporters on 26 April MND spokesperson Senior Colonel Wu Qian said that the “new-generation” weapon was “officially commissioned into the Rocket Force”",
        ),
    ],
)
ms(
    "CN-DF41-PARADE-2019",
    ROCK,
    "DF-41 road-mobile intercontinental ballistic missile unveiled at the National Day parade (16 launchers, two Rocket Force brigades)",
    "2019-10-01",
    "Xinhua calls it China's 'most advanced and powerful deterrent'.",
    cites=[
        (
            "CN-chinamil-20191001-df41",
            "China unveiled Dongfeng-41 intercontinental strategic nuclear missiles, the country's most advanced and powerful deterrent, in a National Day military parade in central Beijing Tuesday.",
        )
    ],
)
NUC = "PRC nuclear forces"
ms(
    "CN-ICBM-SILOS-2021",
    NUC,
    "About 119 ICBM silo construction sites near Yumen (Gansu) revealed by commercial satellite imagery (James Martin CNS / Washington Post)",
    "2021-06-30",
    "Date is that of the Washington Post report; construction began earlier. The US State Department (spokesman Ned Price) expressed concern (news.am, 2 Jul 2021). Context for later DoD warhead projections.",
    cites=[
        (
            "CN-politicalwire-20210630-silos",
            "China has begun construction of what independent experts say are more than 100 new silos for intercontinental ballistic missiles in a desert near the northwestern city of Yumen",
        ),
        (
            "CN-newsam-20210702-silos",
            "the 119 construction sites in Gansu province are similar to existing Chinese nuclear-armed ballistic missile launchers",
        ),
    ],
)
ms(
    "CN-WARHEADS-500-2023",
    NUC,
    "US DoD estimates the PRC possessed more than 500 operational nuclear warheads as of May 2023",
    "2023-05",
    "DoD CMPR 2023 (released 19 Oct 2023): >500 as of May 2023, probably >1,000 by 2030. Earlier DoD projections: CMPR 2022 projected ~1,500 by 2035 (the figure Japan's Defense of Japan 2023 repeats, see claim C-CLM-033). These are US estimates, not Chinese statements.",
    cites=[
        (
            "CN-japantimes-20231020-cmpr2023",
            '“more than 500 operational nuclear warheads as of May 2023 — on track to exceed previous expectations,"',
        ),
        (
            "CN-erickson-20221229-cmpr2022",
            "expanding at a rate that is projected to reach 1,000 by 2030 (most deployed on systems capable of ranging the continental U.S.) and would reach 1,500 by 2035",
        ),
    ],
)
ms(
    "CN-PARADE-2025-TRIAD",
    "PLA strategic forces (nuclear triad)",
    "Victory Day parade in Beijing publicly displays China's land-, sea- and air-based nuclear triad for the first time (DF-61 new ICBM, DF-31BJ, JL-3 SLBM, JL-1 air-launched missile) plus new hypersonic anti-ship missiles",
    "2025-09-03",
    "80th anniversary of the end of WWII. Per ACA/FAS, only the DF-61 was an entirely new nuclear system. Press reports also list the DF-5C and several YJ-series anti-ship missiles described as hypersonic; exact designations vary between reports.",
    cites=[
        (
            "CN-armscontrol-202510-parade",
            "including unveiling its land-, sea-, and air-based nuclear triad for the first time",
        ),
        (
            "CN-trt-2025-parade",
            "the JingLei-1 air-launched long-range missile, the JuLang-3 submarine-launched intercontinental missile, the DongFeng-61 land-based intercontinental missile",
        ),
        (
            "CN-hansindia-20250904-parade",
            "China unveiled a new nuclear-capable intercontinental ballistic missile, underwater drones and hypersonic missiles",
        ),
    ],
)
CV = "PLA Navy aircraft carriers"
ms(
    "CN-LIAONING-SEATRIAL-2011",
    CV,
    "China's first aircraft carrier (ex-Varyag, later Liaoning) begins its first sea trial from Dalian",
    "2011-08-10",
    "Left Dalian early Wednesday 10 Aug 2011 (Beijing time; the VOA blog post is timestamped 9 Aug, US time). Defence ministry said the first sailing would be brief and the ship would return for further refit.",
    cites=[
        (
            "CN-voa-2011-carrier-trial",
            "China's first aircraft carrier steamed out of Dalian harbor for a sea trial Wednesday",
        ),
        (
            "CN-voa-20110809-blog",
            "China's first aircraft carrier has left the shipyard for a long-awaited sea trial.",
        ),
        (
            "CN-asiandefence-20120828-varyag",
            "The Varyag began its first sea trials on August 10, 2011.",
        ),
    ],
)
ms(
    "CN-LIAONING-COMMISSION-2012",
    CV,
    "Liaoning (hull 16), China's first aircraft carrier, delivered and commissioned into the PLA Navy at Dalian",
    "2012-09-25",
    "SOURCES DIFFER: Xinhua gives 25 Sep 2012; the SCMP topic page gives 26 Sep 2012 (likely a slip).",
    cites=[
        (
            "CN-globaltimes-201209-liaoning",
            "China's first aircraft carrier was delivered and commissioned to the Navy of the Chinese People's Liberation Army on Sept. 25, 2012.",
        ),
        (
            "CN-scmp-topic-liaoning",
            "China's first aircraft carrier went into commission on September 26, 2012",
        ),
    ],
)
ms(
    "CN-J15-LIAONING-2012",
    "J-15 carrier aviation",
    "First arrested landings and ski-jump take-offs of J-15 fighters on the Liaoning",
    "2012-11",
    "SOURCES DIFFER ON THE DAY: China.org.cn (Japanese, 2017) gives 23 Nov 2012; People's Daily (French) gives 25 Nov 2012 (the day it was announced). First pilot: Dai Mingmeng (CGTN).",
    cites=[
        (
            "CN-cgtn-20211130-j15",
            "In November 2012, Dai Mingmeng from the People's Liberation Army Navy (PLAN) successfully landed the J-15 fighter on China's first aircraft carrier Liaoning for the first time.",
        ),
        (
            "CN-chinaorg-20121206-j15",
            "China has successfully conducted the flight landing on its first aircraft carrier, the Liaoning.",
        ),
        (
            "CN-chinaorgjp-20170929-j15",
            "2012年11月23日,J-15戦闘機(フライング・シャーク)が「遼寧」上での発着艦を成功させた。",
        ),
        (
            "CN-peopledailyfr-2012-j15",
            "Le 25 novembre, des chasseurs J-15 ont réussi leur test d'appontage sur le navire Liaoning",
        ),
    ],
)
ms(
    "CN-SHANDONG-LAUNCH-2017",
    CV,
    "China's first domestically built aircraft carrier (Type 002, later Shandong) launched at Dalian",
    "2017-04-26",
    "State media then said it was not expected to enter service until 2020 (it entered service Dec 2019).",
    cites=[
        (
            "CN-reuters-20170426-carrier2",
            "China on Wednesday launched its first domestically built aircraft carrier",
        )
    ],
)
ms(
    "CN-SHANDONG-SEATRIAL-2018",
    CV,
    "Shandong (then unnamed) begins its first sea trial from Dalian",
    "2018-05-13",
    "Returned to Dalian on 18 May 2018 (China Military Online).",
    cites=[
        (
            "CN-chinamil-20180518-shandong-trial",
            "The aircraft carrier, the country's first domestically-built one, was launched in April last year and began the sea trials on May 13, 2018.",
        ),
        (
            "CN-ap-bradenton-2018-shandong-trial",
            "State media said the still-unnamed ship left dock in the northern port of Dalian early Sunday, May 13, 2018",
        ),
    ],
)
ms(
    "CN-SHANDONG-COMMISSION-2019",
    CV,
    "Shandong (hull 17) commissioned into the PLA Navy at Sanya, Hainan, in a ceremony attended by Xi Jinping",
    "2019-12-17",
    "",
    cites=[
        (
            "CN-peoplecn-20200605-shandong",
            "The Shandong aircraft carrier was delivered to the People's Liberation Army (PLA) Navy at a naval port in Sanya, south China's Hainan province, on Dec. 17, 2019.",
        ),
        (
            "CN-scmp-20191217-shandong",
            "The ship was officially commissioned into the service in Hainan on Tuesday.",
        ),
        (
            "CN-ap-ridgefield-20191218-shandong",
            "Chinese President Xi Jinping has attended the commissioning of China’s first entirely home-built aircraft carrier.",
        ),
    ],
)
ms(
    "CN-FUJIAN-LAUNCH-2022",
    CV,
    "Fujian (hull 18, Type 003), China's first catapult carrier (electromagnetic catapults, >80,000 t full load), launched at Jiangnan Shipyard, Shanghai",
    "2022-06-17",
    "Launch reportedly delayed by two months from around 23 Apr 2022 by the Shanghai COVID-19 lockdown (Madhyamam, press report).",
    cites=[
        (
            "CN-madhyamam-2022-fujian",
            "the programme was delayed by two months due to the Covid-19 lockdown in the city",
        ),
        (
            "CN-modcn-20220620-fujian-launch",
            "China launched its third aircraft carrier, the Fujian, in Shanghai on June 17, 2022.",
        ),
        (
            "CN-chinamil-20220617-fujian-launch",
            "With a full-load displacement of more than 80,000 tonnes, the carrier is equipped with electromagnetic catapults and arresting devices.",
        ),
    ],
)
ms(
    "CN-FUJIAN-SEATRIAL-2024",
    CV,
    "Fujian begins its maiden sea trials from Shanghai (returned 8 May 2024 after eight days)",
    "2024-05-01",
    "",
    cites=[
        (
            "CN-japantimes-20240501-fujian-trial",
            "began its maiden sea trials on Wednesday, state-run media reported",
        ),
        (
            "CN-peoplecn-20240508-fujian-trial",
            "China's third aircraft carrier, the Fujian, returned to Shanghai Jiangnan Shipyard at around 3 p.m. Wednesday after completing its maiden sea trials.",
        ),
    ],
)
ms(
    "CN-FUJIAN-CATAPULT-2025",
    CV,
    "First electromagnetic-catapult launches and arrested landings on the Fujian of J-15T, J-35 stealth fighter and KJ-600 AEW aircraft; PLA Navy declares initial full-deck capability",
    "2025",
    "Announced by the PLA Navy on 22 Sep 2025 with video; the flights took place earlier in 2025 (exact dates not disclosed).",
    ann="2025-09-22",
    cites=[
        (
            "CN-globaltimes-202509-fujian-catapult",
            "the Chinese People's Liberation Army (PLA) Navy announced on September 22, 2025",
        ),
        (
            "CN-maritimeexec-2025-fujian-catapult",
            "For the first time, China's PLA Navy has released video footage of aircraft launch and recovery with a catapult aboard the new carrier Fujian",
        ),
    ],
)
ms(
    "CN-FUJIAN-COMMISSION-2025",
    CV,
    "Fujian commissioned into the PLA Navy at Sanya, Hainan, with Xi Jinping attending; China now has three carriers in service",
    "2025-11-05",
    "Ceremony on Wednesday 5 Nov 2025; announced by Xinhua on Friday 7 Nov 2025.",
    ann="2025-11-07",
    cites=[
        (
            "CN-peoplecn-20251107-fujian-commission",
            "President Xi Jinping on Wednesday attended the commissioning and flag-presenting ceremony of the Fujian, China's first aircraft carrier equipped with electromagnetic catapults.",
        ),
        (
            "CN-bstd-20251107-fujian",
            "The official Xinhua news agency reported Friday that the Fujian was commissioned in Sanya on Hainan island on Wednesday",
        ),
    ],
)
ms(
    "CN-DUALCARRIER-PACIFIC-2025",
    CV,
    "Japan MOD confirms two Chinese carriers (Liaoning and Shandong) operating simultaneously in the Pacific for the first time; Liaoning becomes the first Chinese carrier seen beyond the second island chain (off Minamitorishima)",
    "2025-06-07",
    "Both groups were first spotted on Saturday 7 June 2025 (Shandong SE of Miyako; Liaoning off Minamitorishima, 7-8 June); announced by Japan's Defense Ministry on 9-10 June.",
    ann="2025-06-10",
    cites=[
        (
            "CN-japantimes-20250610-dualcarrier",
            "China’s two operating aircraft carriers have been spotted conducting simultaneous operations in the Pacific for the first time, according to Japan’s Defense Ministry",
        ),
        (
            "CN-japantimes-20250610-dualcarrier",
            "making it the first Chinese aircraft carrier to cross the so-called second island chain",
        ),
        (
            "CN-startribune-20250611-dualcarrier",
            "Japan's Defense Ministry said the two carriers, the Liaoning and the Shandong, were seen separately but almost simultaneously operating near southern islands in the Pacific for the first time.",
        ),
    ],
)
AMP = "Type 075 / Type 076 amphibious assault ships"
ms(
    "CN-TYPE075-LAUNCH-2019",
    AMP,
    "First Type 075 amphibious assault ship (later Hainan) launched at Hudong-Zhonghua, Shanghai",
    "2019-09-25",
    "",
    cites=[
        (
            "CN-globaltimes-20190925-type075",
            "A launch ceremony was held for China's first amphibious assault ship, the Type 075, on Wednesday",
        ),
        (
            "CN-freshnews-20190925-type075",
            "A launch ceremony of the first amphibious assault ship of the Chinese People's Liberation Army (PLA) Navy was held in Shanghai Wednesday.",
        ),
    ],
)
ms(
    "CN-TYPE075-HAINAN-2021",
    AMP,
    "First Type 075, Hainan (hull 31), commissioned at Sanya together with Type 055 destroyer Dalian and SSBN Changzheng-18, with Xi Jinping attending",
    "2021-04-23",
    "Xinhua dateline 24 Apr says 'on Friday' (23 Apr 2021). SOURCES DIFFER: a CGTN explainer (Jul 2021) gives 23 April 2020, evidently a slip for 2021.",
    cites=[
        (
            "CN-infosurhoy-20210425-hainan",
            "The vessels were delivered to the People’s Liberation Army (PLA) Navy and placed in active service on Friday at a naval port in Sanya",
        ),
        (
            "CN-defenceblog-20210425-hainan",
            "The Hainan placed in active service on Friday at a naval port in southern China’s Hainan Province",
        ),
        ("CN-cgtn-20210709-hainan", "officially entered the PLA Navy on April 23, 2020"),
    ],
)
ms(
    "CN-TYPE076-LAUNCH-2024",
    AMP,
    "First Type 076 amphibious assault ship, Sichuan (hull 51), launched in Shanghai: >40,000 t, electromagnetic catapult and arresting gear",
    "2024-12-27",
    "",
    cites=[
        (
            "CN-shine-20241227-type076",
            "China launched its first Type 076 new-generation amphibious assault ship, the Sichuan, in Shanghai on Friday.",
        ),
        (
            "CN-shine-20241227-type076",
            "It incorporates innovative electromagnetic catapult and arrestor technologies",
        ),
    ],
)
ms(
    "CN-TYPE076-SEATRIAL-2025",
    AMP,
    "Sichuan (Type 076) begins its first sea trial from Shanghai",
    "2025-11-14",
    "Returned to the shipyard on Sunday 16 Nov 2025 after a three-day mission (ECNS).",
    cites=[
        (
            "CN-ecns-20251117-type076",
            "completed its first navigation test and returned to the shipyard dock at around 5 p.m. on Sunday after a three-day mission",
        ),
        (
            "CN-peoplecn-20251114-type076-trial",
            "China's first Type 076 amphibious assault ship, PLANS Sichuan, set sail from east China's Shanghai on Friday morning to conduct its first navigation test mission.",
        ),
    ],
)
ms(
    "CN-TYPE055-NANCHANG-2020",
    "Type 055 destroyer",
    "Nanchang (hull 101), first Type 055 10,000-tonne-class destroyer (112 VLS cells), commissioned at Qingdao",
    "2020-01-12",
    "Launched 28 Jun 2017.",
    cites=[
        (
            "CN-scmp-defencepk-20220420-yj21",
            "The Type 055, which has 112 vertical launch missile cells",
        ),
        (
            "CN-defaero-20200112-nanchang",
            "The Nanchang, China's first Type 055 guided-missile destroyer, was commissioned in the People's Liberation Army Navy on Sunday morning in the port city of Qingdao",
        ),
        (
            "CN-scmp-20200113-nanchang",
            "The new Type 055 guided-missile destroyer Nanchang was commissioned at a ceremony in Qingdao on Sunday.",
        ),
    ],
)
ms(
    "CN-J20-FIRSTFLIGHT-2011",
    "J-20",
    "J-20 stealth fighter prototype makes its first flight (about 15 minutes) at Chengdu",
    "2011-01-11",
    "AP says 'Tuesday' during US Defense Secretary Gates' visit (11 Jan 2011 was a Tuesday); official Chinese sources say only 'maiden flight in 2011'. Prototypes flew with Russian AL-31 engines (SCMP 2023).",
    cites=[
        (
            "CN-foxnews-2011-j20",
            "China's prototype stealth fighter made its first-known test flight Tuesday",
        ),
        ("CN-modcn-20180209-j20", "It made its maiden flight in 2011"),
        (
            "CN-scmp-20230705-ws15",
            "clips of the J-20’s maiden flight with Russian AL-31 engines in 2011",
        ),
    ],
)
ms(
    "CN-J20-DEBUT-2016",
    "J-20",
    "J-20 shown in public for the first time, in a flypast at Airshow China, Zhuhai",
    "2016-11-01",
    "",
    cites=[
        (
            "CN-taipeitimes-20161102-j20",
            "China showed its Chengdu J-20 stealth fighter in public for the first time yesterday",
        ),
        (
            "CN-modcn-20180209-j20",
            "first shown to the public at the 11th Airshow China in Zhuhai, Guangdong Province, in November 2016",
        ),
    ],
)
ms(
    "CN-J20-SERVICE-2017",
    "J-20",
    "J-20 officially commissioned into military service (MND spokesman Wu Qian)",
    "2017-09",
    "Announced at the MND monthly press conference on Thursday 28 Sep 2017 (year inferred: the report says Airshow China was 'in November last year', i.e. 2016). Some secondary sources (not cited) give March 2017 for service entry; not confirmed from an official source.",
    ann="2017-09-28",
    cites=[
        (
            "CN-cgtn-2017-j20-service",
            "China's latest J-20 stealth fighter has been officially commissioned into military service, said Wu Qian, spokesperson for the Ministry of National Defense on Thursday.",
        ),
        ("CN-freshnews-2017-j20-service", "BEIJING, Sept. 28 (Xinhua)"),
    ],
)
ms(
    "CN-J20-COMBAT-2018",
    "J-20",
    "PLA Air Force confirms J-20 commissioned into combat units (air force combat service)",
    "2018-02",
    "Confirmed by a PLA Air Force spokesperson on Friday 9 Feb 2018. Exact date of induction into combat units not given.",
    ann="2018-02-09",
    cites=[
        (
            "CN-modcn-20180209-j20",
            "China's latest J-20 stealth fighter has been commissioned into the air force's combat service, a spokesperson confirmed Friday.",
        )
    ],
)
ms(
    "CN-J20-WS10-2021",
    "WS-10 engine",
    "J-20s powered by domestic engines (WS-10 family) displayed publicly for the first time at Airshow China 2021, Zhuhai",
    "2021-09-28",
    "Global Times says only 'domestically built engines'; CNN identifies them as WS-10 (others: WS-10C). CNN also reports a J-20 unit with domestic engines was activated by June 2021. Replaces Russian AL-31 engines of early J-20s.",
    cites=[
        (
            "CN-globaltimes-202109-j20-engines",
            "highlighted by two J-20 stealth aircraft making their debut with domestically built engines",
        ),
        (
            "CN-sicomedia-20210929-j20-ws10",
            "The pair of twin-engine J-20s that put on a show for crowds at Airshow China in the southern city of Zhuhai on Tuesday were equipped with the WS-10 engine.",
        ),
    ],
)
ms(
    "CN-J20-WS15-2023",
    "WS-15 engine",
    "First (unofficially revealed) flight of a J-20 prototype powered by two WS-15 engines, at Chengdu",
    "2023-06",
    "No official PLA announcement. SOURCES DIFFER ON THE DAY: Shephard says imagery purportedly from 28 June 2023; Aviation Week says 29 June; SCMP says video circulated from 28 June and the flight date is unclear. The DoD China Military Power Report (as reported by Janes, see C-CLM-028) still treats WS-15 as a future J-20 upgrade.",
    cites=[
        (
            "CN-shephard-20230707-ws15",
            "purported to have been taken on 28 June at Chengdu’s main test airfield",
        ),
        ("CN-avweek-2023-ws15", "appears to have made its first flight on June 29"),
        (
            "CN-scmp-20230705-ws15",
            "According to a video circulating online since June 28, a J-20 prototype jet fighter fitted with two WS-15 engines took off from a test airfield in Chengdu",
        ),
        (
            "C-breakingdefense-202307-ws15",
            "video emerged of the J-20 making its first public flight equipped with a pair of Xi’an-built Woshan-15",
        ),
    ],
)
ms(
    "CN-DJIBOUTI-BASE-2017",
    "PLA overseas bases (Djibouti)",
    "PLA support base in Djibouti, China's first overseas military base, formally opened with a troop-entry ceremony",
    "2017-08-01",
    "Base established 11 Jul 2017 when personnel departed Zhanjiang; the ceremony on Tuesday 1 Aug (PLA 90th anniversary) marked its opening.",
    cites=[
        (
            "CN-globaltimes-20170802-djibouti",
            "A ceremony marking the entry of troops into the Chinese People's Liberation Army's (PLA) support base in Djibouti was held on Tuesday in the base's barracks.",
        ),
        (
            "CN-cgtnafrica-2017-djibouti",
            "China officially opened its first military base in Africa in Djibouti on Tuesday",
        ),
    ],
)
ms(
    "CN-Y20-SERVICE-2016",
    "Y-20 transport aircraft",
    "Y-20 large transport aircraft (200 t MTOW) officially delivered to the PLA Air Force",
    "2016-07-06",
    "",
    cites=[
        (
            "CN-pladaily-20210706-y20",
            "Two domestically made large transport aircraft Y-20 were officially delivered to the PLA Air Force on July 6, 2016",
        ),
        (
            "CN-chinadaily-20160726-y20",
            "China's homegrown large transport aircraft, the Y-20, has officially joined the People's Liberation Army Air Force, on July 6, 2016.",
        ),
    ],
)
ms(
    "CN-Y20-SERBIA-2022",
    "Y-20 transport aircraft",
    "PLAAF Y-20s airlift HQ-22 (FK-3) surface-to-air missile systems to Belgrade, Serbia",
    "2022-04-09",
    "Landed at Belgrade's Nikola Tesla airport on Saturday 9 Apr 2022 (AP). SOURCES DIFFER ON NUMBERS: first-day AP reports six Y-20s; AP on 2 May 2022 says 'a dozen'. China's foreign ministry confirmed the delivery (see evidence for claim C-CLM-003).",
    cites=[
        (
            "CN-scmp-20220411-serbia",
            "Military experts said six Chinese Air Force Y-20 transport planes landed at Belgrade’s commercial airport on Saturday.",
        ),
        (
            "C-taipeitimes-20220502-serbia-hq22",
            "The sophisticated HQ-22 surface-to-air system was last month delivered by a dozen Chinese air force Y-20 transport planes",
        ),
    ],
)

# ---------- claim links ----------
hyp_tests = [
    "CN-WU14-TEST1-2014",
    "CN-WU14-TEST2-2014",
    "CN-WU14-TEST3-2014",
    "CN-WU14-TEST4-2015",
    "CN-DF17-FIRSTTEST-2017",
    "CN-STARRYSKY2-2018",
    "CN-FOBS-HGV-20210727",
    "CN-HGV-TEST-20210813",
    "CN-DF27-TEST-2023",
]
for m in ["CN-FOBS-HGV-20210727", "CN-HGV-TEST-20210813"]:
    link(m, "C-CLM-009", "support: the two 2021 hypersonic tests the claim refers to")
link(
    "CN-DF17-FIELDED-2020",
    "C-CLM-009",
    "context: first HGV missile fielded in 2020, before the 2021 tests",
)
link("CN-FOBS-HGV-20210727", "C-CLM-010", "support: the dated event the claim describes")
link(
    "CN-FOBS-HGV-20210727",
    "C-CLM-011",
    "context: the event China describes as a reusable spacecraft test (contested)",
)
link(
    "CN-DF17-FIELDED-2020",
    "C-CLM-012",
    "support: DoD dates fielding of the first HGV missile (DF-17) to 2020",
)
link("CN-DF17-PARADE-2019", "C-CLM-012", "context: DF-17 publicly unveiled 1 Oct 2019")
link("CN-DF17-FIRSTTEST-2017", "C-CLM-012", "context: first DF-17 flight tests Nov 2017")
link(
    "CN-DF17-IOC-PLAN-2020",
    "C-CLM-012",
    "context: 2017 US expectation that DF-17 would be operational in 2020",
)
link("CN-FOBS-HGV-20210727", "C-CLM-013", "support: the test Milley described")
link("CN-HGV-TEST-20210813", "C-CLM-013", "context: second summer-2021 hypersonic test")
for m in hyp_tests:
    link(
        m,
        "C-CLM-014",
        "context: publicly reported Chinese hypersonic test (only a handful are on the public record, vs the claimed hundreds)",
    )
for m in ["CN-J20-WS10-2021", "CN-J20-WS15-2023", "CN-J20-FIRSTFLIGHT-2011"]:
    link(
        m,
        "C-CLM-015",
        "context: engine milestones (J-20 flew on Russian engines until domestic WS-10 in 2021; WS-15 first flew only in 2023) weigh against capability lead",
    )
for m in ["CN-J20-WS10-2021", "CN-J20-WS15-2023"]:
    link(m, "C-CLM-016", "context: fielded-engine milestones to set against research-paper share")
for m in [
    "CN-FOBS-HGV-20210727",
    "CN-DF17-FIELDED-2020",
    "CN-STARRYSKY2-2018",
    "CN-YJ21-REVEAL-2022",
    "CN-DF27-TEST-2023",
]:
    link(
        m,
        "C-CLM-019",
        "context: dated hypersonic capability milestones behind the research-lead claim",
    )
link(
    "CN-FOBS-HGV-20210727",
    "C-CLM-021",
    "context: the 2021 HGV was rocket-boosted (Long March), not dependent on aircraft engines",
)
link("CN-J20-WS15-2023", "C-CLM-021", "context: advanced aero-engine WS-15 only first flew in 2023")
link("CN-J20-WS15-2023", "C-CLM-028", "support: J-20 flew with two WS-15 engines in June 2023")
link("CN-J20-WS10-2021", "C-CLM-028", "context: interim domestic WS-10 engines on J-20 from 2021")
link("CN-J20-COMBAT-2018", "C-CLM-028", "context: J-20 in combat service since 2018")
link(
    "CN-Y20-SERBIA-2022", "C-CLM-003", "support: Y-20 airlift of HQ-22 SAMs to Belgrade, April 2022"
)
link(
    "CN-Y20-SERVICE-2016",
    "C-CLM-003",
    "context: Y-20 strategic airlifter in service since July 2016",
)
link(
    "CN-Y20-SERBIA-2022",
    "C-CLM-004",
    "support/contested: date confirmed; number of Y-20s given as six (first reports) vs a dozen (AP, May 2022)",
)
link(
    "CN-Y20-SERBIA-2022",
    "C-CLM-029",
    "context: 2022 use of the PLA airlift in support of arms diplomacy",
)
proj = [
    "CN-LIAONING-COMMISSION-2012",
    "CN-SHANDONG-COMMISSION-2019",
    "CN-FUJIAN-COMMISSION-2025",
    "CN-DJIBOUTI-BASE-2017",
    "CN-Y20-SERVICE-2016",
    "CN-Y20-SERBIA-2022",
    "CN-TYPE075-HAINAN-2021",
    "CN-DUALCARRIER-PACIFIC-2025",
]
for m in proj:
    link(m, "C-CLM-002", "context: dated power-projection capability milestone")
for m in [
    "CN-LIAONING-COMMISSION-2012",
    "CN-SHANDONG-COMMISSION-2019",
    "CN-FUJIAN-LAUNCH-2022",
    "CN-FUJIAN-COMMISSION-2025",
    "CN-TYPE075-HAINAN-2021",
    "CN-TYPE076-LAUNCH-2024",
    "CN-TYPE055-NANCHANG-2020",
    "CN-DJIBOUTI-BASE-2017",
    "CN-Y20-SERVICE-2016",
]:
    link(m, "C-CLM-022", "context: force-projection capability acquired/modernised")
for m in ["CN-DJIBOUTI-BASE-2017", "CN-DUALCARRIER-PACIFIC-2025", "CN-FUJIAN-COMMISSION-2025"]:
    link(m, "C-CLM-024", 'context: operations/basing beyond China\'s periphery ("forward defense")')
for m in [
    "CN-DJIBOUTI-BASE-2017",
    "CN-FUJIAN-COMMISSION-2025",
    "CN-DUALCARRIER-PACIFIC-2025",
    "CN-Y20-SERBIA-2022",
]:
    link(m, "C-CLM-027", "context: global power-projection milestone")
for m in [
    "CN-SHANDONG-COMMISSION-2019",
    "CN-TYPE055-NANCHANG-2020",
    "CN-TYPE075-HAINAN-2021",
    "CN-FUJIAN-LAUNCH-2022",
    "CN-TYPE076-LAUNCH-2024",
    "CN-FUJIAN-COMMISSION-2025",
    "CN-DUALCARRIER-PACIFIC-2025",
]:
    link(
        m,
        "C-CLM-030",
        "context: pace of power-projection build-up 2019-2025 (carrier, LHD, destroyer commissionings)",
    )
for m in ["CN-FUJIAN-COMMISSION-2025", "CN-DUALCARRIER-PACIFIC-2025", "CN-PARADE-2025-TRIAD"]:
    link(m, "C-CLM-031", "context: growth of Chinese military capacity in the Indo-Pacific")
for m in [
    "CN-FOBS-HGV-20210727",
    "CN-ICBM-SILOS-2021",
    "CN-FUJIAN-LAUNCH-2022",
    "CN-WARHEADS-500-2023",
]:
    link(
        m,
        "C-CLM-032",
        "context: capability developments preceding the Defense of Japan 2023 assessment",
    )
link(
    "CN-WARHEADS-500-2023",
    "C-CLM-033",
    "context: DoD estimate (>500 by May 2023; 1,500 by 2035 projection from CMPR 2022) behind the figure",
)
link(
    "CN-ICBM-SILOS-2021", "C-CLM-033", "context: silo fields underpinning projected warhead growth"
)
link("CN-DF41-PARADE-2019", "C-CLM-033", "context: MIRV-capable ICBM unveiled 2019")
link("CN-PARADE-2025-TRIAD", "C-CLM-033", "context: full nuclear triad displayed 2025")

# ---------- checks & write ----------
ex_src = {r["source_id"]: r for r in csv.DictReader(open("/work/main/data/sources.csv"))}
ex_urls = {r["url"]: r["source_id"] for r in ex_src.values()}
for s in S:
    assert s["source_id"] not in ex_src, s
    if s["url"] in ex_urls:
        print("URL already in data:", s["url"], ex_urls[s["url"]])
ids = {s["source_id"] for s in S}
assert len(ids) == len(S)
for c in C:
    assert c["source_id"] in ids or c["source_id"] in ex_src, c
    assert len(c["locator"]) <= 200, (len(c["locator"]), c["locator"])
used = {c["source_id"] for c in C}
for s in S:
    assert s["source_id"] in used, s["source_id"]
mids = [m["milestone_id"] for m in M]
assert len(set(mids)) == len(mids)
ex_m = {r["milestone_id"] for r in csv.DictReader(open("/work/main/data/milestones.csv"))}
assert not set(mids) & ex_m
claims = {r["claim_id"]: r for r in csv.DictReader(open("/work/main/data/claims.csv"))}
for l in MCL:
    assert l["milestone_id"] in mids and claims[l["claim_id"]]["subject"] == "CHN", l
for m in M:
    assert any(c["record_id"] == m["milestone_id"] for c in C)


def w(name, rows, cols):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols)
        wr.writeheader()
        wr.writerows(rows)


hdr = lambda p: next(csv.reader(open("/work/main/data/" + p)))
w("milestones.csv", M, hdr("milestones.csv"))
w("milestone_countries.csv", MC, hdr("milestone_countries.csv"))
w("sources.csv", S, hdr("sources.csv"))
w("citations.csv", C, hdr("citations.csv"))
w("milestone_claims.csv", MCL, ["milestone_id", "claim_id", "why"])
print(len(M), "milestones", len(S), "sources", len(C), "citations", len(MCL), "claim links")
