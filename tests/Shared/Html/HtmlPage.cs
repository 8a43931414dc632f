using System.IO.Compression;
using System.Text.Json.Nodes;

namespace BeltRoad.Stats.Testing;

/// <summary>
/// The page data of an index.html (the JSON the script draws rows, charts and quotes from), as tests read it: the
/// first block of fact rows from the page data, the others decoded from the packed element as the script decodes
/// them, put together as one table of rows; the documents and the sources' entries decoded from the packed lists.
/// </summary>
internal static class HtmlPage
{
    private const string Open = "<script type=\"application/json\" id=\"page-data\">";
    private const string Packed = "<script type=\"application/octet-stream\" id=\"page-facts\" data-encoding=\"deflate\">";
    private const string Listed = "<script type=\"application/octet-stream\" id=\"page-lists\" data-encoding=\"deflate\">";

    /// <summary>The JSON text as it stands in the page, escapes included.</summary>
    public static string DataText(string page) => Element(page, Open);

    /// <summary>The packed element's base64 text.</summary>
    public static string PackedText(string page) => Element(page, Packed);

    /// <summary>The packed blocks' lines, decompressed: one JSON block (cells, strings, quotes) a line.</summary>
    public static string[] PackedLines(string page) => Lines(Convert.FromBase64String(PackedText(page)));

    /// <summary>The packed lists' first line: the documents (<c>docs</c>) and each filter's option markup (<c>filters</c>).</summary>
    public static JsonNode Lists(string page) => JsonNode.Parse(ListLines(page)[0])!;

    /// <summary>The sources section's entries, as the script adds them to it.</summary>
    public static string Sources(string page) =>
        string.Concat(ListLines(page).Skip(1).SelectMany(line => JsonNode.Parse(line)!.AsArray().Select(entry => entry!.GetValue<string>())));

    private static string[] ListLines(string page) => Lines(Convert.FromBase64String(Element(page, Listed)));

    /// <summary>Packed blocks (zlib) as their lines.</summary>
    public static string[] Lines(byte[] packed)
    {
        using var zlib = new ZLibStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var text = new StreamReader(zlib);
        return text.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The page data with every block's rows in <c>facts</c>, texts in <c>strings</c> and <c>quotes</c>, and the lists' <c>docs</c>.</summary>
    public static JsonNode Data(string page)
    {
        var data = JsonNode.Parse(DataText(page))!.AsObject();
        var (facts, strings, quotes) = (new JsonArray(), new JsonArray(), new JsonArray());
        foreach (var block in new[] { data["first"]! }.Concat(PackedLines(page).Select(line => JsonNode.Parse(line)!)))
        {
            var cells = block["cells"]!.AsArray();
            for (var r = 0; r < cells[0]!.AsArray().Count; r++)
            {
                facts.Add(new JsonArray([.. cells.Select(column => column!.AsArray()[r]!.DeepClone())]));
            }

            foreach (var s in block["strings"]!.AsArray())
            {
                strings.Add(s!.DeepClone());
            }

            foreach (var q in block["quotes"]!.AsArray())
            {
                quotes.Add(q!.DeepClone());
            }
        }

        (data["facts"], data["strings"], data["quotes"], data["docs"]) = (facts, strings, quotes, Lists(page)["docs"]!.DeepClone());
        return data;
    }

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

    private static string Element(string page, string open)
    {
        var start = page.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "no " + open);
        start += open.Length;
        return page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)];
    }
}
