using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// The facts by section name (<see cref="Name(FactView)"/>), in first-seen order, each section's facts in table order (so its
    /// first is its earliest): one grouping for <see cref="Choose"/>, <see cref="Counts"/> and the headlines.
    /// </summary>
    // A per-fact loop: optimized at once (see ReportModelBuilder.Views).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<IGrouping<string, FactView>> ByName(IReadOnlyList<FactView> facts)
    {
        // Each fact's section first, then each section's facts into a list of its size: grown by doubling, the lists of
        // the largest sections (80,000 facts at 100 MB) were copied again and again.
        var names = new List<(string Name, int Count)>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectionOf = new int[facts.Count];
        var (name, section) = ((string?)null, -1);
        for (var i = 0; i < facts.Count; i++)
        {
            // Facts of one sentence mostly share their entity's string: a name is hashed when it changes.
            var named = Name(facts[i]);
            if (!ReferenceEquals(named, name))
            {
                name = named;
                if (!byName.TryGetValue(name, out section))
                {
                    byName.Add(name, section = names.Count);
                    names.Add((name, 0));
                }
            }

            sectionOf[i] = section;
            CollectionsMarshal.AsSpan(names)[section].Count++;
        }

        var groups = names.Select(n => new Named(n.Name, n.Count)).ToArray();
        for (var i = 0; i < facts.Count; i++)
        {
            groups[sectionOf[i]].Add(facts[i]);
        }

        return groups;
    }

    public static IReadOnlyList<EntityView> Choose(IReadOnlyList<IGrouping<string, FactView>> byName, HeadlineCatalog catalog)
    {
        var order = catalog.Series.Select(s => s.Entity).Distinct(StringComparer.Ordinal).Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i, StringComparer.Ordinal);
        return [.. byName
            .Where(g => g.Any(f => f.Fact.Nature == Nature.Actual))
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.First().Index)
            .Take(MaxSections)
            .Select((g, i) => new EntityView(g.Key, i + 1, StableOrder.First(g.Where(f => f.Fact.Nature == Nature.Actual), RowOrder, MaxRows), g.Count()))];
    }

    /// <summary>
    /// The entities without a section, largest first: how many and their facts, and the first <see cref="MaxCountLines"/>
    /// each with its documents and most frequent indicators (the rest are counted, never listed).
    /// </summary>
    public static OtherEntities Counts(IReadOnlyList<IGrouping<string, FactView>> byName, IReadOnlyList<EntityView> sections)
    {
        var covered = sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var others = byName.Where(g => !covered.Contains(g.Key))
            .Where(g => g.Any(f => f.Fact.Nature == Nature.Actual))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index)
            .ToList();
        return new OtherEntities(
            others.Count,
            others.Sum(g => g.Count()),
            [.. others.Take(MaxCountLines).Select(g => new CountSummary(
                g.Key,
                g.Count(),
                g.Select(f => f.Document.Number).Distinct().Count(),
                [.. g.GroupBy(f => f.Fact.Indicator.Length > 0 ? f.Fact.Indicator : f.Metric.LabelZh, StringComparer.Ordinal)
                    .Select(i => (i.Key, i.Count())).OrderByDescending(i => i.Item2).ThenBy(i => i.Key, StringComparer.Ordinal).Take(3)]))]);
    }

    /// <summary>The section a fact belongs to: its entity, or one section for facts whose entity is not known.</summary>
    public static string Name(FactView f) => Name(f.Fact.Entity);

    /// <summary>The section an entity's facts belong to: the entity, or the one for facts whose entity is not known.</summary>
    public static string Name(string entity) => entity.Length > 0 ? entity : Unnamed;

    public const string Unnamed = "（主体未注明）";

    /// <summary>One section's facts in table order (as <c>GroupBy</c> gives them).</summary>
    private sealed class Named(string key, int count) : List<FactView>(count), IGrouping<string, FactView>
    {
        public string Key => key;
    }

    private static readonly IComparer<FactView> RowOrder = Comparer<FactView>.Create((a, b) =>
    {
        var c = IsGenericCount(a.Fact.Unit).CompareTo(IsGenericCount(b.Fact.Unit));
        c = c != 0 ? c : b.Metric.Priority.CompareTo(a.Metric.Priority);
        c = c != 0 ? c : string.CompareOrdinal(a.Fact.Indicator, b.Fact.Indicator);
        c = c != 0 ? c : b.AsOfEnd.CompareTo(a.AsOfEnd);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });
}
