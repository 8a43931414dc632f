using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BeltRoad.Stats.Recognizers;

/// <summary>
/// Writes mentions as the JSON the <c>recognize</c> command prints: start, length, text, kind, value, value_high,
/// unit, qualifier, number_start, number_length and, for dates, time {role, from, to, iso}.
/// </summary>
public static class MentionJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Serialize(IReadOnlyList<Mention> mentions, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions with { Indented = indented }))
        {
            Write(writer, mentions);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mentions);
        writer.WriteStartArray();
        foreach (var m in mentions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", m.Start);
            writer.WriteNumber("length", m.Length);
            writer.WriteString("text", m.Text);
            writer.WriteString("kind", m.Kind.Code());
            WriteNumber(writer, "value", m.Value);
            WriteNumber(writer, "value_high", m.ValueHigh);
            writer.WriteString("unit", m.Unit.Code());
            if (m.MeasureWord is { } word)
            {
                writer.WriteString("measure_word", word);
            }

            writer.WriteString("qualifier", m.Qualifier.Code());
            writer.WriteNumber("number_start", m.NumberStart);
            writer.WriteNumber("number_length", m.NumberLength);
            if (m.Time is { } time)
            {
                writer.WriteStartObject("time");
                writer.WriteString("role", time.Role.Code());
                writer.WriteString("from", time.From.ToIso());
                if (time.To is { } to)
                {
                    writer.WriteString("to", to.ToIso());
                }
                else
                {
                    writer.WriteNull("to");
                }

                writer.WriteString("iso", time.ToIso());
                if (time.Years is { } years)
                {
                    writer.WriteNumber("years", years);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v / 1.000000000000000000000000000000000m);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
