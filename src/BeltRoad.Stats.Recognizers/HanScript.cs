using System.Text.Json;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// The one character table of the two Chinese scripts (Tables/Data/script-tables.json): the traditional→simplified
/// map, and from it which characters only one script uses. Script detection and script folding both read it, once per
/// character of every document: so the tables are flat arrays indexed by the character, not hashed sets.
/// </summary>
public static class HanScript
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>
    /// Character for character, so lengths (and any offsets) are unchanged. A text already simplified (most of them) is
    /// returned as it is: a document-sized copy per document was the extractor's largest allocation after the text itself.
    /// </summary>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = Data.Value.ToSimplified;
        var first = FirstChanged(text, map);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, map, first), static (span, state) =>
        {
            var (source, folds, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++)
            {
                span[i] = folds[source[i]];
            }
        });
    }

    private static int FirstChanged(string text, char[] map)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (map[text[i]] != text[i])
            {
                return i;
            }
        }

        return -1;
    }

    public static char ToSimplified(char c) => Data.Value.ToSimplified[c];

    /// <summary>A traditional form that is no simplified character (臺, 鐵, 們), so it marks traditional text.</summary>
    internal static bool IsTraditionalOnly(char c) => Data.Value.OnlyIn[c] == ScriptOnly.Traditional;

    /// <summary>A simplified form that no traditional text uses (台 is shared; 铁, 们 are not).</summary>
    internal static bool IsSimplifiedOnly(char c) => Data.Value.OnlyIn[c] == ScriptOnly.Simplified;

    /// <summary>Which script alone uses each character: the table behind the two tests above, for a loop over a whole document.</summary>
    internal static ReadOnlySpan<ScriptOnly> OnlyIn => Data.Value.OnlyIn;

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

        // Every character folds to itself unless the table says otherwise.
        var toSimplified = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            toSimplified[c] = folds.TryGetValue((char)c, out var folded) ? folded : (char)c;
        }

        // The two sets are disjoint: a traditional-only form is a key of the map, a simplified-only one is not.
        var onlyIn = new ScriptOnly[char.MaxValue + 1];
        foreach (var c in map.Keys.Where(c => !simplifiedForms.Contains(c)))
        {
            onlyIn[c] = ScriptOnly.Traditional;
        }

        foreach (var c in simplified.Where(c => !map.ContainsKey(c)))
        {
            onlyIn[c] = ScriptOnly.Simplified;
        }

        return new Table(toSimplified, onlyIn);
    }

    internal enum ScriptOnly : byte
    {
        Both,
        Traditional,
        Simplified,
    }

    private sealed record Table(char[] ToSimplified, ScriptOnly[] OnlyIn);
}
