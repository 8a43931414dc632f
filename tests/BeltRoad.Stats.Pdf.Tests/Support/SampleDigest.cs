using System.Globalization;
using BeltRoad.Stats.Pdf.Layout;

namespace BeltRoad.Stats.Pdf.Tests.Support;

/// <summary>The acceptance sample: mixed paragraphs, a three-page table, a chart, nested bookmarks, links.</summary>
internal static class SampleDigest
{
    public const string Simplified = "2024年，中国与共建“一带一路”国家进出口总额达到22.1万亿元，同比增长5.8%。";
    public const string Traditional = "一帶一路倡議促進了區域經濟合作與貿易往來，鐵路與港口項目穩步推進。";
    public const string Latin = "The Belt and Road Initiative (BRI) covered 150 countries in 2024.";

    public const string FigureAlt = "2015—2024年中国与共建国家进出口额：2015年10万亿元增至2024年32.6万亿元，为2015年的3.3倍。";

    /// <param name="archival">PDF/A-2 as well (XMP, sRGB output intent).</param>
    public static LayoutDocument Build(bool archival = false)
    {
        var font = PdfFont.LoadEmbeddedCjk();
        var settings = new PdfLayoutSettings(TestDocuments.Info with { Archival = archival }, PdfStyleSheet.Default(font))
        {
            HeaderText = "一带一路统计摘要 · Belt and Road Statistics Digest",
        };
        var doc = new LayoutDocument(settings);
        doc.Heading(1, "一、总体情况 Overview", "overview");
        doc.Heading(2, "1.1 贸易与投资", "trade");
        doc.Paragraph(Simplified + "其中，对东盟进出口6.98万亿元，增长9%；对中东欧国家进出口增幅在2.8%—9.7%之间。");
        doc.Paragraph(Traditional);
        doc.Paragraph(Latin + " Trade with partner countries reached USD 3.1 trillion, and the share of total trade rose to 47.2%, the highest since the initiative began in 2013.");
        doc.Paragraph(p => p
            .Text("截至2024年底，中国已与150多个国家、30多个国际组织签署了200余份共建“一带一路”合作文件，累计对外直接投资存量达到")
            .Bold("19.1万亿美元")
            .Text("的规模（按当年汇率折算）。各行业的详细数据见")
            .Link("表1 主要国家贸易额", "table-1")
            .Text("，趋势见")
            .Link("图1", "figure-1")
            .Text("。Data source: ")
            .UriLink("www.yidaiyilu.gov.cn", "https://www.yidaiyilu.gov.cn/")
            .Text("."));
        doc.Paragraph("中欧班列累计开行超过9万列，通达欧洲25个国家227个城市；“丝路海运”航线已通达46个国家的145个港口。Railway freight between China and Europe kept growing, with 19,000 trips in 2024 alone — a 10.6% increase year on year.");
        doc.Heading(2, "1.2 重点项目", "projects");
        doc.Heading(3, "1.2.1 交通基础设施", "transport");
        doc.Paragraph("雅万高铁、中老铁路、匈塞铁路等标志性项目相继建成或推进，带动沿线国家就业和产业升级。Jakarta–Bandung HSR carried more than 5 million passengers in its first year.");
        doc.Figure(200, DrawChart, "图1 2015—2024年中国与共建国家进出口额（万亿元）及增速（%）", "figure-1", alt: FigureAlt);
        doc.Heading(1, "二、分国别数据 Country Data", "countries");
        doc.Heading(2, "2.1 表1 主要国家贸易额", "table-1-heading");
        doc.Table(t =>
        {
            t.Columns(0.6, 2.2, 1.5, 1.0, 3.0).Align(PdfTextAlign.Right, PdfTextAlign.Left, PdfTextAlign.Right, PdfTextAlign.Right, PdfTextAlign.Left)
                .Header("序号", "国家 Country", "贸易额（亿美元）", "同比增速", "备注 Notes").Anchor("table-1");
            for (var i = 1; i <= 75; i++)
            {
                var (country, note) = Countries[i % Countries.Length];
                var amount = (1234.5m + (i * 97.3m)).ToString("N1", CultureInfo.InvariantCulture);
                var growth = ((i * 7 % 23) - 5.5m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
                t.Row(i.ToString(CultureInfo.InvariantCulture), country, amount, growth, i % 4 == 0 ? note + "；" + note : note);
            }
        });
        doc.Paragraph(p => p.Text("返回").Link("总体情况", "overview").Text("。"));
        return doc;
    }

    internal static readonly (string Country, string Note)[] Countries =
    [
        ("越南 Vietnam", "电子产品与机电设备为主"),
        ("马来西亚 Malaysia", "Palm oil, semiconductors"),
        ("俄罗斯 Russia", "能源贸易占比较高，结算以本币为主"),
        ("印度尼西亚 Indonesia", "镍产业链投资持续增加"),
        ("泰国 Thailand", "汽车及零部件"),
        ("沙特阿拉伯 Saudi Arabia", "原油、石化产品；新能源合作"),
        ("哈萨克斯坦 Kazakhstan", "中欧班列重要过境国"),
        ("匈牙利 Hungary", "新能源汽车电池项目"),
        ("巴基斯坦 Pakistan", "中巴經濟走廊（CPEC）"),
        ("阿联酋 UAE", "Logistics hub; re-export trade"),
    ];

    /// <summary>A chart-like drawing: axes, dashed grid, bars, a line series, labels, clipping.</summary>
    internal static void DrawChart(PdfCanvas canvas, PdfRect box)
    {
        var font = PdfFont.LoadEmbeddedCjk();
        var label = PdfTextStyle.Of(font, 8).WithColor(PdfColor.FromHex("#444444"));
        var plot = new PdfRect(box.X + 40, box.Y + 10, box.Width - 80, box.Height - 40);
        double[] values = [10.0, 12.5, 14.3, 16.7, 19.2, 20.1, 25.0, 27.9, 30.1, 32.6];
        double[] growth = [-5.1, 2.3, 13.9, 12.0, 6.2, 1.1, 23.6, 10.1, 2.8, 5.8];
        canvas.SetLineWidth(0.4).SetStrokeColor(PdfColor.LightGray).SetDash([3, 2]);
        for (var g = 0; g <= 4; g++)
        {
            var y = plot.Bottom - (plot.Height * g / 4);
            canvas.MoveTo(plot.X, y).LineTo(plot.Right, y).Stroke();
            canvas.DrawText((g * 10).ToString(CultureInfo.InvariantCulture), plot.X - 4, y + 3, label, PdfTextAlign.Right);
        }

        canvas.SetDash([]);
        var step = plot.Width / values.Length;
        canvas.SaveState().Rectangle(plot).Clip();
        for (var i = 0; i < values.Length; i++)
        {
            var h = plot.Height * values[i] / 40;
            canvas.FillRectangle(new PdfRect(plot.X + (i * step) + (step * 0.2), plot.Bottom - h, step * 0.6, h), PdfColor.FromHex("#4E79A7"));
        }

        canvas.SetStrokeColor(PdfColor.FromHex("#E15759")).SetLineWidth(1.5).SetLineJoin(PdfLineJoin.Round);
        for (var i = 0; i < growth.Length; i++)
        {
            var x = plot.X + (i * step) + (step / 2);
            var y = plot.Bottom - (plot.Height * (growth[i] + 10) / 40);
            _ = i == 0 ? canvas.MoveTo(x, y) : canvas.LineTo(x, y);
        }

        canvas.Stroke().RestoreState();
        canvas.SetFillColor(PdfColor.FromHex("#E15759"));
        for (var i = 0; i < growth.Length; i++)
        {
            canvas.Circle(plot.X + (i * step) + (step / 2), plot.Bottom - (plot.Height * (growth[i] + 10) / 40), 2).Fill();
            canvas.DrawText((2015 + i).ToString(CultureInfo.InvariantCulture), plot.X + (i * step) + (step / 2), plot.Bottom + 12, label, PdfTextAlign.Center);
        }

        canvas.SetStrokeColor(PdfColor.Black).SetLineWidth(0.8).MoveTo(plot.X, plot.Y).LineTo(plot.X, plot.Bottom).LineTo(plot.Right, plot.Bottom).Stroke();
        canvas.DrawRotatedText("进出口额（万亿元）", box.X + 10, plot.Y + (plot.Height / 2) + (TextMeasurer.Width("进出口额（万亿元）", label) / 2), label, 90);
        var legend = "■ 进出口额   ● 增速 Growth";
        canvas.DrawText(legend, plot.Right, box.Bottom - 2, label, PdfTextAlign.Right);
    }
}
