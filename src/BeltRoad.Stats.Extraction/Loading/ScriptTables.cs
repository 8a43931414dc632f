using System.Collections.Frozen;
using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Character tables for the Chinese scripts (data in Resources/script-tables.json): which characters
/// only traditional or only simplified text uses, the traditional→simplified map used to label subjects
/// in one script, and the common characters that tell a right decoding from mojibake.
/// </summary>
internal sealed class ScriptTables
{
    private ScriptTables(FrozenDictionary<char, char> toSimplified, FrozenSet<char> simplifiedOnly, FrozenSet<char> common)
    {
        ToSimplifiedMap = toSimplified;
        SimplifiedOnly = simplifiedOnly;
        Common = common;
        SimplifiedForms = toSimplified.Values.ToFrozenSet();
    }

    public static ScriptTables Instance { get; } = Load();

    public FrozenDictionary<char, char> ToSimplifiedMap { get; }

    public FrozenSet<char> SimplifiedOnly { get; }

    /// <summary>Every character that is the simplified form of some traditional one (many are shared by both scripts).</summary>
    private FrozenSet<char> SimplifiedForms { get; }

    public FrozenSet<char> Common { get; }

    public bool IsTraditionalOnly(char c) => ToSimplifiedMap.ContainsKey(c) && !SimplifiedForms.Contains(c);

    /// <summary>Character-for-character, so lengths (and any offsets) are unchanged.</summary>
    public string ToSimplified(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = ToSimplifiedMap.TryGetValue(source[i], out var s) ? s : source[i];
            }
        });

    private static ScriptTables Load()
    {
        using var stream = typeof(ScriptTables).Assembly.GetManifestResourceStream("BeltRoad.Stats.Extraction.script-tables.json")
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

        var simplifiedOnly = simplified.Where(c => !map.ContainsKey(c)).ToFrozenSet();
        var common = json.RootElement.GetProperty("common").GetString()!.ToHashSet();
        var commonBoth = common.Concat(map.Where(kv => common.Contains(kv.Value)).Select(kv => kv.Key));
        return new(map.ToFrozenDictionary(), simplifiedOnly, commonBoth.ToFrozenSet());
    }
}
