using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

public class HtmlReaderTests
{
    static HtmlReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Page furniture carries figures too (visits, a script's data, related news, comments): none of them may become
    // a fact. A class that merely contains a widget word ("commentary") is content.
    private const string Body = """
        <body>
        <header><div class="logo">测试新闻网</div><p>今日访问量 12345 次</p></header>
        <nav><a href="/">首页</a> | <a href="/t">2023年专题 共300篇</a></nav>
        <script>var cached = "中欧班列累计开行9.9万列";</script>
        <style>.x { width: 100px }</style>
        <!-- 注释：中欧班列累计开行8.8万列 -->
        <main>
          <article>
            <h1>共建一带一路测试报道</h1>
            <p>2023年10月17日 北京</p>
            <div class="share-bar">分享到微信 已有500人分享</div>
            <p>截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的217个城市。</p>
            <h2>一、贸易投资</h2>
            <p>2013年至2022年，中国与共建国家进出口总额累计19.1万亿美元。</p>
            <table>
              <tr><th>年份</th><th>中欧班列开行</th></tr>
              <tr><td>2022年</td><td>1.6万列</td></tr>
            </table>
            <div class="commentary"><ul><li>中国与28个国家和地区签署了21个自贸协定。</li></ul></div>
            <div id="comments">评论（32条）：开行了100万列吗？</div>
          </article>
        </main>
        <aside>相关新闻：某地本月开行300列</aside>
        <footer>版权所有 © 2023 测试新闻网 京ICP备00000000号</footer>
        </body></html>
        """;

    private const string Head = """
        <title>页面标题 - 测试新闻网</title>
        <meta property="og:title" content="共建一带一路测试报道">
        <meta property="og:site_name" content="测试新闻网">
        <meta property="article:published_time" content="2023-10-17T08:00:00+08:00">
        <link rel="canonical" href="https://news.example.org/2023/10/brt.html">
        </head>
        """;

    private const string ExpectedText = """
        # 共建一带一路测试报道
        2023年10月17日 北京
        截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的217个城市。
        ## 一、贸易投资
        2013年至2022年，中国与共建国家进出口总额累计19.1万亿美元。
        年份 | 中欧班列开行
        2022年 | 1.6万列
        中国与28个国家和地区签署了21个自贸协定。

        """;

    public static TheoryData<string, string, string> Encodings() => new()
    {
        { "utf-8", """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">""", "utf-8" },
        { "gb18030", """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">""", "gb18030" },
        { "gb18030", """<!DOCTYPE html><html><head>""", "gb18030" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_web_page_gives_its_main_text_and_the_facts_of_the_same_text(string encoding, string opening, string decodedAs)
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Encoding.GetEncoding(encoding).GetBytes(opening + Head + Body));
        folder.Write("page-as-text.txt", Encoding.UTF8.GetBytes(ExpectedText));

        var load = DocumentLoader.LoadFolder(folder.Path);
        var table = FormatFacts.Run(folder.Path);

        Assert.Empty(load.Issues);
        var page = Assert.Single(load.Documents, d => d.Info.Name == "page.html");
        Assert.Equal(ExpectedText.ReplaceLineEndings("\n"), page.Text);
        Assert.Equal(decodedAs, page.Info.Encoding);
        var said = FormatFacts.Said(table, "page.html");
        Assert.True(said.Count >= 4, string.Join("\n", said));
        Assert.Equal(FormatFacts.Said(table, "page-as-text.txt"), said);
        FormatFacts.AssertSpansIndex(table, load, "page.html");
    }

    [Fact]
    public void A_web_pages_head_gives_title_publisher_address_and_date()
    {
        using var folder = new TempFolder();
        folder.Write("page.htm", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + Head + Body));

        var doc = Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info;

        Assert.Equal("html", doc.Format);
        Assert.Equal("共建一带一路测试报道", doc.Title);
        Assert.Equal("测试新闻网", doc.Publisher);
        Assert.Equal("https://news.example.org/2023/10/brt.html", doc.Url);
        Assert.Equal("2023-10-17", doc.Date.ToString());
    }

    [Fact]
    public void Without_head_metadata_the_dateline_and_the_title_element_stand_in()
    {
        using var folder = new TempFolder();
        folder.Write("bare.html", Encoding.UTF8.GetBytes("<html><head><title>裸页面</title></head><body><p>2023年9月1日</p><p>中欧班列累计开行7.4万列。</p></body></html>"));

        var doc = Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info;

        Assert.Equal("裸页面", doc.Title);
        Assert.Equal("2023-09-01", doc.Date.ToString());
        Assert.Null(doc.Publisher);
        Assert.Null(doc.Url);
    }

    [Theory]
    [InlineData("<title>China-Europe freight train services expand - People's Daily Online</title>", "<h1>China-Europe freight train services expand</h1>", "China-Europe freight train services expand")]
    [InlineData("<title>国家发展改革委：共建“一带一路”取得新进展 中欧班列保持高位运行_丝路经贸网</title>", "", "国家发展改革委：共建“一带一路”取得新进展 中欧班列保持高位运行")]
    [InlineData("<title>中老鐵路客貨兩旺 黃金大通道效應凸顯 | 香港文匯網</title>", "", "中老鐵路客貨兩旺 黃金大通道效應凸顯")]
    [InlineData("<title>汉班托塔港2023年滚装业务创历史新高 | Hambantota port records best year for RORO in 2023</title>", "<h1>汉班托塔港2023年滚装业务创历史新高</h1>", "汉班托塔港2023年滚装业务创历史新高")]
    public void A_pages_title_is_its_headline_without_the_sites_name(string title, string heading, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Encoding.UTF8.GetBytes($"<html><head>{title}</head><body>{heading}<p>中欧班列累计开行7.4万列。</p></body></html>"));

        Assert.Equal(expected, Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info.Title);
    }

    [Fact]
    public void A_web_page_over_the_size_limit_is_a_named_failure_and_the_others_still_load()
    {
        using var folder = new TempFolder();
        var huge = new byte[50 * 1024 * 1024];
        huge.AsSpan().Fill((byte)'a');
        folder.Write("huge.html", huge);
        folder.Write("small.html", Encoding.UTF8.GetBytes("<html><body><p>中欧班列累计开行7.4万列。</p></body></html>"));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal(["small.html"], result.Documents.Select(d => d.Info.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("huge.html", Severity.Failure), (issue.Doc, issue.Severity));
        Assert.Contains("too large: 50.0 MB", issue.Message, StringComparison.Ordinal);
    }
}
