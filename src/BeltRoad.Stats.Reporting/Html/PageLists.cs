using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// What the page lists once per document, entity or indicator, packed beside the fact blocks (<see cref="Packing"/>)
/// and decoded by the script after the load event, so the page's markup and the script's work before that event stay
/// the same size at any corpus. One JSON document a line: first the documents as the fact rows cite them
/// (<c>docs</c>: reference, title, anchor, published text's path) and each filter's options (<c>filters</c>: select
/// id → option markup); then the sources section's entries (<see cref="HtmlSources.Entry"/>), an array of up to
/// <see cref="EntriesPerLine"/> a line, which the script adds in idle slices.
/// </summary>
internal static class PageLists
{
    /// <summary>Entries a line: a slice of the script's work to add, a few milliseconds.</summary>
    public const int EntriesPerLine = 200;

    /// <summary>The packed lists of <paramref name="model"/>; their texts go into <paramref name="characters"/> for the font.</summary>
    public static ReadOnlyMemory<byte> Write(ReportModel model, HtmlFont.PageCharacters characters)
    {
        var packed = new MemoryStream();
        using (var zlib = Packing.Into(packed))
        using (var json = new Utf8JsonWriter(zlib, PageData.Options))
        {
            Heads(json, model, characters);
            Packing.EndLine(json, zlib);
            var entry = new StringBuilder(1024);
            foreach (var chunk in model.Documents.Chunk(EntriesPerLine))
            {
                json.WriteStartArray();
                foreach (var d in chunk)
                {
                    var text = HtmlSources.Entry(entry.Clear(), d).ToString();
                    characters.Add(text);
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                Packing.EndLine(json, zlib);
            }
        }

        return packed.GetBuffer().AsMemory(0, (int)packed.Length);
    }

    private static void Heads(Utf8JsonWriter json, ReportModel model, HtmlFont.PageCharacters characters)
    {
        json.WriteStartObject();
        json.WriteStartArray("docs");
        foreach (var d in model.Documents)
        {
            json.WriteStartArray();
            foreach (var text in new[] { d.Ref, d.Title, d.Anchor, d.TextHref })
            {
                characters.Add(text);
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartObject("filters");
        foreach (var (id, options) in HtmlFactTable.Options(model))
        {
            characters.Add(options);
            json.WriteString(id, options);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
