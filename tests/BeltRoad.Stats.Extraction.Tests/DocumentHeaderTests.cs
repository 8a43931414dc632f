using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests;

public class DocumentHeaderTests
{
    // The header is the first twelve non-blank lines, trimmed (blank lines and a CRLF's \r do not count); the footer the
    // last five, which follow here.
    [Theory]
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void Reads_a_date_only_within_the_first_twelve_non_blank_lines(int linesBefore, bool found)
    {
        var text = string.Concat(Enumerable.Range(1, linesBefore).Select(i => $"第{i}行正文内容\r\n\r\n")) + "  2023年5月18日 \r\n正文" + string.Concat(Enumerable.Repeat("\n后文", 5));

        Assert.Equal(found, DocumentHeader.Date(text) is not null);
    }

    [Theory]
    [InlineData("\n\n  # 共建一带一路十周年 \r\n2023年10月\n正文", "共建一带一路十周年")]
    [InlineData("2023年10月\n\n标题在日期之后\n", "标题在日期之后")]
    [InlineData("", "备用")]
    [InlineData("\n \n\t\n", "备用")]
    [InlineData("跳至主要內容\n\n立法會質詢：本港與共建國家的貿易\n", "立法會質詢：本港與共建國家的貿易")] // a skip link is page chrome
    [InlineData("Skip to main content\nPort volumes climb for a third year\n", "Port volumes climb for a third year")]
    public void Takes_the_first_non_blank_line_that_is_no_date_as_the_title(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));

    // A bilingual sheet says its masthead, genre and headline once in each language around one bar: no breadcrumb to
    // start after; a headline written once beats one said twice, and one said twice is the headline when no other is.
    [Theory]
    [InlineData("FACT SHEET | 项目概况\nLakeside Canal (Inland Waterway Project)\n湖滨运河\n\nWaterways Council of Freedonia | 自由国水道理事会\nIssued: 5 May 2024 | 发布日期：2024年5月5日\n\n1. Route | 线路\nThe canal runs 80 km from the river through two provinces to the sea at the old port town.", "Lakeside Canal (Inland Waterway Project)")]
    [InlineData("FACT SHEET | 项目简介\nLakeside Hydropower Project, Freedonia | 自由国湖滨水电站\nIssued by Lakeside Power Ltd., June 30, 2022 | 湖滨电力有限公司 2022年6月30日发布\n\nOverview | 项目概况\n\nThe plant entered full commercial operation on June 29, 2022, five years after work on the dam began.", "Lakeside Hydropower Project, Freedonia | 自由国湖滨水电站")]
    [InlineData("Lakeside Expo Secretariat | 湖滨博览会秘书处\nPress Release No. 8 | 新闻稿第8号\n\nLakeside Expo closes with record outcomes\n", "Lakeside Expo closes with record outcomes")]
    [InlineData("Home | World | Europe\n\nPort volumes climb for a third year\n", "Port volumes climb for a third year")] // a menu stays a menu
    [InlineData("China Daily Asia\nEnglish | 中文\nChina-Laos Railway carries 5 million passengers\nBy Staff Reporter | 2024-03-01\n\nThe railway carried more passengers than a year before.", "China-Laos Railway carries 5 million passengers")] // a language switcher is a menu, not a line said twice
    [InlineData("Trade Weekly\n首页 | Home\n\nPort volumes climb for a third year\n", "Port volumes climb for a third year")] // a menu link said in both languages
    public void Reads_a_bilingual_sheets_headline_past_lines_said_in_both_languages(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));

    // A bar of links under the headline is no breadcrumb to start after; a menu one section a line leaves room for the
    // headline and stamp below it.
    [Theory]
    [InlineData("Lakeside Development Bank\nHome > News > Annual Report > 2024\n\nLakeside Bank Annual Report 2024: Building for Tomorrow\n\nDownload full report (PDF)  |  Financial Statements  |  Previous reports\n\nWHO WE ARE\n\nThe bank lends to its members for roads, ports and power.", "Lakeside Bank Annual Report 2024: Building for Tomorrow")]
    [InlineData("SEASIDE NEWS\nPolitics\nBusiness\nEconomy\nOil & Gas\nTransport\nSociety\nRegion\nAnalysis\nInterview\nOther News\nSearch\n\nBusiness  |  8 May 2024 13:41\n\nPartner's imports from China climb in first quarter\n\nImports rose in the first quarter.", "Partner's imports from China climb in first quarter")]
    // A research brief's byline, the author's name and the day set off by a bar, is a stamp, not the last breadcrumb the
    // headline must follow; a release's title glued to the month it reports on is a headline, not a stamp.
    [InlineData("Lakeside Policy Centre | Institute of Trade Studies\nHome > Research > Investment\nLakeside Investment Report H1 2022\nJane Q. Doe | August 3, 2022\n\nInvestment in the partner countries slowed in the first half of 2022, the brief finds.", "Lakeside Investment Report H1 2022")]
    [InlineData("中华人民共和国湖滨海关\n首页 > 信息公开 > 海关统计\n2023年9月湖滨省外贸进出口情况\n发布时间：2023-10-20  来源：湖滨海关\n\n据湖滨海关统计，前9个月，湖滨省进出口总值1.2万亿元。", "2023年9月湖滨省外贸进出口情况")]
    public void Reads_the_headline_past_a_link_bar_under_it_and_a_menu_above_it(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));

    [Fact]
    public void Reads_the_pages_stamp_below_a_menu_of_one_section_a_line() =>
        Assert.Equal("2024-05-08", DocumentHeader.Date("SEASIDE NEWS\nPolitics\nBusiness\nEconomy\nOil & Gas\nTransport\nSociety\nRegion\nAnalysis\nInterview\nOther News\nSearch\n\nBusiness  |  8 May 2024 13:41\n\nPartner's imports from China climb in first quarter\n\nShare\nFacebook\nTwitter\nTelegram\n\nImports rose in the first quarter.")?.ToString());

    [Theory]
    [InlineData("中文版日本語HomeWorldChina-Laos Railway carries 5 million passengersFrom:Xinhua  |  2024-03-01 10:00\n\nBEIJING, March 1 (Xinhua) -- The railway has carried 5 million passengers since it opened, its operator said on Friday.", "China-Laos Railway carries 5 million passengers")]
    [InlineData("首页新闻中心中欧班列上半年开行九千列发布时间：2024-07-10 10:20\n\n正文。", "新闻中心中欧班列上半年开行九千列")] // only listed menu words are dropped
    [InlineData("发布时间：2024-07-10 10:20\n\n正文。", "备用")] // a stamp alone has no headline
    public void Reads_a_headline_glued_between_a_pages_menu_and_its_stamp(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));

    [Theory]
    [InlineData("中老铁路开通运营三周年\n\n新华社昆明12月3日电（记者 张三）2024年12月3日，中老铁路开通运营满三周年。", "2024-12-03")] // the dateline's day, stated in full below it
    [InlineData("雅万高铁运营一周年\n\n新华社雅加达10月17日电 一年来，2022年9月开工的项目……2023年10月17日，运营满一年。", "2023-10-17")] // another full date first
    [InlineData("新华社北京3月5日电 今年以来，中欧班列开行超过4000列。", null)] // no year anywhere: no date
    [InlineData("Home > Research > Investment\nLakeside Investment Report H1 2022\nJane Q. Doe | August 3, 2022\n\nInvestment in the partner countries slowed, the brief finds.", "2022-08-03")] // a brief's byline day
    [InlineData("首页 > 信息公开 > 海关统计\n2023年9月湖滨省外贸进出口情况\n发布时间：2023-10-20  来源：湖滨海关\n\n据湖滨海关统计，前9个月，湖滨省进出口总值1.2万亿元。", "2023-10-20")] // the release's stamp, not the month its title reports on
    [InlineData("新华社重庆12月20日电 记者20日获悉，2024年1月1日至12月19日，通道班列发送货物100.2万标箱。", "2024-12-20")] // a period ending the day before
    [InlineData("新华社重庆1月8日电 记者获悉，2024年1月1日至3月19日，通道班列发送货物30万标箱。", null)] // a period ending long before is no clue to the year
    [InlineData("新华社北京3月5日电 记者从国家铁路集团获悉，自2024年4月1日起，新的运输组织办法正式实施，班列开行更加便利。", null)] // a full date of another day is not the dateline's
    public void A_datelines_day_takes_its_year_from_the_same_day_stated_in_full_below_it(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("西部陆海新通道班列开行量创新高\n\n2025年1月8日，记者从中国国家铁路集团有限公司获悉，2024年通道班列发送货物96万标箱。", "2025-01-08")]
    [InlineData("中欧班列运行情况\n\n2024年7月3日，本报记者從國鐵集團獲悉，上半年班列開行9000列。", "2024-07-03")] // traditional verb
    [InlineData("中老铁路运营三周年\n\n【大公报讯】2024年12月3日，记者从中国铁路昆明局集团获悉，三年来发送旅客4300万人次。", "2024-12-03")] // after its source tag
    [InlineData("班列开行情况\n\n本报讯（记者 李四）2024年5月6日，记者从市商务局了解到，1-4月开行班列1500列。", "2024-05-06")]
    [InlineData("4月份新闻发布会文字实录\n\n2022年4月19日上午，国家发展改革委举行4月份新闻发布会，新闻发言人介绍有关情况。\n\n一季度，中欧班列开行3630列。", "2022-04-19")] // a transcript: the day its press conference was held
    [InlineData("例行記者會實錄\n\n2023年6月8日下午，外交部召開例行記者會，發言人回答提問。", "2023-06-08")] // traditional script
    [InlineData("发布会回顾\n\n2019年4月25日，第二届高峰论坛开幕，与会各方共签署283项成果，随后举行了新闻发布会。", null)] // an event's day; the press conference is not the opening clause's
    [InlineData("倡议十周年回顾\n\n2013年9月7日，习近平在哈萨克斯坦纳扎尔巴耶夫大学发表演讲，首次提出共同建设丝绸之路经济带的倡议。", null)] // an event's date opening a history
    public void A_report_opening_with_the_day_its_reporter_learned_the_news_or_its_press_conference_was_held_is_dated_by_it(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("Port throughput rises\n\nATHENS, Feb. 20, 2025 (Xinhua) -- The port handled 5.1 million TEUs in 2024.", "2025-02-20")]
    [InlineData("Trade grows\n\nVIENTIANE, Laos, December 3, 2024 -- The railway has carried 43 million passengers.", "2024-12-03")]
    [InlineData("Trade grows\n\nBEIJING, Jan. 14 (Xinhua) -- Trade reached 22 trillion yuan.", null)] // no year, none in full below it
    [InlineData("Dry port busier\n\nASTANA, March 3. QAZWIRE – The dry port handled 40,000 TEUs in January-February 2025.", "2025-03-03")] // the agency after a full stop
    [InlineData("Transit up 24.6%\n\nASTANA, Kazakhstan, October 14. ©TREND:\n\nTransit traffic amounted to 284,600 TEU in January-September 2024.", "2024-10-14")] // the agency after a full stop and ©, then a colon
    [InlineData("Chancay nears 300,000 containers\n\nLIMA, Nov 13 (Reuters) - The port handled 291,000 TEUs in January-September 2025.", "2025-11-13")] // a single hyphen after the agency in brackets
    [InlineData("Trade grows\n\nLIMA, Nov 13 - The port handled 291,000 TEUs in January-September 2025.", null)] // a single hyphen with no agency before it ends no dateline
    [InlineData("Study released\n\nWASHINGTON, June 18, 2019 - The corridors could lift 32 million people out of poverty.", "2019-06-18")] // a single hyphen after a day with its year (a press office's release)
    [InlineData("Trade grows\n\nThe railway, opened on Dec. 3, 2021 -- a milestone -- carried 43 million passengers.", null)] // a date in a sentence is no dateline
    [InlineData("Sovereigns\n\nRating Affirmed\n\nFitch Ratings-Singapore/Sydney-14 May 2024: The authority has drawn 376 million dollars.", "2024-05-14")] // the agency, its offices and the day joined by hyphens
    [InlineData("Freight link grows\n\nTASHKENT, 9 March (Reuters) - Rail traffic on the corridor grew in January-February 2025.", "2025-03-09")] // the day before its month
    [InlineData("Park update\n\nMINSK, June 3. /BelTA/. The park was discussed at a forum held in May 2024.", "2024-06-03")] // the agency between slashes after a full stop
    [InlineData("Park update\n\nHAVANA, June 3 /Xinhua/ -- The park was discussed at a forum held in May 2024.", "2024-06-03")] // the agency between slashes
    [InlineData("Power plant update\n\nLAHORE, Oct 7: Officials reviewed the coal plant, which opened in September 2023.", "2023-10-07")] // a colon right after the day, no agency
    [InlineData("Rail link talks\n\nPENANG (Feb 2): Talks continued after a review in January 2024.", "2024-02-02")] // a city in capitals, the day in brackets
    [InlineData("Lender cuts rates\n\nFeb 2 (Reuters) - A state lender cut its rates after a review in January 2024.", "2024-02-02")] // a wire's day and agency, no city
    [InlineData("Rail link talks\n\nTrade (Feb 2): talks continued after a review in January 2024.", null)] // a capitalised word that is no city in capitals
    [InlineData("Rail link talks\n\nFeb 2 - talks continued after a review in January 2024.", null)] // a day and a hyphen with no agency
    [InlineData("Dry port busier\n\nALMATY, 12 November. KAZINFORM - The dry port handled 305,600 TEUs in January-October 2024.", "2024-11-12")] // a single hyphen after the agency named after the full stop
    public void An_english_dateline_opening_the_first_paragraph_dates_the_document(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("Outbound investment edges up\n\nBy Our Staff Reporter  -  March 3, 2021\n\nInvestment reached 9 billion dollars.", "2021-03-03")]
    [InlineData("Lending slows\n\nBy Jane Doe // 16 June 2025\n\nThe bank approved 14 projects.", "2025-06-16")]
    [InlineData("Lending slows\n\nPhoto taken on March 3, 2021 shows a port.\n\nThe bank approved 14 projects.", null)] // a caption's day is the photo's
    [InlineData("Line to open\n\nBy Dec. 31, 2030, the line will carry 10 million passengers a year.\n\nThe bank approved 14 projects.", null)] // a deadline opening a sentence
    public void A_byline_that_writes_a_day_gives_the_pages_publication_date(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("TRADE WIRE\nHome > Markets > Asia\n\nPort volumes climb\n\nMarch 2024 | Markets Desk | 4 min read\n\nThe port handled 3 million TEUs so far.", "2024-03", "Port volumes climb")]
    [InlineData("portalnews\nWorld  /  Asia  /  Trade                         Friday, March 5, 2021\n\nFreight trains to Europe double\n\nMore trains ran last year.", "2021-03-05", "Freight trains to Europe double")]
    [InlineData("江南日报数字报　2023年5月8日　星期一　第002版：要闻\n上一版　下一版　　返回目录\n\n班列开行再创新高\n\n本报讯　今年以来，班列开行300列。", "2023-05-08", "班列开行再创新高")] // a paper's digital edition line and its page buttons
    [InlineData("東海日報電子版　2022年11月3日　星期四　A05版：經濟\n上一篇　下一篇\n\n港口吞吐量按年增長\n\n本報訊　首十個月吞吐量上升。", "2022-11-03", "港口吞吐量按年增長")]
    [InlineData("HARBOUR POST\nECONOMY | 14-03-2022 09:30\n\nPort deal renewed early\n\nThe bank renewed the line.", "2022-03-14", "Port deal renewed early")] // a stamp written as a breadcrumb: the masthead above it is the site's
    [InlineData("Finance Centre | Fudan University\nResearch > BRI > Investment reports\n\nBRI Investment Report 2022 H1\n\nAnna K. Lee | July 2022\n\nThis brief summarises engagement in the first half of 2022, which fell by 4% on a year earlier to a low level.", "2022-07", "BRI Investment Report 2022 H1")] // a brief's byline: the author's name, a separator, the month
    [InlineData("Trains to run from July 2026\n\nThe new service will start next summer, the operator said in a statement.", null, "Trains to run from July 2026")] // a headline's month is not set off as a byline's is
    public void A_reading_time_line_a_breadcrumb_ending_with_a_day_or_a_digital_editions_line_is_the_pages_stamp(string text, string? date, string title)
    {
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());
        Assert.Equal(title, DocumentHeader.Title(text, ""));
    }

    [Theory]
    [InlineData("SHIPPING\n\nPort operator posts its best half year\n\nNewsroom\n12.03.2024 • 10:15\n\nProfit rose in January-June.", "2024-03-12")]
    [InlineData("Think Tank Review\n\nPolicy Institute  |  05.07.2016  |  Read original\n\nInvestment fell in 2015.", "2016-07-05")] // the day first, not 7 May
    [InlineData("Rail freight rebounds\n\nPosted 28/09/2023\n\nTrains carried more goods.", "2023-09-28")] // a slash where the first number is no month
    [InlineData("Rail freight rebounds\n\nVersion 2.1.2019 of the guide\n\nTrains carried more goods.", null)] // little else beside it: no stamp
    [InlineData("Swap line renewed\n\nFINANCE | 05-04-2021 11:02\n\nThe bank renewed the line on Friday.", "2021-04-05")] // dashes: the day first, not 4 May
    [InlineData("Plant to open\n\nNewswire-Central Daily 2023.09.21.\n\nThe plant will employ 900 people.", "2023-09-21")] // an agency's name before a numeric day
    [InlineData("Retail news | EN\n\n2024. 07. 02.\n\nTrade deal takes effect\n\nThe agreement came into force on Monday.", "2024-07-02")] // the year first with dots and spaces (Hungarian, Korean pages)
    [InlineData("Towers handed over\n\nMaria L. Santos , Monday 11 Mar 2024\n\nThe ministry received four towers.", "2024-03-11")] // an author's name and a weekday before the day
    [InlineData("Towers handed over\n\nMinistry to receive towers on 11 Mar 2024\n\nThe ministry received four towers.", null)] // a headline's day is no stamp
    [InlineData("Bridge facts | 大桥概况\nPrepared by the liaison office, 2 May 2022 | 联络处编制，2022年5月2日\n\nThe bridge has two towers.", "2022-05-02")] // who prepared the sheet, and when
    [InlineData("Port facts | 港口要点\nCompiled by the research desk, March 2025 | 研究部整理，2025年3月\n\nThe port has four berths.", "2025-03")] // a fact sheet's compilation line
    [InlineData("Firms lead the list\n\nThe plant currently employs 3,000 people.\n\n(Danube Herald, 14.09.2022)\n\nLeave a comment\nName *\nEmail *\nPost Comment\nShare this\nscroll to top\nAll rights reserved.", "2022-09-14")] // an aggregator's credit of the retold item, above page chrome
    [InlineData("Firms lead the list\n\nThe plant (built 14.09.2022 by the firm) employs 3,000 people.", null)] // a bracketed aside in a sentence is no credit line
    public void A_european_day_first_date_is_the_pages_stamp(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("港口吞吐量創新高\n當前報紙日期:\n2019 6月12日 星期三\n\n今年首五個月，港口吞吐量增長一成。", "2019-06-12")]
    [InlineData("港口吞吐量創新高\n\n全港共有2019 6月份的紀錄。", null)] // a month with no day stays no stamp
    public void A_print_editions_day_written_without_its_year_character_is_the_pages_stamp(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("Harbour Post\nHome » Business\n\nRail link half done\n\nDesk Reporter\nMar 3, 09:15 AM  Last update on: Mar 3, 11:40 AM\n\nThe link was 52 percent complete by the end of February 2024.", "2024-03-03")]
    [InlineData("Rail link half done\n\nUpdated 3 Mar, 09:15\n\nWork began in October 2023 and the link was half complete in January 2024.", "2024-03-03")] // the day first, after a label
    [InlineData("Rail link half done\n\nMar 3, 09:15 AM\n\nThe link will be complete in December 2024.", null)] // the only stated period ends after the day: no year
    [InlineData("Rail link half done\n\nMar 3, 09:15 AM\n\nThe link is half complete.", null)] // no year stated anywhere
    public void A_stamp_with_a_day_and_time_but_no_year_takes_the_year_of_the_latest_period_stated_by_that_day(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("Ministry of Commerce Regular Press Conference (June 5, 2025)\n\nSpokesperson: In the first five months, investment grew 3%.", "2025-06-05")]
    [InlineData("Foreign Ministry Spokesperson's Regular Press Conference on 12 March 2024\n\nQ: How many countries have joined?", "2024-03-12")]
    [InlineData("商务部召开例行新闻发布会（2023年9月7日）\n\n今年以来，对外投资保持增长。", "2023-09-07")]
    [InlineData("Freight trains hit a record (December 2023)\n\nThe trains carried 2,000 TEUs.", null)] // a month is no day
    [InlineData("Ports to open on 1 July 2026, officials say\n\nThe port will have 20 berths.", null)] // the day does not end the title
    public void A_title_ending_with_a_day_in_brackets_or_after_on_dates_the_transcript(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("大使在媒体吹风会上的讲话\n发布时间：2021年06月21日　来源：使馆\n\n2021年6月18日，科伦坡\nColombo, 18 June 2021\n\n截至目前，已有30多个国家参与。", "2021-06-18")]
    [InlineData("大使在媒体吹风会上的讲话\n发布时间：2021年06月21日　来源：使馆\n\n2020年6月18日，科伦坡\n\n截至目前，已有30多个国家参与。", "2021-06-21")] // a year before: not this page's speech
    [InlineData("大使在媒体吹风会上的讲话\n发布时间：2021年06月21日　来源：使馆\n\n截至目前，已有30多个国家参与。", "2021-06-21")]
    public void A_speechs_day_and_place_line_under_its_title_dates_it_before_the_pages_stamp(string text, string? date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Theory]
    [InlineData("中欧班列累计开行达1万列\n\n本报武汉8月26日电（记者 吴君）26日上午，班列驶入武汉。\n\n正文。\n\n《 人民日报 》（ 2018年08月27日 10 版）", "2018-08-26")] // the print edition's next morning
    [InlineData("班列开行创新高\n\n发布时间：2021-01-20 08:35　来源：经济日报\n\n本报北京1月19日讯（记者 王五）发布会介绍，截至目前，班列累计开行3万列。", "2021-01-19")] // a newspaper's own 讯, not the page's stamp
    [InlineData("班列開行創新高\n\n2021-01-20　來源：經濟日報\n\n本報北京1月19日訊 截至目前，班列累計開行3萬列。", "2021-01-19")] // traditional 訊
    [InlineData("班列上半年开行8641列\n\n2023-07-06 09:41:12　来源：人民日报\n\n新华社北京7月5日电 记者5日获悉，上半年开行8641列。", "2023-07-05")] // a mirror's stamp, the dateline's day
    [InlineData("中歐班列累計開行破12萬列\n\n2025-11-29 10:00　來源：中央社\n\n（中央社台北29日電）國鐵集團28日宣布，班列開行破12萬列。", "2025-11-29")] // a day without its month
    [InlineData("AIIB approves two new applicants\n\n2018-05-02 16:47  Xinhua  Editor: Gu Liping\n\nBEIJING, May 2 (Xinhua) -- The bank said Wednesday.", "2018-05-02")]
    [InlineData("Park grows\n\nMINSK, Nov. 6 (Xinhua) -- In the first nine months of 2024, the companies produced goods worth 1.2 billion rubles.", "2024-11-06")] // the latest period ending before it
    [InlineData("Trade\n\nHome | World | Business\n\nWednesday, Jan 14, 2026\n\nTrade reached 22 trillion yuan.", "2026-01-14")] // a date line with its weekday
    [InlineData("Freight\n\nCGTN | Business\n\nUpdated 18:20, 10-Aug-2025\n\nTrains made 11,830 trips.", "2025-08-10")]
    [InlineData("香港文匯報　2023年9月20日（星期三）　A12　中國新聞\n\n東博會廿載\n\n【香港文匯報訊】（記者 黃寶儀 南寧報道）東博會19日閉幕。", "2023-09-20")] // a print page's line: a day and its weekday
    [InlineData("人民日报 2024年3月15日 星期五 第03版 要闻\n\n班列开行\n\n一季度开行4000列。", "2024-03-15")]
    public void A_datelines_day_takes_its_year_and_month_from_the_publication_date_on_or_after_it(string text, string date) =>
        Assert.Equal(date, DocumentHeader.Date(text)?.ToString());

    [Fact]
    public void A_sidecars_year_dates_a_dateline_that_names_none() =>
        Assert.Equal("2024-01-02", DocumentHeader.Date("2023年中欧班列开行1.7万列\n\n新华社北京1月2日电 2023年，中欧班列开行1.7万列。", Domain.PeriodPoint.OfYear(2024))?.ToString());

    [Theory]
    [InlineData("Ministry of Commerce of the People's Republic of China\nHome > Statistics > Foreign Trade Cooperation\n\nChina's Investment Cooperation with Belt and Road Partner Countries in January-June 2024\n\nArticle Source: Department of Outward Investment    2024-07-26 10:30", "China's Investment Cooperation with Belt and Road Partner Countries in January-June 2024")]
    [InlineData("• 1\n\n我国对“一带一路”沿线国家投资合作取得积极进展\n\n2021/9/18 8:27:22 | 文章来源：央视网  | 【大 小】 【打印】\n\n商务部16日发布的数据表明，今年前8个月投资增长。", "我国对“一带一路”沿线国家投资合作取得积极进展")]
    [InlineData("首页 > 时政 > 专题 > 2024年中非合作论坛峰会\n【字体：大 中 小】　　分享到：微信 微博\n\n一图读懂：中非合作论坛北京峰会主要成果\n2024-09-06 15:42:18　　来源：新华网", "一图读懂：中非合作论坛北京峰会主要成果")]
    [InlineData("GLOBAL TIMES  >  CHINA  >  ECONOMY\n\nChina-Laos Railway cross-border passenger service marks second anniversary\n\nBy Global Times", "China-Laos Railway cross-border passenger service marks second anniversary")]
    [InlineData("London Daily\nFocus on the big picture.\nWednesday, Jan 14, 2026\n\nHome | World | Business | Finance\n\nWorkers at a zone outside Addis Ababa. Photo used by AidData with permission, and a long caption that goes on.", "备用")] // no headline after the breadcrumb
    [InlineData("FACT SHEET | 项目简介\nHarbour Tunnel, Bangladesh | 孟加拉国港湾隧道\nIssued by Harbour Tunnel Company Ltd., May 2, 2023 | 港湾隧道公司2023年5月2日发布\n\nOverview | 概况\n\nThe Harbour Tunnel opened to traffic in October 2023 and has carried about 1.1 million vehicles since then, its operator said in a statement.", "Harbour Tunnel, Bangladesh | 孟加拉国港湾隧道")] // a dated source line between section lines is no headline; the headline said in both languages is
    public void The_title_is_the_headline_never_a_breadcrumb_masthead_stamp_or_bullet(string text, string title) =>
        Assert.Equal(title, DocumentHeader.Title(text, "备用"));

    [Theory]
    [InlineData("标题\n\n新华社北京5月20日电（记者 樊曦）记者20日获悉。", "新华社")]
    [InlineData("Title here now\n\nBEIJING, May 2 (Xinhua) -- The bank said.", "Xinhua")]
    [InlineData("標題\n\n【大公報訊】記者報道。", "大公報")]
    [InlineData("标题\n2022-12-03 11:09:53 [来源：新华社] [责编：潘华]\n正文。", "新华社")]
    [InlineData("标题\n发布时间：2021-12-17 | 来源：中国经济网 作者：郭静 字体：大 中 小\n正文。", "中国经济网")]
    [InlineData("标题\n\n正文。\n\n《 人民日报 》（ 2024年03月15日 03 版）", "人民日报")]
    public void The_publisher_is_the_one_the_text_names(string text, string publisher) =>
        Assert.Equal(publisher, DocumentHeader.Publisher(text));

    // A source line naming only an office of the page's site (its meta site name) names the office within it.
    [Theory]
    [InlineData("标题\n日期：2018-04-02 来源：对外投资和经济合作处 【字体：大 中 小】\n正文。", "西安市商务局", "西安市商务局对外投资和经济合作处")]
    [InlineData("标题\n日期：2018-04-02 来源：对外投资和经济合作处\n正文。", null, "对外投资和经济合作处")]
    [InlineData("标题\n发布时间：2021-12-17 | 来源：中国经济网\n正文。", "西安市商务局", "中国经济网")]
    public void An_office_the_source_line_names_is_the_sites(string text, string? site, string publisher) =>
        Assert.Equal(publisher, DocumentHeader.Publisher(text, site));
}
