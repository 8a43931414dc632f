using System.Globalization;
using BenchmarkDotNet.Attributes;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// A 200-page Chinese PDF (written by our own PDF writer, 40 lines a page, a figure in every line) read by
/// PdfPig and extracted: the PDF input path of a run, target under 3 s.
/// </summary>
[MemoryDiagnoser]
public class PdfInputBenchmarks
{
    public const int PageCount = 200;
    private const int LinesPerPage = 40;

    private readonly TempFolder _folder = new();
    private FactTableBuilder _builder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pages = Enumerable.Range(0, PageCount).Select(p => Enumerable.Range(0, LinesPerPage).Select(l => Line((p * LinesPerPage) + l)));
        _folder.Write("white-paper.pdf", TestPdf.Write(pages, new PdfDocumentInfo(new DateTimeOffset(2023, 10, 10, 0, 0, 0, TimeSpan.Zero)) { Title = "二百页测试白皮书" }));
        _builder = new FactTableBuilder(new FactExtractor(MetricCatalog.Default));
    }

    [GlobalCleanup]
    public void Cleanup() => _folder.Dispose();

    [Benchmark]
    public int ConvertAndExtract200Pages()
    {
        var load = DocumentLoader.LoadFolder(_folder.Path);
        return load.Issues.Count == 0 ? _builder.Build(load).Facts.Count : throw new InvalidOperationException(string.Join("; ", load.Issues));
    }

    // Sentences of a white paper's shape, each with a date and a figure, varied so no two lines repeat.
    private static string Line(int i) => (i % 4) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"截至{2013 + (i % 10)}年{1 + (i % 12)}月底，中欧班列累计开行{1 + (i % 9)}.{i % 10}万列。"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{2013 + (i % 10)}年，中国与共建国家进出口总额达{10 + (i % 90)}.{i % 10}万亿元。"),
        2 => string.Create(CultureInfo.InvariantCulture, $"中国已与{100 + (i % 50)}多个国家和{30 + (i % 20)}多个国际组织签署合作文件。"),
        _ => string.Create(CultureInfo.InvariantCulture, $"第{1 + (i % 9)}批项目在{20 + (i % 30)}个国家建成{200 + (i % 700)}所学校和医院。"),
    };
}
