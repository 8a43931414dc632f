using System.Collections.Frozen;
using System.Text.Json;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// The one character table of the two Chinese scripts (Tables/Data/script-tables.json): the traditional→simplified
/// map, and from it which characters only one script uses. Script detection and script folding both read it.
/// </summary>
public static class HanScript
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Character for character, so lengths (and any offsets) are unchanged.</summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = Data.Value.ToSimplified;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = map.TryGetValue(source[i], out var s) ? s : source[i];
            }
        });
    }

    public static char ToSimplified(char c) => Data.Value.ToSimplified.TryGetValue(c, out var s) ? s : c;

    /// <summary>A traditional form that is no simplified character (臺, 鐵, 們), so it marks traditional text.</summary>
    internal static bool IsTraditionalOnly(char c) => Data.Value.TraditionalOnly.Contains(c);

    /// <summary>A simplified form that no traditional text uses (台 is shared; 铁, 们 are not).</summary>
    internal static bool IsSimplifiedOnly(char c) => Data.Value.SimplifiedOnly.Contains(c);

    private static Table Load()
    {
        using var stream = typeof(HanScript).Assembly.GetManifestResourceStream("BeltRoad.Stats.Recognizers.script-tables.json")
            ?? throw new InvalidOperationException("Embedded script tables are missing.");
        using var json = JsonDocument.Parse(stream);
        var traditional = json.RootElement.GetProperty("traditional").GetString()!;
        var simplified = json.RootElement.GetProperty("simplified").GetString()!;
        if (traditional.Length != simplified.Length)
        {
            throw new InvalidOperationException("Script tables: the traditional and simplified strings must pair up character for character.");
        }

        var map = new Dictionary<char, char>();
        for (var i = 0; i < traditional.Length; i++)
        {
            map[traditional[i]] = simplified[i];
        }

        var simplifiedForms = map.Values.ToHashSet();
        var folds = new Dictionary<char, char>(map);
        // 「一帶一路」: corner quotes fold to the mainland's curly ones for matching; they mark no script, so detection ignores them.
        var quotes = json.RootElement.GetProperty("quotes");
        var from = quotes.GetProperty("from").GetString()!;
        var to = quotes.GetProperty("to").GetString()!;
        if (from.Length != to.Length)
        {
            throw new InvalidOperationException("Script tables: the quote folds must pair up character for character.");
        }

        for (var i = 0; i < from.Length; i++)
        {
            folds[from[i]] = to[i];
        }

        return new Table(
            folds.ToFrozenDictionary(),
            map.Keys.Where(c => !simplifiedForms.Contains(c)).ToFrozenSet(),
            simplified.Where(c => !map.ContainsKey(c)).ToFrozenSet());
    }

    private sealed record Table(FrozenDictionary<char, char> ToSimplified, FrozenSet<char> TraditionalOnly, FrozenSet<char> SimplifiedOnly);
}
