using System.Xml.Linq;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

public class ReportWriterTests
{
    [Fact]
    public void Writes_the_digest_the_page_and_an_svg_per_planned_chart()
    {
        var (dir, files) = ReportFolder.Write(SampleTables.Corpus().Input(), "corpus");

        Assert.True(File.Exists(Path.Combine(dir, "digest.pdf")));
        Assert.True(File.Exists(Path.Combine(dir, "index.html")));
        Assert.NotEmpty(files.Charts);
        Assert.All(files.Charts, c => Assert.True(File.Exists(Path.Combine(dir, c)), c));
        Assert.Equal(files.Charts.Count, Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg").Length * 2);
        Assert.All(Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg"), svg => Assert.True(File.Exists(Path.ChangeExtension(svg, ".png")), svg));
        Assert.True(files.DigestPages >= 4, $"{files.DigestPages} pages");
    }

    [Fact]
    public void The_page_whose_fact_rows_are_written_while_the_model_is_built_is_the_page_written_in_one_go()
    {
        var input = SampleTables.Corpus().Input();
        var (dir, _) = ReportFolder.Write(input, "rows-first");

        Assert.Equal(HtmlViewWriter.Write(ReportModelBuilder.Build(input)), File.ReadAllText(Path.Combine(dir, "index.html")));
    }

    [Fact]
    public void Fact_rows_written_from_other_facts_than_the_models_do_not_finish_its_page()
    {
        var input = SampleTables.Corpus().Input();
        var rows = PageData.FactRows.Write(ModelFacts.Of(input).Skip(1), input.EntityAliases);

        Assert.Throws<ArgumentException>(() => HtmlViewWriter.Write(ReportModelBuilder.Build(input), rows, Stream.Null));
    }

    [Fact]
    public void Every_svg_parses_as_xml_with_the_svg_namespace()
    {
        var (dir, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "svg-xml");

        foreach (var file in Directory.GetFiles(Path.Combine(dir, "charts"), "*.svg"))
        {
            var svg = XDocument.Load(file);
            Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        }
    }

    [Fact]
    public void Same_input_and_data_date_give_byte_identical_pdf_svg_and_html()
    {
        var (first, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "same-1");
        var (second, _) = ReportFolder.Write(SampleTables.Corpus().Input(), "same-2");

        var names = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.Contains("digest.pdf", names);
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, name))), name + " differs");
        }
    }

    [Fact]
    public void A_different_data_date_changes_the_pdf_metadata_not_the_clock()
    {
        var (a, _) = ReportFolder.Write(SampleTables.Corpus().Input(new DateOnly(2023, 10, 18)), "date-a");
        var (b, _) = ReportFolder.Write(SampleTables.Corpus().Input(new DateOnly(2024, 1, 2)), "date-b");

        var pdfA = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(a, "digest.pdf")));
        var pdfB = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(b, "digest.pdf")));
        Assert.Contains("/CreationDate (D:20231018", pdfA, StringComparison.Ordinal);
        Assert.Contains("/CreationDate (D:20240102", pdfB, StringComparison.Ordinal);
    }
}
