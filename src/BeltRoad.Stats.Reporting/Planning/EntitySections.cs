using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Which entities get a section and which rows their tables show, so the digest stays a digest at any corpus size:
/// the headline catalogue's entities first (in its order), then by number of facts; at most <see cref="MaxSections"/>
/// sections, each with at most <see cref="MaxRows"/> rows of actual figures
/// (measured amounts before generic counts, newest first; the rest is the outlook's). Every other entity is a line of <see cref="Counts"/>.
/// </summary>
internal static class EntitySections
{
    public const int MaxSections = 12;
    public const int MaxRows = 24;
    public const int MaxCountLines = 40;

    /// <summary>Units that count generic things (countries, items, persons …): many per document, read as counts.</summary>
    public static bool IsGenericCount(Unit unit) =>
        unit is Unit.Countries or Unit.Other or Unit.Items or Unit.Persons or Unit.Organizations or Unit.Documents or Unit.Projects;

    /// <summary>The facts' entities in one pass (<see cref="EntityTally"/>): what <see cref="Choose"/> and <see cref="Counts"/> read.</summary>
    public static EntityTally Tally(IEnumerable<FactView> facts)
    {
        var tally = new EntityTally();
        foreach (var f in facts)
        {
            tally.Add(f);
        }

        return tally;
    }

    public static IReadOnlyList<EntityView> Choose(EntityTally tally, HeadlineCatalog catalog)
    {
        var order = catalog.Series.Select(s => s.Entity).Distinct(StringComparer.Ordinal).Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i, StringComparer.Ordinal);
        return [.. tally.Entities
            .Where(e => e.AnyActual)
            .OrderBy(e => order.GetValueOrDefault(e.Name, int.MaxValue))
            .ThenByDescending(e => e.Count)
            .ThenBy(e => e.First)
            .Take(MaxSections)
            .Select((e, i) => new EntityView(e.Name, i + 1, e.Rows, e.Count))];
    }

    /// <summary>
    /// The entities without a section, largest first: how many and their facts, and the first <see cref="MaxCountLines"/>
    /// each with its documents and most frequent indicators (the rest are counted, never listed).
    /// </summary>
    public static OtherEntities Counts(EntityTally tally, IReadOnlyList<EntityView> sections)
    {
        var covered = sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var others = tally.Entities.Where(e => !covered.Contains(e.Name))
            .Where(e => e.AnyActual)
            .OrderByDescending(e => e.Count).ThenBy(e => e.First)
            .ToList();
        return new OtherEntities(
            others.Count,
            others.Sum(e => e.Count),
            [.. others.Take(MaxCountLines).Select(e => new CountSummary(e.Name, e.Count, e.Documents, e.TopIndicators()))]);
    }

    /// <summary>The section a fact belongs to: its entity, or one section for facts whose entity is not known.</summary>
    public static string Name(FactView f) => Name(f.Fact.Entity);

    /// <summary>The section an entity's facts belong to: the entity, or the one for facts whose entity is not known.</summary>
    public static string Name(string entity) => entity.Length > 0 ? entity : Unnamed;

    public const string Unnamed = "（主体未注明）";

    /// <summary>The order of a section's rows: measured amounts before generic counts, higher metric priority, indicator, newest first.</summary>
    internal static readonly IComparer<FactView> RowOrder = Comparer<FactView>.Create((a, b) =>
    {
        var c = IsGenericCount(a.Fact.Unit).CompareTo(IsGenericCount(b.Fact.Unit));
        c = c != 0 ? c : b.Metric.Priority.CompareTo(a.Metric.Priority);
        c = c != 0 ? c : string.CompareOrdinal(a.Fact.Indicator, b.Fact.Indicator);
        c = c != 0 ? c : b.AsOfEnd.CompareTo(a.AsOfEnd);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });
}
