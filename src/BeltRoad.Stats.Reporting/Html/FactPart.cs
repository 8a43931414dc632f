using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The fields of a fact that some of its row's cells are worded from (<see cref="FactColumns"/>): facts equal in them get
/// equal cells, so a page words each cell once per distinct part, not per fact. A corpus of 200,000 facts has a few
/// thousand names, figures, dates and citations; its rows then cost a few hashes each instead of one per cell.
/// </summary>
internal abstract class FactPart
{
    /// <summary>Cells read from the fact itself (its span, its quote): worded for every row.</summary>
    public static FactPart Each { get; } = new PerFact();

    /// <summary>The part made of <paramref name="key"/>, which must hold everything its cells' wording reads.</summary>
    public static FactPart Of<TKey>(Func<FactView, TKey> key, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull => new Keyed<TKey>(key, comparer ?? EqualityComparer<TKey>.Default);

    /// <summary>Numbers the distinct parts of one page's facts in first-seen order; -1 for <see cref="Each"/>.</summary>
    public abstract Numbering Start();

    internal abstract class Numbering
    {
        public abstract int Of(FactView fact);
    }

    private sealed class PerFact : FactPart
    {
        private static readonly Numbering None = new NoNumbering();

        public override Numbering Start() => None;

        private sealed class NoNumbering : Numbering
        {
            public override int Of(FactView fact) => -1;
        }
    }

    private sealed class Keyed<TKey>(Func<FactView, TKey> key, IEqualityComparer<TKey> comparer) : FactPart
        where TKey : notnull
    {
        public override Numbering Start() => new KeyNumbering(key, comparer);

        private sealed class KeyNumbering(Func<FactView, TKey> key, IEqualityComparer<TKey> comparer) : Numbering
        {
            private readonly Dictionary<TKey, int> _numbers = new(comparer);
            private TKey? _previous;
            private int _number = -1;

            public override int Of(FactView fact)
            {
                // Facts of one sentence often share their part: a key equal to the previous row's is not hashed again.
                var k = key(fact);
                if (_number < 0 || !comparer.Equals(k, _previous!))
                {
                    if (!_numbers.TryGetValue(k, out _number))
                    {
                        _number = _numbers.Count;
                        _numbers.Add(k, _number);
                    }

                    _previous = k;
                }

                return _number;
            }
        }
    }
}
