using System.Collections.Frozen;
using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Reads the forms a PDF's text layer gives for what was written: a radical as the ideograph it stands for (⼀ → 一,
/// ⻚ → 页: fonts draw both with one glyph and PDF writers often name the glyph by the radical),
/// and a Latin ligature as its letters (ﬁ → fi: a font's ligature glyph named by its presentation form, so "ﬁnancing"
/// would match no word). The forms are data: Resources/text-layer-forms.json.
/// </summary>
internal static class TextLayerForms
{
    private const char FirstRadical = '\u2E80';
    private const char LastRadical = '\u2FDF';
    private const char FirstLigature = '\uFB00'; // ﬀ
    private const char LastLigature = '\uFB06'; // ﬆ

    private static readonly FrozenDictionary<char, string> Forms = Load();

    public static string Fold(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange(FirstRadical, LastRadical) && !span.ContainsAnyInRange(FirstLigature, LastLigature))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Forms.TryGetValue(c, out var read))
            {
                folded.Append(read);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    // Every form is one character of its block, so the scan above finds each.
    private static FrozenDictionary<char, string> Load()
    {
        using var json = EmbeddedJson.Open("text-layer-forms.json");
        return Block(json, "radicals", FirstRadical, LastRadical).Concat(Block(json, "ligatures", FirstLigature, LastLigature))
            .ToFrozenDictionary(p => p.Key, p => p.Value);
    }

    private static IEnumerable<KeyValuePair<char, string>> Block(System.Text.Json.JsonDocument json, string name, char first, char last) =>
        [.. json.RootElement.GetProperty(name).EnumerateObject().Select(p => KeyValuePair.Create(
            p.Name is [var form] && form >= first && form <= last ? form : throw new InvalidDataException($"text-layer-forms.json: {p.Name} is not in the {name} block"),
            p.Value.GetString()!))];
}
