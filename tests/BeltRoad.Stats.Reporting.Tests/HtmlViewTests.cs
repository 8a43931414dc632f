using System.Text.RegularExpressions;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public partial class HtmlViewTests
{
    private static readonly ReportModel Model = ReportModelBuilder.Build(SampleTables.Corpus().Input());
    private static readonly string Page = HtmlViewWriter.Write(Model);
    private static readonly ReportModel ViewerModel = ReportModelBuilder.Build(SampleTables.Viewer().InputWithAliases());

    [Fact]
    public void Script_from_a_document_is_escaped_everywhere_it_appears()
    {
        var lists = HtmlPage.Lists(Page)["filters"]!.ToJsonString() + HtmlPage.Sources(Page);

        Assert.DoesNotContain("<script>alert", Page + lists, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", HtmlPage.Sources(Page), StringComparison.Ordinal);
        Assert.Contains("Trains \\u003C/script\\u003E\\u003Cscript\\u003Ealert(2)", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_json_cannot_close_its_script_element()
    {
        var json = HtmlPage.DataText(Page);

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
        Assert.Contains("font-src data:", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_rows_are_data_one_per_fact_in_table_order_with_their_words_and_sentence()
    {
        var quotes = HtmlPage.Data(Page)["quotes"]!.AsArray();

        Assert.Equal(ModelFacts.Of(Model).Select(f => f.EntityIndicator), HtmlPage.Column(Page, "label", text: true));
        Assert.Equal(ModelFacts.Of(Model).Select(f => f.ValueText), HtmlPage.Column(Page, "value_text", text: true));
        Assert.Equal(ModelFacts.Of(Model).Select(f => f.Fact.Unit.Code()), HtmlPage.Column(Page, "unit", text: true));
        Assert.Equal(ModelFacts.Of(Model).Select(f => f.Fact.Quote), HtmlPage.Column(Page, "quote").Select(q => quotes[int.Parse(q, System.Globalization.CultureInfo.InvariantCulture)]!.GetValue<string>()));

        var sources = HtmlPage.Sources(Page);
        Assert.All(Model.Documents.Where(d => d.FactCount > 0), d =>
            Assert.Contains($"<details class=\"quotes\" data-doc=\"{d.Number - 1}\">", sources, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_chart_has_a_figure_and_program_statistics_sit_in_data_quality()
    {
        var quality = Page[Page.IndexOf("<section id=\"quality\">", StringComparison.Ordinal)..];
        var charts = Page[Page.IndexOf("<section id=\"charts\">", StringComparison.Ordinal)..Page.IndexOf("<section id=\"facts\">", StringComparison.Ordinal)];

        Assert.All(Model.Groups.SelectMany(g => g.Charts), c => Assert.Contains($"id=\"{HtmlCharts.Id(c)}\"", charts, StringComparison.Ordinal));
        Assert.All(Model.OverviewCharts, c =>
        {
            Assert.DoesNotContain($"id=\"{HtmlCharts.Id(c)}\"", charts, StringComparison.Ordinal);
            Assert.Contains($"id=\"{HtmlCharts.Id(c)}\"", quality, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_mark_of_a_chart_stands_for_facts_with_the_value_it_draws()
    {
        foreach (var chart in ViewerModel.Groups.SelectMany(g => g.Charts).Concat(Model.Groups.SelectMany(g => g.Charts)))
        {
            var marks = ChartMarks.Of(chart, drawsFacts: true);

            Assert.Equal(chart.Spec.Series.Sum(s => s.Values.Count(v => v is not null)), marks.Count);
            Assert.All(marks, m => Assert.All(m.Facts, f => Assert.Equal(m.Value, f.Fact.Value)));
            Assert.Equal(chart.Facts.Select(f => f.Index).Order(), marks.SelectMany(m => m.Facts).Select(f => f.Index).Distinct().Order());
        }
    }

    [Fact]
    public void Program_statistics_marks_stand_for_no_fact()
    {
        Assert.All(Model.OverviewCharts, c => Assert.All(ChartMarks.Of(c, drawsFacts: false), m => Assert.Empty(m.Facts)));
    }

    [Fact]
    public void Search_data_carries_the_catalogued_aliases_of_each_entity_the_facts_name()
    {
        var data = HtmlPage.Data(HtmlViewWriter.Write(ViewerModel));
        var aiib = data["entities"]!.AsArray().Single(e => e![0]!.GetValue<string>() == "亚投行")!.AsArray();

        Assert.Superset(new HashSet<string> { "亞投行", "AIIB", "亚洲基础设施投资银行" }, aiib[1]!.AsArray().Select(a => a!.GetValue<string>()).ToHashSet());
        Assert.Equal(ModelFacts.Of(ViewerModel).Select(f => f.Fact.Entity).Where(e => e.Length > 0).Distinct().Count(), data["entities"]!.AsArray().Count);
    }

    [Fact]
    public void The_embedded_font_draws_every_character_of_the_page_the_shipped_font_has()
    {
        var page = HtmlViewWriter.Write(ViewerModel);
        var font = PdfFont.FromBytes(Convert.FromBase64String(FontData().Match(page).Groups[1].Value));
        var shipped = PdfFont.LoadEmbeddedCjk();
        var text = FontData().Replace(page, "");

        Assert.DoesNotContain(font.FindMissing(text), r => r.Value >= 0x20 && shipped.CanRender(r.ToString()));
        Assert.True(font.CanRender("中欧班列累計開行亞投行"));
        Assert.False(font.CanRender("鼎"), "the subset holds the page's characters, not the whole font");
    }

    [Fact]
    public void The_same_report_gives_the_same_page_bytes()
    {
        Assert.Equal(HtmlViewWriter.Write(ViewerModel), HtmlViewWriter.Write(ReportModelBuilder.Build(SampleTables.Viewer().InputWithAliases())));
    }

    [GeneratedRegex("url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")]
    private static partial Regex FontData();
}
