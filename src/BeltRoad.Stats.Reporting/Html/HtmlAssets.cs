namespace BeltRoad.Stats.Reporting.Html;

/// <summary>The stylesheet and script inlined into the page, kept as files beside the code for editing.</summary>
internal static class HtmlAssets
{
    public static string Css { get; } = Read("view.css");

    public static string Script { get; } = Read("view.js");

    private static string Read(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("BeltRoad.Stats.Reporting." + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
