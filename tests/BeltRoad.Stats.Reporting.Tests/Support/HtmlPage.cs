using System.Text.Json.Nodes;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>The page data of an index.html (the JSON the script draws rows, charts and quotes from), as tests read it.</summary>
internal static class HtmlPage
{
    private const string Open = "<script type=\"application/json\" id=\"page-data\">";

    /// <summary>The JSON text as it stands in the page, escapes included.</summary>
    public static string DataText(string page)
    {
        var start = page.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        return page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)];
    }

    public static JsonNode Data(string page) => JsonNode.Parse(DataText(page))!;

    /// <summary>One column of every fact row in table order: a number as written, a text column's cell resolved to its text.</summary>
    public static List<string> Column(string page, string name, bool text = false)
    {
        var data = Data(page);
        var index = data["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ToList().IndexOf(name);
        Assert.True(index >= 0, $"no column {name}");
        var strings = data["strings"]!.AsArray();
        return [.. data["facts"]!.AsArray().Select(row => row!.AsArray()[index]!)
            .Select(cell => text ? strings[cell.GetValue<int>()]!.GetValue<string>() : cell.ToJsonString())];
    }
}
