using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Pdf.Layout;
using BenchmarkDotNet.Attributes;

namespace BeltRoad.Stats.Benchmarks;

/// <summary>
/// A 50-page digest-like document (headings, paragraphs, tables, charts) laid out and written to bytes.
/// Target: under 1 s. Run: dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*PdfWriter*'
/// </summary>
[MemoryDiagnoser]
public class PdfWriterBenchmarks
{
    private const string Paragraph = "2024年，中国与共建“一带一路”国家进出口总额达到22.1万亿元，同比增长5.8%，占外贸总值的比重提升至47.2%。"
        + "The Belt and Road Initiative covered more than 150 countries, with trade of USD 3.1 trillion. "
        + "中欧班列累计开行超过9万列，通达欧洲25个国家227个城市；对中东欧国家进出口增幅在2.8%—9.7%之间。";

    private PdfFont _font = null!;

    [GlobalSetup]
    public void Setup() => _font = PdfFont.LoadEmbeddedCjk();

    [Benchmark]
    public int Digest50Pages()
    {
        var bytes = BuildDigest(_font).ToArray();
        return bytes.Length;
    }

    /// <summary>Eight sections of text, a chart and a table: about 50 A4 pages.</summary>
    public static LayoutDocument BuildDigest(PdfFont font)
    {
        var info = new PdfDocumentInfo(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero)) { Title = "一带一路统计摘要" };
        var doc = new LayoutDocument(new PdfLayoutSettings(info, PdfStyleSheet.Default(font)) { HeaderText = "一带一路统计摘要" });
        for (var section = 1; section <= 8; section++)
        {
            var s = section.ToString(CultureInfo.InvariantCulture);
            doc.Heading(1, "第" + s + "部分 分析 Section " + s);
            for (var p = 0; p < 6; p++)
            {
                doc.Heading(2, s + "." + (p + 1).ToString(CultureInfo.InvariantCulture) + " 贸易与投资");
                doc.Paragraph(Paragraph + Paragraph);
                doc.Paragraph(b => b.Text(Paragraph).Bold("19.1万亿美元").Text(Paragraph));
            }

            doc.Figure(220, DrawChart, "图" + s + " 进出口额与增速");
            doc.Table(t =>
            {
                t.Columns(0.6, 2.2, 1.4, 1.0, 3.0).Header("序号", "国家 Country", "贸易额（亿美元）", "增速", "备注");
                for (var r = 1; r <= 66; r++)
                {
                    t.Row(r.ToString(CultureInfo.InvariantCulture), "哈萨克斯坦 Kazakhstan", (1234.5 + r).ToString("N1", CultureInfo.InvariantCulture), "5.8%", "中欧班列重要过境国，换装作业量持续增长");
                }
            });
        }

        return doc;
    }

    private static void DrawChart(PdfCanvas canvas, PdfRect box)
    {
        var label = PdfTextStyle.Of(PdfFont.LoadEmbeddedCjk(), 8);
        canvas.SetLineWidth(0.5).SetStrokeColor(PdfColor.LightGray).SetDash([3, 2]);
        for (var g = 0; g <= 5; g++)
        {
            var y = box.Bottom - 20 - ((box.Height - 30) * g / 5);
            canvas.MoveTo(box.X + 30, y).LineTo(box.Right, y).Stroke();
            canvas.DrawText((g * 10).ToString(CultureInfo.InvariantCulture), box.X + 26, y + 3, label, PdfTextAlign.Right);
        }

        canvas.SetDash([]);
        for (var i = 0; i < 24; i++)
        {
            var h = (box.Height - 30) * (0.2 + (0.03 * i));
            canvas.FillRectangle(new PdfRect(box.X + 34 + (i * 18), box.Bottom - 20 - h, 12, h), PdfColor.FromHex("#4E79A7"));
            canvas.DrawText((2001 + i).ToString(CultureInfo.InvariantCulture), box.X + 40 + (i * 18), box.Bottom - 8, label, PdfTextAlign.Center);
        }
    }
}
