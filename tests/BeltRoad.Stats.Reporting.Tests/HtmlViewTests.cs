using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class HtmlViewTests
{
    private static readonly string Page = HtmlViewWriter.Write(ReportModelBuilder.Build(SampleTables.Corpus().Input()));

    [Fact]
    public void Script_from_a_document_is_escaped_everywhere_it_appears()
    {
        Assert.DoesNotContain("<script>alert", Page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", Page, StringComparison.Ordinal);
        Assert.Contains("Trains &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_json_cannot_close_its_script_element()
    {
        var start = Page.IndexOf("<script type=\"application/json\" id=\"facts-data\">", StringComparison.Ordinal);
        var end = Page.IndexOf("</script>", start, StringComparison.Ordinal);
        var json = Page[(start + 48)..end];

        Assert.DoesNotContain('<', json);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(2)", json, StringComparison.Ordinal);
        Assert.Contains("中欧班列累计开行", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network()
    {
        Assert.DoesNotContain("http://", Page.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", Page, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", Page, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_row_links_to_an_anchor_around_its_quoted_sentence()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());
        foreach (var fact in model.Facts)
        {
            Assert.Contains($"<tr id=\"{fact.Anchor}\"", Page, StringComparison.Ordinal);
            Assert.Contains($"href=\"#{fact.QuoteAnchor}\"", Page, StringComparison.Ordinal);
            Assert.Contains($"<span class=\"anchor\" id=\"{fact.QuoteAnchor}\"></span>", Page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Charts_are_inline_svg_one_per_planned_chart()
    {
        var model = ReportModelBuilder.Build(SampleTables.Corpus().Input());

        Assert.Equal(model.Charts.Count(), Page.Split("<svg xmlns=").Length - 1);
    }
}
