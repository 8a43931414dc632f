using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Compares documents by series, whatever their wording: facts of one series (<see cref="SeriesKey"/>: entity, indicator,
/// unit, aggregation, nature and the period's shape) from two or more documents for the same as_of are corroborated when they agree (same unit, value and
/// qualifier) and in conflict when they do not. A level stated without a date is as of its document; two levels of
/// one series in the same year that agree corroborate each other (000 and 001 both say 150多个国家 signed), but only
/// the same as_of can conflict: a level may grow within a year.
/// </summary>
internal static class CrossDocumentMatcher
{
    // The facts are split among this many parts by series, matched at once (a cached run assembles its table on one
    // core otherwise, the other idle). Fixed, not the number of cores: the findings do not depend on it either way.
    private const int Parts = 2;

    public static IReadOnlyList<CrossDocumentFinding> Match(IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, PeriodPoint?>? documentDates = null) =>
        Match(facts, documentDates, Parts);

    /// <summary>
    /// The findings, the same for any number of <paramref name="parts"/>: a series is one part's (its facts are split by
    /// its hash), and the parts' findings are put back in the order one pass finds them (by their first fact) before the
    /// final sort, which is stable.
    /// </summary>
    internal static IReadOnlyList<CrossDocumentFinding> Match(IReadOnlyList<Fact> facts, IReadOnlyDictionary<string, PeriodPoint?>? documentDates, int parts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var keys = new SeriesKey?[facts.Count];
        var hashes = new int[facts.Count];
        Parallel.For(0, parts, p => SeriesHashes(facts, keys, hashes, p * facts.Count / parts, (p + 1) * facts.Count / parts));
        // A fact matched as dated is no level's: marked by its place (a series is one part's, so each part marks and
        // reads its own facts' places only; the parts' dated passes all end before any level pass starts).
        var dated = new bool[facts.Count];
        var matchers = Enumerable.Range(0, parts).Select(p => new Part(facts, keys, hashes, dated, p, parts)).ToArray();
        Parallel.ForEach(matchers, m => m.MatchDated());
        Parallel.ForEach(matchers, m => m.MatchLevels(documentDates));
        return [.. InFoundOrder(matchers.SelectMany(m => m.Dated)).Concat(InFoundOrder(matchers.SelectMany(m => m.Levels)))
            .OrderBy(f => f.Key.Metric.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Key.Subject, StringComparer.Ordinal)
            .ThenBy(f => f.Key.AsOf, StringComparer.Ordinal)];
    }

    private static IEnumerable<CrossDocumentFinding> InFoundOrder(IEnumerable<(int First, CrossDocumentFinding Finding)> findings) =>
        findings.OrderBy(f => f.First).Select(f => f.Finding);

    // Each fact's series and its hash, worked out once: the hash splits the facts among the parts and keys both passes'
    // groups. A fact of no series is in no group: its key stays null.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SeriesHashes(IReadOnlyList<Fact> facts, SeriesKey?[] keys, int[] hashes, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (facts[i].Series is { } key)
            {
                keys[i] = key;
                hashes[i] = key.GetHashCode();
            }
        }
    }

    // Members by document and place. The table is in that order already (FactTableBuilder.Assemble), and so is a group
    // taken from it in input order: the sort (stable, so a no-op on such a list) is made only for a list that is not.
    private static CrossDocumentFinding Finding(List<Fact> facts, string? asOf)
    {
        var list = FactTableBuilder.InOrder(facts) ? facts : facts.OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span.Start).ToList();
        var agree = list.TrueForAll(f => f.SameFigure(list[0]));
        var documents = new List<string>();
        foreach (var fact in list)
        {
            if (documents.Count == 0 || !string.Equals(documents[^1], fact.Doc, StringComparison.Ordinal))
            {
                documents.Add(fact.Doc); // sorted by document: each one's facts stand together
            }
        }

        return new CrossDocumentFinding(
            agree ? FindingKind.Corroborated : FindingKind.Conflict,
            new FactKey(list[0].Metric, $"{list[0].Entity}·{list[0].Indicator}", asOf),
            [.. list.Select(f => f.Id)],
            documents);
    }

    // The year a level holds for: its own date's, else its document's.
    private static int? Year(Fact fact, IReadOnlyDictionary<string, PeriodPoint?>? documentDates) =>
        fact.AsOf is { IsSpan: false } asOf ? asOf.From.Year
        : fact.AsOf is null && documentDates?.GetValueOrDefault(fact.Doc) is { } date ? date.Year
        : null;

    /// <summary>
    /// The series whose hash falls to part <c>part</c> of <c>parts</c>: their dated facts grouped by series and as_of,
    /// then their levels not matched so by series and year; each finding with its group's first fact (table index).
    /// </summary>
    private sealed class Part(IReadOnlyList<Fact> facts, SeriesKey?[] keys, int[] hashes, bool[] matchedDated, int part, int parts)
    {
        public List<(int First, CrossDocumentFinding Finding)> Dated { get; } = [];

        public List<(int First, CrossDocumentFinding Finding)> Levels { get; } = [];

        private bool Mine(int i) => keys[i] is not null && (uint)hashes[i] % (uint)parts == (uint)part;

        // Compiled optimized at once, with the key comparers: a new process matches a cached run's whole table within
        // its first second, in unoptimized first-tier code otherwise.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void MatchDated()
        {
            var dated = new Groups(new SameDatedSeries(facts, keys, hashes));
            for (var i = 0; i < facts.Count; i++)
            {
                if (Mine(i) && facts[i].AsOf is not null)
                {
                    dated.Add(i);
                }
            }

            foreach (var (first, group, places) in dated.SeveralDocuments(facts))
            {
                Dated.Add((first, Finding(group, group[0].AsOf!.ToString())));
                foreach (var place in places)
                {
                    matchedDated[place] = true;
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void MatchLevels(IReadOnlyDictionary<string, PeriodPoint?>? documentDates)
        {
            // Each fact's year worked out once, for the filter and the key alike.
            var years = new int[facts.Count];
            var levels = new Groups(new SameYearSeries(keys, hashes, years));
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                if (Mine(i) && fact.Aggregation == Aggregation.Level && !matchedDated[i] && Year(fact, documentDates) is { } year)
                {
                    years[i] = year;
                    levels.Add(i);
                }
            }

            foreach (var (first, group, _) in levels.SeveralDocuments(facts))
            {
                if (group.TrueForAll(f => f.SameFigure(group[0])))
                {
                    Levels.Add((first, Finding(group, Year(group[0], documentDates).ToString())));
                }
            }
        }
    }

    /// <summary>
    /// Facts by key, keys in order of first appearance and members in input order (as a GroupBy gives them). A key is
    /// its first fact's index, compared by <c>sameKey</c> on the facts themselves: no key value is made per fact. Most
    /// keys are one fact's: such a key holds its index alone, with no group made for it (on a +1 run this runs over the
    /// whole table).
    /// </summary>
    private sealed class Groups(IEqualityComparer<int> sameKey)
    {
        private readonly Dictionary<int, int> _slots = new(sameKey);
        private readonly List<(int First, List<int>? More)> _groups = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int index)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, index, out var exists);
            if (!exists)
            {
                slot = _groups.Count;
                _groups.Add((index, null));
                return;
            }

            var (first, more) = _groups[slot];
            (more ??= []).Add(index);
            _groups[slot] = (first, more);
        }

        /// <summary>The groups whose members come from two documents or more, each as its first fact's place (table index), its facts and their places.</summary>
        public IEnumerable<(int First, List<Fact> Facts, IEnumerable<int> Places)> SeveralDocuments(IReadOnlyList<Fact> facts)
        {
            foreach (var (first, more) in _groups)
            {
                if (more is null || !OtherDocument(facts, first, more))
                {
                    continue;
                }

                var group = new List<Fact>(more.Count + 1) { facts[first] };
                foreach (var i in more)
                {
                    group.Add(facts[i]);
                }

                yield return (first, group, more.Prepend(first));
            }
        }

        // Whether a member comes from another document than the first (a loop: a lambda would be made per group).
        private static bool OtherDocument(IReadOnlyList<Fact> facts, int first, List<int> more)
        {
            foreach (var i in more)
            {
                if (!string.Equals(facts[i].Doc, facts[first].Doc, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Dated facts by series and as_of as shown (<see cref="ShownAsOf"/>).</summary>
    private sealed class SameDatedSeries(IReadOnlyList<Fact> facts, SeriesKey?[] keys, int[] hashes) : IEqualityComparer<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals(int x, int y) =>
            hashes[x] == hashes[y] && keys[x] == keys[y] && ShownAsOf.Of(facts[x].AsOf!) == ShownAsOf.Of(facts[y].AsOf!);

        // Equal as_of strings have equal years: the hash need not format or normalise the rest.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode(int i) => (hashes[i] * 31) + facts[i].AsOf!.From.Year + (facts[i].AsOf!.To?.Year ?? 0);
    }

    /// <summary>Levels by series and the year they hold for (<c>years</c>[index], worked out once per fact).</summary>
    private sealed class SameYearSeries(SeriesKey?[] keys, int[] hashes, int[] years) : IEqualityComparer<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals(int x, int y) => years[x] == years[y] && hashes[x] == hashes[y] && keys[x] == keys[y];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode(int i) => (hashes[i] * 31) + years[i];
    }
}
