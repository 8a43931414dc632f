using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BeltRoad.Stats.Charts;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Planning;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The page's data as one JSON document the script renders the table, charts and quotes from, so a table of
/// 100,000 facts costs one parse, not 100,000 rows of markup. Facts are rows of <see cref="FactColumns"/> (the script
/// finds each column by its name), sent in blocks (<see cref="FactBlocks"/>): the first in this document, the rest
/// compressed beside it; texts, quotes and entities are listed once and referred to by position, documents in the
/// packed lists (<see cref="PageLists"/>), which come after the load event.
/// The encoder escapes &lt; &gt; &amp; ' + and line separators as \uXXXX, so no text can close the &lt;script&gt; element.
/// </summary>
internal static class PageData
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        // The writer's own calls are the only ones, and the page tests parse the result: no state check per value.
        SkipValidation = true,
    };

    /// <summary>
    /// The page data's fact rows, which need the facts alone: the report writes them while the rest of the model
    /// (groups, charts, data quality) is still being built, and <see cref="Finish"/> adds the lists and charts. The
    /// rows go in blocks (<see cref="FactBlocks"/>): the first, the table's first page, into the page data as it is;
    /// the others compressed, into <see cref="Packed"/>, which the script decodes after the first page is shown.
    /// </summary>
    internal sealed class FactRows
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
        private readonly FactBlocks _blocks;

        private FactRows(IEnumerable<FactView> facts, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
        {
            _blocks = FactBlocks.Write(facts, aliases, Options);
        }

        /// <summary>The compressed blocks of fact rows after the first (zlib, one JSON block a line).</summary>
        public ReadOnlyMemory<byte> Packed => _blocks.Packed;

        /// <summary>The characters of every text the blocks hold (the font subset must cover the packed ones too).</summary>
        public HtmlFont.PageCharacters Characters => _blocks.Characters;

        public static FactRows Write(IEnumerable<FactView> facts, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) => new(facts, aliases);

        /// <summary>The whole page data: the rest of it for <paramref name="model"/>, whose facts must be the ones the rows were written from.</summary>
        public ReadOnlyMemory<byte> Finish(ReportModel model, IReadOnlyList<(PlannedChart Chart, bool DrawsFacts)> charts)
        {
            if (model.FactCount != _blocks.Count)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The fact rows were written from {_blocks.Count} facts, the model has {model.FactCount}."), nameof(model));
            }

            using (var json = new Utf8JsonWriter(_buffer, Options))
            {
                json.WriteStartObject();
                WriteStrings(json, "columns", FactColumns.All.Select(c => c.Name));
                json.WriteNumber("total", _blocks.Count);
                json.WritePropertyName("first");
                json.WriteRawValue(_blocks.First.Span, skipInputValidation: true);
                json.WriteStartArray("entities");
                foreach (var (name, aliases) in _blocks.Entities)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(name);
                    WriteStrings(json, null, aliases);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteStartArray("charts");
                foreach (var (chart, drawsFacts) in charts)
                {
                    Chart(json, chart, drawsFacts);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            return _buffer.WrittenMemory;
        }
    }

    private static void Chart(Utf8JsonWriter json, PlannedChart chart, bool drawsFacts)
    {
        var spec = chart.Spec;
        json.WriteStartObject();
        json.WriteString("id", HtmlCharts.Id(chart));
        json.WriteString("kind", KindCode(spec.Kind));
        WriteStrings(json, "categories", spec.Categories);
        WriteStrings(json, "series", spec.Series.Select(s => s.Name));
        if (spec.Dates is { } dates)
        {
            WriteStrings(json, "dates", dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        // The charts' own palette (ChartPalette), so a series and a breakdown's grey total look as in the digest.
        WriteStrings(json, "colors", spec.Series.Select((_, s) => ChartPalette.Series(s).ToHex()));

        // The value axis as the SVG and PDF draw it (nice ticks from zero, one scale), so the page's y-axis reads the same.
        var (positions, labels) = ValueScale.Ticks(spec.Series.SelectMany(s => s.Drawn), spec.Format.Style);
        json.WriteStartArray("yTicks");
        for (var i = 0; i < positions.Count; i++)
        {
            json.WriteStartArray();
            json.WriteNumberValue(positions[i]);
            json.WriteStringValue(labels[i]);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (chart.Series is { } series)
        {
            // What the series picker offers (entity → indicator → shape) and the CSV download names.
            json.WriteStartObject("key");
            json.WriteString("entity", series.Key.Entity);
            json.WriteString("indicator", series.Key.Indicator);
            json.WriteString("shape", series.ShapeWords + (series.Key.Nature == Nature.Actual ? "" : "，" + series.Key.Nature.ChineseWord()));
            json.WriteString("unit", Formatting.UnitWords.Caption(series.Key.Unit));
            json.WriteString("stem", series.Stem);
            json.WriteEndObject();
        }
        json.WriteStartArray("marks");
        foreach (var mark in ChartMarks.Of(chart, drawsFacts))
        {
            json.WriteStartArray();
            json.WriteNumberValue(mark.Series);
            json.WriteNumberValue(mark.Category);
            json.WriteNumberValue(mark.Value);
            json.WriteStringValue(MarkLabel(mark, spec.Format));
            json.WriteStartArray();
            foreach (var f in mark.Facts)
            {
                json.WriteNumberValue(f.Index - 1);
            }

            json.WriteEndArray();
            json.WriteStringValue(ChartPalette.Bar(spec, mark.Series, mark.Category).ToHex());
            // How the mark is drawn: its bound (exact, approx, lower, upper, range), whether documents disagree about it, and its run.
            var drawn = spec.Series[mark.Series].MarkAt(mark.Category);
            json.WriteStringValue((drawn?.Bound ?? PointBound.Exact).ToString().ToLowerInvariant());
            json.WriteBooleanValue(drawn?.Flagged ?? false);
            // Its line's run (year-to-date totals of as many months), so the page joins what the static chart joins.
            if (drawn?.Run is { } run)
            {
                json.WriteStringValue(run);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The fact's own words (超过7.4万列) when the mark is one statement, else the value in the chart's format.</summary>
    private static string MarkLabel(ChartMark mark, ValueFormat format) =>
        mark.Facts.Select(f => f.QualifiedValue).Distinct(StringComparer.Ordinal).ToList() is [var only]
            ? only
            : ReadableNumber.Format(mark.Value, format);

    /// <summary>The viewer draws bars (any orientation: it lays them out for the width) or lines; a new kind must be named here.</summary>
    private static string KindCode(ChartKind kind) => kind switch
    {
        ChartKind.Bar or ChartKind.HorizontalBar => "bar",
        ChartKind.Line => "line",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The HTML view cannot draw this chart kind."),
    };

    internal static void WriteStrings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
