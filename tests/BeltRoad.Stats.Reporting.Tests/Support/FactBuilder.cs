using System.Globalization;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>Hand-made fact tables: documents and facts written the way a reader states them.</summary>
internal sealed class FactBuilder
{
    private readonly List<DocumentInfo> _documents = [];
    private readonly List<Fact> _facts = [];
    private readonly List<CrossDocumentFinding> _findings = [];
    private readonly List<SkippedMention> _skipped = [];
    private int _position;

    public FactBuilder Document(string name, string title, string date, DocumentLanguage language = DocumentLanguage.ZhHans)
    {
        PeriodPoint.TryParse(date, out var point);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
        _documents.Add(new DocumentInfo(name, sha, 1000, "utf-8", language, title, point, 1000));
        return this;
    }

    /// <summary>Changes the last document added: its format, source, pages.</summary>
    public FactBuilder Described(Func<DocumentInfo, DocumentInfo> change)
    {
        _documents[^1] = change(_documents[^1]);
        return this;
    }

    /// <summary>Adds a fact; <paramref name="asOf"/> in the export's form (2023, 2023-06-30, 2013/2022) or null.</summary>
    public FactBuilder Fact(string doc, string metric, string subject, decimal value, Unit unit, string? asOf,
        Qualifier qualifier = Qualifier.Exact, string? quote = null, decimal? high = null, int occurrences = 1)
    {
        Period.TryParse(asOf, out var period);
        var start = _position += 100;
        var span = new SourceSpan(start, start + 5);
        var spans = Enumerable.Range(0, occurrences).Select(i => new SourceSpan(start + (i * 10), start + (i * 10) + 5)).ToList();
        // Ids are unique in a table, as the pipeline's are: a second figure at one place (Then(-5)) is told apart by its metric.
        var id = doc + "#" + start.ToString(CultureInfo.InvariantCulture);
        _facts.Add(new Fact(
            _facts.Exists(f => f.Id == id) ? id + "/" + metric : id, doc, new MetricCode(metric), subject, value, high, unit, qualifier, period,
            "正文", quote ?? subject + value.ToString(CultureInfo.InvariantCulture) + "。", span, spans));
        return this;
    }

    /// <summary>Makes the next fact follow the last one <paramref name="gap"/> characters after it, as in one enumeration.</summary>
    public FactBuilder Then(int gap = 5)
    {
        _position = _facts[^1].Span.End + gap - 100;
        return this;
    }

    /// <summary>Gives the last fact added its meaning: whose figure, what it measures, whether it happened, how it is aggregated.</summary>
    public FactBuilder Meaning(string entity, string indicator, Nature nature = Nature.Actual, Aggregation aggregation = Aggregation.Level)
    {
        _facts[^1] = _facts[^1] with { Entity = entity, Indicator = indicator, Nature = nature, Aggregation = aggregation };
        return this;
    }

    /// <summary>Marks the facts sharing the key of the first fact with this metric and subject (and, if corroborated, its value).</summary>
    public FactBuilder Finding(FindingKind kind, string metric, string subject)
    {
        var first = _facts.First(f => f.Metric.Value == metric && f.Subject == subject);
        var facts = _facts.Where(f => f.Key == first.Key && (kind == FindingKind.Conflict || f.Value == first.Value)).ToList();
        _findings.Add(new CrossDocumentFinding(kind, facts[0].Key, [.. facts.Select(f => f.Id)], [.. facts.Select(f => f.Doc).Distinct()]));
        return this;
    }

    public FactBuilder Skipped(string doc, string text, string reason)
    {
        _skipped.Add(new SkippedMention(doc, new SourceSpan(_position, _position + text.Length), text, reason));
        _position += 50;
        return this;
    }

    public FactTable Table() => new(_documents, _facts, _findings, _skipped, []);

    public ReportInput Input(DateOnly? dataDate = null) => new(Table(), Catalog.Metrics, Catalog.Groups, dataDate ?? new DateOnly(2023, 10, 18), "0.1.0-test");

    /// <summary>As <see cref="Input"/>, with the built-in entity catalogue's aliases, as a run passes them.</summary>
    public ReportInput InputWithAliases() => Input() with
    {
        EntityAliases = BeltRoad.Stats.Extraction.Meaning.EntityCatalog.Default.Entries.ToDictionary(e => e.Name, e => e.Aliases, StringComparer.Ordinal),
    };
}
