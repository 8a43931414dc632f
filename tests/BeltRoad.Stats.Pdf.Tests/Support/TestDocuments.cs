namespace BeltRoad.Stats.Pdf.Tests.Support;

internal static class TestDocuments
{
    public static PdfFont Font => PdfFont.LoadEmbeddedCjk();

    /// <summary>The data date: fixed, as the digest's would be.</summary>
    public static PdfDocumentInfo Info => new(new DateTimeOffset(2025, 6, 30, 8, 0, 0, TimeSpan.FromHours(8)))
    {
        Title = "一带一路统计摘要 Belt and Road Digest",
        Author = "BeltRoad.Stats",
        Subject = "测试文档",
        Keywords = "一带一路, PDF",
        Creator = "BeltRoad.Stats.Pdf.Tests",
    };
}
