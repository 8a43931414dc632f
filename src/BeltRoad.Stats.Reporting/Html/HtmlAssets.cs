namespace BeltRoad.Stats.Reporting.Html;

/// <summary>The stylesheet and script inlined into the page, kept as files beside the code for editing.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("view.css");

    /// <summary>The script files in order, in one function scope: data and state, table, charts, the series picker, the packed lists, then the wiring.</summary>
    public static string Script { get; } =
        "(function () {\n'use strict';\n" + string.Concat(new[] { "view-data.js", "view-table.js", "view-charts.js", "view-series.js", "view-lists.js", "view.js" }.Select(Read)) + "})();\n";

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("BeltRoad.Stats.Reporting." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
