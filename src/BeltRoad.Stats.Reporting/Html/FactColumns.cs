using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The columns of a fact row in the page data, in order: the one list both the writer and (by name) the script use.
/// Every text is already worded on the server (7.4万列, 实际 · 存量), so the script formats nothing itself. A text cell
/// holds the position of its text in the page's string list: a corpus repeats its labels, units and dates, and a row of
/// small numbers parses several times faster than a row of strings.
/// </summary>
internal static class FactColumns
{
    /// <summary>What a column needs beyond the fact: the shared string and quote lists and the entity positions.</summary>
    internal sealed record Context(Dictionary<string, int> Strings, Dictionary<string, int> Quotes, Dictionary<string, int> Entities);

    internal sealed record Column(string Name, Action<Utf8JsonWriter, FactView, Context> Write);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("entity", (json, f, c) => json.WriteNumberValue(c.Entities.GetValueOrDefault(f.Fact.Entity, -1))),
        Text("label", f => f.EntityIndicator),
        Text("subject", f => f.SubjectText),
        Text("metric", f => f.Metric.Code.Value),
        Text("metric_label", f => f.Metric.LabelZh),
        Text("indicator", f => f.Fact.Indicator),
        Text("nature", f => f.Fact.Nature.Code()),
        Text("nature_text", f => f.NatureAggregation),
        // Trailing zeros dropped (7.40 → 7.4): the value sorts, the worded text shows it.
        new("value", (json, f, _) => json.WriteNumberValue(f.Fact.Value / 1.000000000000000000000000000000000m)),
        // Values sort only among facts of one unit: 亿元 and 亿美元 are different units, never one scale.
        Text("unit", f => f.Fact.Unit.Code()),
        Text("value_text", f => f.ValueText),
        Text("qualifier", f => f.QualifierWord),
        Text("qualified", f => f.QualifiedValue),
        Text("as_of", f => f.Fact.AsOf?.ToString() ?? ""),
        Text("as_of_text", f => f.AsOfWithBasis),
        new("doc", (json, f, _) => json.WriteNumberValue(f.Document.Number - 1)),
        Text("citation", f => f.Citation),
        Text("reliability", f => f.ReliabilityWord),
        Text("reliability_class", f => "rel-" + f.Reliability.ToString().ToLowerInvariant()),
        new("quote", (json, f, c) => json.WriteNumberValue(IndexOf(c.Quotes, f.Fact.Quote))),
        // With the document's text path, the link into the published text (FactView.TextLink).
        new("start", (json, f, _) => json.WriteNumberValue(f.Fact.Span.Start)),
        new("end", (json, f, _) => json.WriteNumberValue(f.Fact.Span.End)),
        new("page", (json, f, _) => json.WriteNumberValue(f.Page ?? 0)),
    ];

    private static Column Text(string name, Func<FactView, string> value) => new(name, (json, f, c) => json.WriteNumberValue(IndexOf(c.Strings, value(f))));

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
