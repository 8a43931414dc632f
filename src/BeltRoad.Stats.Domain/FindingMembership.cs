using System.Runtime.CompilerServices;

namespace BeltRoad.Stats.Domain;

/// <summary>
/// Which facts of one table each finding names, by their places in the table, worked out once per table instance. The
/// exports (facts.json, facts.csv, facts.sqlite, the run store) and the report read the same relation while they run
/// at once; each hashed the table's 200,000 ids and the findings' 120,000 members anew (100 MB corpus). The first
/// reader builds it and the others wait for it. A table that breaks the relation's rules is refused to every reader:
/// the outputs of one run never disagree about which finding a fact is in. The ids are hashed only while it is built:
/// held, their dictionary was ≈ 56 MB beside the table at 1 GB of input (≈ 2 million facts), read by no writer.
/// </summary>
public sealed class FindingMembership
{
    // Keyed by the table object (a record's value equality would hash all its facts): a run's table is one object.
    private static readonly ConditionalWeakTable<FactTable, Lazy<FindingMembership>> Built = new();

    private readonly int[][] _members;
    private readonly int?[] _findingOf;

    private FindingMembership(FactTable table)
    {
        _members = Members(table, PlaceById(table));
        _findingOf = FindingOf(table, _members);
    }

    /// <summary>The relation of <paramref name="table"/>, built on the first call for this table object.</summary>
    /// <exception cref="ArgumentException">
    /// A fact id occurs twice, a finding names a fact that is not in the table, or a fact is in two findings (thrown to every caller).
    /// </exception>
    public static FindingMembership Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Built.GetValue(table, static t => new Lazy<FindingMembership>(() => new FindingMembership(t))).Value;
    }

    /// <summary>By each fact's place in the table: the number (from 1, in the table's order of findings) of the finding it is in, or null.</summary>
    public IReadOnlyList<int?> FindingByFact => _findingOf;

    /// <summary>The places of the facts finding <paramref name="finding"/> (from 0, the table's order) names, in its order.</summary>
    public IReadOnlyList<int> Members(int finding) => _members[finding];

    // Once per run over every fact and member: compiled optimized at once (a new process would run it as tier-0 code).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, int> PlaceById(FactTable table)
    {
        var facts = table.Facts;
        var byId = new Dictionary<string, int>(facts.Count, StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            if (!byId.TryAdd(facts[i].Id, i))
            {
                throw new ArgumentException($"Fact id '{facts[i].Id}' occurs twice in the fact table.", nameof(table));
            }
        }

        return byId;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[][] Members(FactTable table, Dictionary<string, int> byId)
    {
        var members = new int[table.Findings.Count][];
        for (var i = 0; i < members.Length; i++)
        {
            var ids = table.Findings[i].FactIds;
            members[i] = new int[ids.Count];
            for (var k = 0; k < ids.Count; k++)
            {
                members[i][k] = byId.TryGetValue(ids[k], out var place)
                    ? place
                    : throw new ArgumentException($"A finding refers to fact '{ids[k]}', which is not in the fact table.", nameof(table));
            }
        }

        return members;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int?[] FindingOf(FactTable table, int[][] members)
    {
        var findingOf = new int?[table.Facts.Count];
        for (var i = 0; i < members.Length; i++)
        {
            foreach (var place in members[i])
            {
                if (findingOf[place] is { } other)
                {
                    throw new ArgumentException($"Fact '{table.Facts[place].Id}' is a member of findings {other} and {i + 1}; a fact belongs to one finding at most.", nameof(table));
                }

                findingOf[place] = i + 1;
            }
        }

        return findingOf;
    }
}
