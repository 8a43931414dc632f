using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The columns of a fact row in the page data, in order: the one list both the writer and (by name) the script use.
/// Every text is already worded on the server (7.4万列, 实际 · 存量), so the script formats nothing itself. A text cell
/// holds the position of its text in the page's string list: a corpus repeats its labels, units and dates, and a row of
/// small numbers parses several times faster than a row of strings. Each column names the <see cref="FactPart"/> its
/// cell is worded from, so a cell is worded once per distinct part (<see cref="FactRowWriter"/>).
/// </summary>
internal static class FactColumns
{
    /// <summary>What a cell needs beyond the fact: the page's string, quote and entity lists.</summary>
    internal sealed class Context(TextList strings, TextList quotes, Dictionary<string, int> entities)
    {
        private (string? Text, int Index) _quote;

        /// <summary>The entity's position in the page's entity list (added in first-seen order), -1 for a fact without one.</summary>
        public int Entity(string entity)
        {
            if (entity.Length == 0)
            {
                return -1;
            }

            if (!entities.TryGetValue(entity, out var index))
            {
                index = entities.Count;
                entities.Add(entity, index);
            }

            return index;
        }

        /// <summary>The text's position in the page's string list (added in first-seen order; the list is written after the rows).</summary>
        public int String(string text) => strings.IndexOf(text);

        /// <summary>The quote's position in the page's quote list; facts of one sentence come one after another and share it.</summary>
        public int Quote(string quote)
        {
            if (!string.Equals(quote, _quote.Text, StringComparison.Ordinal))
            {
                _quote = (quote, quotes.IndexOf(quote));
            }

            return _quote.Index;
        }
    }

    /// <summary>
    /// A column: its <see cref="Part"/>, and its cell, a number (a position in a list, a count, an offset) from
    /// <see cref="Cell"/> or the fact's value from <see cref="Value"/>; <see cref="Text"/> is a text column's wording
    /// of a fact, null for a number.
    /// </summary>
    internal sealed record Column(string Name, FactPart Part, Func<Context, FactView, int>? Cell, Func<FactView, string>? Text = null)
    {
        public Func<FactView, decimal>? Value { get; init; }
    }

    private static readonly FactPart Names = FactPart.Of(f => (f.Fact.Entity, f.Fact.Indicator, f.Fact.Subject));
    private static readonly FactPart Metric = FactPart.Of<MetricInfo>(f => f.Metric, ReferenceEqualityComparer.Instance);
    private static readonly FactPart Kind = FactPart.Of(f => (f.Fact.Nature, f.Fact.Aggregation));

    // Keyed by the values' bits, which hash several times faster than decimals: 7.40 and 7.4 are two parts whose cells
    // read alike (the texts and the value cell read the number, not its scale).
    private static readonly FactPart Figure = FactPart.Of(f => new FigureKey(
        Bits(f.Fact.Value), f.Fact.ValueHigh is { } high ? Bits(high) : (Int128?)null, f.Fact.Unit, f.Fact.Measure, f.Fact.Qualifier));
    private static readonly FactPart Dated = FactPart.Of(f => (f.Fact.AsOf, f.Fact.AsOfBasis));
    private static readonly FactPart Cited = FactPart.Of(f => (f.Document.Number, f.Page));
    private static readonly FactPart Trust = FactPart.Of(f => (f.Reliability, f.Sources));

    public static IReadOnlyList<Column> All { get; } =
    [
        new("entity", Names, (c, f) => c.Entity(f.Fact.Entity)),
        Text("label", Names, f => f.EntityIndicator),
        Text("subject", Names, f => f.SubjectText),
        Text("metric", Metric, f => f.Metric.Code.Value),
        Text("metric_label", Metric, f => f.Metric.LabelZh),
        Text("indicator", Names, f => f.Fact.Indicator),
        Text("nature", Kind, f => f.Fact.Nature.Code()),
        Text("nature_text", Kind, f => f.NatureAggregation),
        // Trailing zeros dropped (7.40 → 7.4): the value sorts, the worded text shows it.
        new("value", Figure, null) { Value = f => f.Fact.Value / 1.000000000000000000000000000000000m },
        // Values sort only among facts of one unit: 亿元 and 亿美元 are different units, never one scale.
        Text("unit", Figure, f => f.Fact.Unit.Code()),
        Text("value_text", Figure, f => f.ValueText),
        Text("qualifier", Figure, f => f.QualifierWord),
        Text("qualified", Figure, f => f.QualifiedValue),
        Text("as_of", Dated, f => f.Fact.AsOf?.ToString() ?? ""),
        Text("as_of_text", Dated, f => f.AsOfWithBasis),
        new("doc", Cited, (_, f) => f.Document.Number - 1),
        Text("citation", Cited, f => f.Citation),
        Text("reliability", Trust, f => f.ReliabilityWord),
        Text("reliability_class", Trust, f => "rel-" + f.Reliability.ToString().ToLowerInvariant()),
        new("quote", FactPart.Each, (c, f) => c.Quote(f.Fact.Quote)),
        // With the document's text path, the link into the published text (FactView.TextLink).
        new("start", FactPart.Each, (_, f) => f.Fact.Span.Start),
        new("end", FactPart.Each, (_, f) => f.Fact.Span.End),
        new("page", Cited, (_, f) => f.Page ?? 0),
    ];

    private static Int128 Bits(decimal value) => Unsafe.As<decimal, Int128>(ref value);

    /// <summary>
    /// A figure's key, hashed by its value's bits, unit and qualifier alone: nearly every fact has a figure of its own, so
    /// this hash is taken per row, and hashing every field (a range's high end and the measure are rare) was the row's largest cost.
    /// </summary>
    private readonly record struct FigureKey(Int128 Value, Int128? High, Unit Unit, string? Measure, Qualifier Qualifier)
    {
        public override int GetHashCode() => HashCode.Combine((ulong)Value ^ (ulong)(Value >> 64), Unit, Qualifier);
    }

    private static Column Text(string name, FactPart part, Func<FactView, string> text) => new(name, part, (c, f) => c.String(text(f)), text);
}
