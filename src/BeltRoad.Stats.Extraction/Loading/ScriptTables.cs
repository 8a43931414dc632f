using System.Collections.Frozen;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// What the loader adds to the recognizer's script table (<see cref="HanScript"/>): the common characters
/// (Resources/common-hanzi.json, in both scripts) that tell a right decoding from mojibake.
/// </summary>
internal sealed class ScriptTables
{
    private ScriptTables(FrozenSet<char> common) => Common = common;

    public static ScriptTables Instance { get; } = Load();

    public FrozenSet<char> Common { get; }

    private static ScriptTables Load()
    {
        using var json = EmbeddedJson.Open("common-hanzi.json");
        var common = json.RootElement.GetProperty("common").GetString()!.ToHashSet();

        // Every character whose simplified form is common counts too, so a traditional text scores like a simplified one.
        var commonBoth = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => common.Contains(c) || common.Contains(HanScript.ToSimplified(c)));
        return new(commonBoth.ToFrozenSet());
    }
}
