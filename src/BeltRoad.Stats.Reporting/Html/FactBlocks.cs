using System.Buffers;
using System.Text.Json;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The fact rows of the page data as blocks, each a JSON object: <c>cells</c>, one array per column
/// (<see cref="FactRowWriter"/>), and the <c>strings</c> and <c>quotes</c> its rows met first, so a block needs only
/// itself and the blocks before it. The first block is the table's first page and stands in the page as it is; the
/// others are one a line, zlib-compressed (a column of small repeated numbers shrinks about tenfold), and the script
/// reads them with <c>DecompressionStream('deflate')</c> as they arrive (<see cref="Packing"/>).
/// </summary>
internal sealed class FactBlocks
{
    /// <summary>Rows in the first block: one page of the table (the script's PAGE_SIZE), shown before the rest is decoded.</summary>
    public const int FirstRows = 50;

    /// <summary>Rows in each later block: large enough to compress well, small enough to show progress and bound the buffers.</summary>
    public const int Rows = 50_000;

    private readonly TextList _strings = new();
    private readonly TextList _quotes = new();
    private readonly ArrayBufferWriter<byte> _first = new(16 * 1024);
    private readonly MemoryStream _packed = new();

    private FactBlocks()
    {
    }

    public ReadOnlyMemory<byte> First => _first.WrittenMemory;

    public ReadOnlyMemory<byte> Packed => _packed.GetBuffer().AsMemory(0, (int)_packed.Length);

    /// <summary>The entities the facts name, in first-seen order (as the rows numbered them), each with the catalogue's aliases (none if uncatalogued).</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)> Entities { get; private set; } = [];

    public HtmlFont.PageCharacters Characters { get; } = new();

    /// <summary>How many facts the blocks hold.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The blocks of <paramref name="facts"/>, read one at a time: the first of <see cref="FirstRows"/>, then of
    /// <paramref name="rows"/> each; only one block's facts are held at once.
    /// </summary>
    public static FactBlocks Write(
        IEnumerable<FactView> facts, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, JsonWriterOptions options, int rows = Rows)
    {
        var blocks = new FactBlocks();
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        var writer = new FactRowWriter(FactColumns.All, new FactColumns.Context(blocks._strings, blocks._quotes, entities));
        using var next = facts.GetEnumerator();
        var block = new List<FactView>(FirstRows);
        using (var json = new Utf8JsonWriter(blocks._first, options))
        {
            blocks.Block(json, writer, Fill(block, next, FirstRows));
        }

        using (var zlib = Packing.Into(blocks._packed))
        using (var json = new Utf8JsonWriter(zlib, options))
        {
            while (Fill(block, next, rows).Count > 0)
            {
                blocks.Block(json, writer, block);
                Packing.EndLine(json, zlib);
            }
        }

        blocks.Entities = [.. entities.OrderBy(e => e.Value).Select(e => (e.Key, aliases.GetValueOrDefault(e.Key) ?? []))];
        return blocks;
    }

    // The next facts, up to count, in place of the block's last ones.
    private static List<FactView> Fill(List<FactView> block, IEnumerator<FactView> next, int count)
    {
        block.Clear();
        while (block.Count < count && next.MoveNext())
        {
            block.Add(next.Current);
        }

        return block;
    }

    private void Block(Utf8JsonWriter json, FactRowWriter rows, List<FactView> facts)
    {
        Count += facts.Count;
        var (strings, quotes) = (_strings.Count, _quotes.Count);
        json.WriteStartObject();
        json.WritePropertyName("cells");
        rows.Write(json, facts, 0, facts.Count);
        Texts(json, "strings", _strings.Since(strings));
        Texts(json, "quotes", _quotes.Since(quotes));
        json.WriteEndObject();
    }

    private void Texts(Utf8JsonWriter json, string name, IEnumerable<string> texts)
    {
        json.WriteStartArray(name);
        foreach (var text in texts)
        {
            Characters.Add(text);
            json.WriteStringValue(text);
        }

        json.WriteEndArray();
    }
}
