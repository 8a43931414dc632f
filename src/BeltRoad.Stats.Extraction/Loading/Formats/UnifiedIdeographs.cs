using System.Collections.Frozen;
using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Reads a radical in a PDF's text layer as the ideograph it stands for (⼀ → 一, ⻚ → 页): fonts draw both with one
/// glyph and PDF writers often name the glyph by the radical (Resources/unified-ideographs.json).
/// </summary>
internal static class UnifiedIdeographs
{
    private const char FirstRadical = '\u2E80';
    private const char LastRadical = '\u2FDF';

    private static readonly FrozenDictionary<char, string> Radicals = Load();

    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange(FirstRadical, LastRadical))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Radicals.TryGetValue(c, out var ideograph) ? ideograph : c);
        }

        return folded.ToString();
    }

    private static FrozenDictionary<char, string> Load()
    {
        using var json = EmbeddedJson.Open("unified-ideographs.json");
        return json.RootElement.GetProperty("radicals").EnumerateObject()
            .ToFrozenDictionary(p => p.Name is [var radical and >= FirstRadical and <= LastRadical] ? radical : throw new InvalidDataException($"not a radical: {p.Name}"), p => p.Value.GetString()!);
    }
}
