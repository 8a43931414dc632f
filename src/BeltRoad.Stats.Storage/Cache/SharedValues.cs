using System.Collections.Concurrent;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What the cache entries one run decodes share, one copy of each value: the labels (metric codes, subjects, section
/// headings, entities, indicators, measure words, skip reasons and skipped texts, a document's encoding, format, author
/// and publisher), the quotes (a sentence several documents state: a wire story run by several papers, a report's
/// copies) and the periods. Every fact of the run's table is decoded from an entry, a document extracted now as well
/// as a hit (<c>StreamingExtraction</c>), so this is where the table is made small. Made per run by the extraction
/// cache, which a run opens and disposes, never static: it lets go of nothing the run's facts do not hold themselves,
/// and is garbage when the extract step ends. Each part is bounded, so a corpus of distinct sentences costs the pool at
/// most its bound (≈ 60 bytes an entry), never an entry per fact.
/// </summary>
internal sealed class SharedValues
{
    // Labels: ≈ 900 distinct at 100 MB of the seeds generator, ≈ 9,000 of the development corpus's genres (fact-bytes).
    public const int MaxLabels = 1 << 17;

    // Quotes: 3,736 distinct of 160,726 per-document copies at 100 MB of the seeds generator, 56,348 of 750,513 of the
    // development corpus's; a real corpus repeats fewer, and past the bound each is its document's copy as before.
    public const int MaxQuotes = 1 << 17;

    public const int MaxPeriods = 1 << 14;

    private readonly ConcurrentDictionary<(PeriodPoint From, PeriodPoint? To), Period> _periods = new();
    private int _periodCount;

    public SharedStrings Labels { get; } = new(MaxLabels);

    public SharedStrings Quotes { get; } = new(MaxQuotes);

    /// <summary>The periods kept so far.</summary>
    public int Periods => Volatile.Read(ref _periodCount);

    /// <summary>The run's one <see cref="Period"/> of these points.</summary>
    /// <exception cref="ArgumentException">A span that ends before it starts.</exception>
    public Period Period(PeriodPoint from, PeriodPoint? to)
    {
        if (_periods.TryGetValue((from, to), out var known))
        {
            return known;
        }

        var made = to is { } end ? Domain.Period.Span(from, end) : Domain.Period.AsOf(from);
        if (Periods >= MaxPeriods)
        {
            return made;
        }

        var kept = _periods.GetOrAdd((from, to), made);
        if (ReferenceEquals(kept, made))
        {
            Interlocked.Increment(ref _periodCount);
        }

        return kept;
    }
}
