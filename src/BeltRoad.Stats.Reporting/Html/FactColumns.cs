using System.Runtime.CompilerServices;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The columns of a fact row in the page data, in order: the one list both the writer and (by name) the script use.
/// Every text is already worded on the server (7.4万列, 实际 · 存量), so the script formats nothing itself. A text cell
/// holds the position of its text in the page's string list: a corpus repeats its labels, units and dates, and a row of
/// small numbers parses several times faster than a row of strings. The cell writers run once per fact and column, so
/// they are compiled optimized at once (see ReportModelBuilder.Views).
/// </summary>
internal static class FactColumns
{
    /// <summary>What a column needs beyond the fact: the shared string and quote lists and the entity positions.</summary>
    internal sealed record Context(Dictionary<string, int> Strings, Dictionary<string, int> Quotes, Dictionary<string, int> Entities);

    /// <summary>
    /// A column: <see cref="Bind"/> gives its cell writer for one page (with that page's memo); <see cref="Text"/> is a
    /// text column's wording of a fact, null for a number.
    /// </summary>
    internal sealed record Column(string Name, Func<Context, Action<Utf8JsonWriter, FactView>> Bind, Func<FactView, string>? Text = null);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("entity", c => Listed(c.Entities, f => f.Fact.Entity, absent: -1)),
        // Worded, not listed: the label is put together per fact, and a corpus has far fewer labels than facts.
        Worded("label", f => (f.Fact.Entity, f.Fact.Indicator, f.Fact.Subject), f => f.EntityIndicator),
        Text("subject", f => f.SubjectText),
        Text("metric", f => f.Metric.Code.Value),
        Text("metric_label", f => f.Metric.LabelZh),
        Text("indicator", f => f.Fact.Indicator),
        Worded("nature", f => f.Fact.Nature, f => f.Fact.Nature.Code()),
        Worded("nature_text", f => (f.Fact.Nature, f.Fact.Aggregation), f => f.NatureAggregation),
        // Trailing zeros dropped (7.40 → 7.4): the value sorts, the worded text shows it.
        new("value", _ => (json, f) => json.WriteNumberValue(f.Fact.Value / 1.000000000000000000000000000000000m)),
        // Values sort only among facts of one unit: 亿元 and 亿美元 are different units, never one scale.
        Worded("unit", f => f.Fact.Unit, f => f.Fact.Unit.Code()),
        Worded("value_text", f => (f.Fact.Value, f.Fact.ValueHigh, f.Fact.Unit, f.Fact.Measure), f => f.ValueText),
        Worded("qualifier", f => f.Fact.Qualifier, f => f.QualifierWord),
        Worded("qualified", f => (f.Fact.Qualifier, f.Fact.Value, f.Fact.ValueHigh, f.Fact.Unit, f.Fact.Measure), f => f.QualifiedValue),
        Worded("as_of", f => new ValueTuple<Period?>(f.Fact.AsOf), f => f.Fact.AsOf?.ToString() ?? ""),
        Worded("as_of_text", f => (f.Fact.AsOf, f.Fact.AsOfBasis), f => f.AsOfWithBasis),
        Number("doc", (f, _) => f.Document.Number - 1),
        Worded("citation", f => (f.Document.Number, f.Page), f => f.Citation),
        Worded("reliability", f => (f.Reliability, f.Sources), f => f.ReliabilityWord),
        Worded("reliability_class", f => f.Reliability, f => "rel-" + f.Reliability.ToString().ToLowerInvariant()),
        new("quote", c => Listed(c.Quotes, f => f.Fact.Quote)),
        // With the document's text path, the link into the published text (FactView.TextLink).
        Number("start", (f, _) => f.Fact.Span.Start),
        Number("end", (f, _) => f.Fact.Span.End),
        Number("page", (f, _) => f.Page ?? 0),
    ];

    private static Column Number(string name, Func<FactView, Context, int> value) =>
        new(name, c => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (json, f) => json.WriteNumberValue(value(f, c)));

    /// <summary>A text the fact holds or puts together cheaply: looked up as it is.</summary>
    private static Column Text(string name, Func<FactView, string> text) => new(name, c => Listed(c.Strings, text), text);

    /// <summary>
    /// A cell holding the position of the fact's text in <paramref name="list"/>. Facts of one sentence come one after
    /// another and share their quote (and often their label): a text equal to the previous row's is not hashed again.
    /// </summary>
    private static Action<Utf8JsonWriter, FactView> Listed(Dictionary<string, int> list, Func<FactView, string> text) =>
        Listed(list, text, absent: null);

    /// <summary>
    /// As <see cref="Listed(Dictionary{string, int}, Func{FactView, string})"/>; with <paramref name="absent"/>, a text
    /// the list lacks is written as that number instead of being added (the entity list is made before the rows).
    /// </summary>
    private static Action<Utf8JsonWriter, FactView> Listed(Dictionary<string, int> list, Func<FactView, string> text, int? absent)
    {
        var (previous, index) = ((string?)null, 0);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (json, f) =>
        {
            var t = text(f);
            if (!string.Equals(t, previous, StringComparison.Ordinal))
            {
                (previous, index) = (t, absent is { } none ? list.GetValueOrDefault(t, none) : IndexOf(list, t));
            }

            json.WriteNumberValue(index);
        };
    }

    /// <summary>
    /// A text worded from a few of the fact's fields (<paramref name="key"/>: everything the wording reads), worded once
    /// per distinct key: a corpus of 200,000 facts has a few thousand values, dates and citations.
    /// </summary>
    private static Column Worded<TKey>(string name, Func<FactView, TKey> key, Func<FactView, string> text)
        where TKey : notnull =>
        new(
            name,
            c =>
            {
                var memo = new Dictionary<TKey, int>();
                var (previous, index) = (default(TKey), -1);
                return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (json, f) =>
                {
                    // Facts of one sentence often share these fields: a key equal to the previous row's is not hashed again.
                    var k = key(f);
                    if (index < 0 || !EqualityComparer<TKey>.Default.Equals(k, previous))
                    {
                        if (!memo.TryGetValue(k, out index))
                        {
                            index = IndexOf(c.Strings, text(f));
                            memo.Add(k, index);
                        }

                        previous = k;
                    }

                    json.WriteNumberValue(index);
                };
            },
            text);

    /// <summary>The text's position in a list of distinct texts, in first-seen order (the list is written after the rows).</summary>
    private static int IndexOf(Dictionary<string, int> list, string text)
    {
        if (!list.TryGetValue(text, out var index))
        {
            index = list.Count;
            list.Add(text, index);
        }

        return index;
    }
}
