using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>What other documents say about one fact: who agrees (same value) and who differs.</summary>
internal sealed record FactRelations(IReadOnlyList<string> CorroboratedBy, IReadOnlyList<ConflictingValue> ConflictsWith)
{
    public static FactRelations None { get; } = new([], []);

    /// <summary>
    /// Relations per fact id, derived from the findings. Agreement is decided per pair rather than
    /// from the finding's kind, because a conflict finding can hold documents that agree with each other.
    /// </summary>
    public static IReadOnlyDictionary<string, FactRelations> Index(FactTable table)
    {
        var byId = FactLookup.ById(table);
        var agreeing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var differing = new Dictionary<string, List<ConflictingValue>>(StringComparer.Ordinal);
        foreach (var finding in table.Findings)
        {
            var members = finding.FactIds.Select(id => FactLookup.Get(byId, id)).ToList();
            foreach (var fact in members)
            {
                foreach (var other in members.Where(o => o.Doc != fact.Doc))
                {
                    if (fact.SameFigure(other))
                    {
                        AddOnce(agreeing, fact.Id, other.Doc);
                    }
                    else
                    {
                        AddOnce(differing, fact.Id, new ConflictingValue(other.Doc, other.Value));
                    }
                }
            }
        }

        return table.Facts.ToDictionary(
            f => f.Id,
            f => new FactRelations(
                agreeing.TryGetValue(f.Id, out var a) ? a : [],
                differing.TryGetValue(f.Id, out var d) ? d : []),
            StringComparer.Ordinal);
    }

    private static void AddOnce<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
