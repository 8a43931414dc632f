using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class DeterminismTests
{
    [Fact]
    public void Writing_the_same_document_twice_gives_the_same_bytes()
    {
        var first = SampleDigest.Build().ToArray();
        var second = SampleDigest.Build().ToArray();
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_dates_come_from_the_caller()
    {
        var writer = new PdfDocumentWriter(TestDocuments.Info with { ModDate = new DateTimeOffset(2025, 7, 1, 9, 30, 0, TimeSpan.Zero) });
        writer.AddPage().Canvas.DrawText("日期", 72, 72, PdfTextStyle.Of(TestDocuments.Font, 12));
        var pdf = System.Text.Encoding.Latin1.GetString(writer.ToArray());
        Assert.Contains("/CreationDate (D:20250630080000+08'00')", pdf, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20250701093000Z)", pdf, StringComparison.Ordinal);
        Assert.Contains("/Lang (zh-CN)", pdf, StringComparison.Ordinal);
    }
}
