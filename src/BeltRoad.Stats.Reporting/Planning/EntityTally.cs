using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// What the entity sections and the other entities' lines need of the facts, gathered one fact at a time in the report's
/// order (<see cref="Add"/>): per section name (<see cref="EntitySections.Name(FactView)"/>, first-seen order) how many facts,
/// the first, whether any is actual, in how many documents, by which indicators, and only the rows a section could
/// print (its first <see cref="EntitySections.MaxRows"/> actual figures in the table's row order), never every fact.
/// </summary>
internal sealed class EntityTally
{
    private readonly Dictionary<string, Entity> _byName = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = [];
    private Entity? _last;

    /// <summary>The section names in first-seen order, each with what was gathered of its facts.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    // A per-fact loop: optimized at once (see ReportModelBuilder.Stream).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(FactView f)
    {
        // Facts of one sentence mostly share their entity's string: a name is hashed when it changes.
        var name = EntitySections.Name(f);
        if (_last is null || !ReferenceEquals(name, _last.Name))
        {
            if (!_byName.TryGetValue(name, out _last))
            {
                _byName.Add(name, _last = new Entity(name, f.Index));
                _entities.Add(_last);
            }
        }

        _last.Add(f);
    }

    /// <summary>One section name's facts, counted, with its first <see cref="EntitySections.MaxRows"/> rows.</summary>
    internal sealed class Entity(string name, int first)
    {
        private readonly Dictionary<string, int> _indicators = new(StringComparer.Ordinal);
        private readonly List<FactView> _rows = [];
        private int _lastDocument;

        public string Name { get; } = name;

        /// <summary>The index of its first fact in the table's order.</summary>
        public int First { get; } = first;

        public int Count { get; private set; }

        public bool AnyActual { get; private set; }

        /// <summary>Distinct documents: the facts come by document number, so a new number is a new document.</summary>
        public int Documents { get; private set; }

        /// <summary>The actual figures a section prints, in <see cref="EntitySections.RowOrder"/>.</summary>
        public IReadOnlyList<FactView> Rows => _rows;

        /// <summary>The three most frequent indicators (or metric labels), most facts first, then by name.</summary>
        public IReadOnlyList<(string Indicator, int Count)> TopIndicators() =>
            [.. _indicators.OrderByDescending(i => i.Value).ThenBy(i => i.Key, StringComparer.Ordinal).Take(3).Select(i => (i.Key, i.Value))];

        public void Add(FactView f)
        {
            Count++;
            if (Documents == 0 || f.Document.Number != _lastDocument)
            {
                (_lastDocument, Documents) = (f.Document.Number, Documents + 1);
            }

            var indicator = f.Fact.Indicator.Length > 0 ? f.Fact.Indicator : f.Metric.LabelZh;
            _indicators[indicator] = _indicators.GetValueOrDefault(indicator) + 1;
            if (f.Fact.Nature == Nature.Actual)
            {
                AnyActual = true;
                StableOrder.Keep(_rows, f, EntitySections.RowOrder, EntitySections.MaxRows);
            }
        }
    }
}
