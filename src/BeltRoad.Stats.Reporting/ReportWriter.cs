using System.Text;
using BeltRoad.Stats.Reporting.Charts;
using BeltRoad.Stats.Reporting.Digest;
using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting;

/// <summary>Writes the reading side of a run: <c>charts/*.svg</c> and <c>charts/*.png</c>, <c>digest.pdf</c> and <c>index.html</c>.</summary>
public static class ReportWriter
{
    public const string DigestFile = "digest.pdf";
    public const string HtmlFile = "index.html";
    public const string ChartsFolder = "charts";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static ReportFiles Write(ReportInput input, string directory)
    {
        ArgumentNullException.ThrowIfNull(input);
        var documents = ReportModelBuilder.Documents(input);

        // The page's fact rows need the facts alone: the model's pass hands each view on to them as it reads it, so
        // the facts are read (from a store: decoded) once for both, and the rows are written on the other core;
        // neither keeps every fact.
        using var read = new SharedRead<FactView>();
        var rows = read.Beside(views => PageData.FactRows.Write(views, input.EntityAliases));
        ReportModel model;
        try
        {
            model = ReportModelBuilder.Build(input, ReportModelBuilder.Views(input, documents, read));
        }
        finally
        {
            read.Complete();
            // Never leave the rows being written behind a failure of the model.
            ((IAsyncResult)rows).AsyncWaitHandle.WaitOne();
        }

        input.PassEnded();

        // The page, the chart files and the digest only read the model and each writes its own files: beside each other,
        // same bytes (each chart is drawn on its own plot; the registered font is only read).
        var html = BesideThread.Run(() => WriteHtml(model, rows.GetAwaiter().GetResult(), directory));
        var charts = BesideThread.Run(() => WriteCharts(model, directory));
        try
        {
            var digest = DigestWriter.Write(model);
            File.WriteAllBytes(Path.Combine(directory, DigestFile), digest.Bytes);
            html.GetAwaiter().GetResult();
            return new ReportFiles(DigestFile, HtmlFile, charts.GetAwaiter().GetResult(), digest.Pages, digest.MissingCharacters);
        }
        finally
        {
            // Never leave the page or a chart being written behind a failure of the digest.
            ((IAsyncResult)html).AsyncWaitHandle.WaitOne();
            ((IAsyncResult)charts).AsyncWaitHandle.WaitOne();
        }
    }

    private static List<string> WriteCharts(ReportModel model, string directory)
    {
        var charts = Path.Combine(directory, ChartsFolder);
        Directory.CreateDirectory(charts);
        var written = new List<string>();
        foreach (var chart in model.Charts)
        {
            var svg = chart.FileStem + ".svg";
            File.WriteAllText(Path.Combine(charts, svg), ChartImages.Svg(chart.Spec), Utf8NoBom);
            var png = chart.FileStem + ".png";
            File.WriteAllBytes(Path.Combine(charts, png), ChartImages.Png(chart.Spec));
            written.Add(ChartsFolder + "/" + svg);
            written.Add(ChartsFolder + "/" + png);
        }

        return written;
    }

    private static void WriteHtml(ReportModel model, PageData.FactRows rows, string directory)
    {
        using var html = new FileStream(Path.Combine(directory, HtmlFile), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        HtmlViewWriter.Write(model, rows, html);
    }
}
