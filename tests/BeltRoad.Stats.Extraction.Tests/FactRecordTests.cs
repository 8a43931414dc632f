using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// The fact record keeps its parameters in fewer bytes than the compiler would (issue 54): each property still reads
/// back what was given, through the constructor and through <c>with</c>.
/// </summary>
public class FactRecordTests
{
    private static readonly SourceSpan Where = new(10, 17);

    private static Fact Once(decimal? high = null, Unit unit = Unit.Trains, Qualifier qualifier = Qualifier.Exact) =>
        new("7bb36469666b", "a.txt", new MetricCode("train_count"), "中欧班列累计开行", 74000.0m, high, unit, qualifier,
            Period.AsOf(PeriodPoint.MonthEnd(2023, 6)), "二、", "中欧班列累计开行超过7.4万列", Where, [Where]);

    [Fact]
    public void Every_unit_qualifier_nature_aggregation_and_as_of_basis_reads_back_as_given()
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            Assert.Equal(unit, Once(unit: unit).Unit);
            Assert.Equal(unit, (Once() with { Unit = unit }).Unit);
        }

        foreach (var qualifier in Enum.GetValues<Qualifier>())
        {
            Assert.Equal(qualifier, Once(qualifier: qualifier).Qualifier);
        }

        foreach (var nature in Enum.GetValues<Nature>())
        {
            Assert.Equal(nature, (Once() with { Nature = nature }).Nature);
        }

        foreach (var aggregation in Enum.GetValues<Aggregation>())
        {
            Assert.Equal(aggregation, (Once() with { Aggregation = aggregation }).Aggregation);
        }

        foreach (var basis in Enum.GetValues<AsOfBasis>().Cast<AsOfBasis?>().Append(null))
        {
            Assert.Equal(basis, (Once() with { AsOfBasis = basis }).AsOfBasis);
        }

        Assert.Equal((Nature.Actual, Aggregation.Level, (AsOfBasis?)null), (Once().Nature, Once().Aggregation, Once().AsOfBasis));
    }

    [Fact]
    public void A_value_no_byte_can_hold_is_refused_where_it_is_given()
    {
        Assert.Throws<OverflowException>(() => Once(unit: (Unit)256));
        Assert.Throws<OverflowException>(() => Once() with { Nature = (Nature)(-1) });
    }

    [Fact]
    public void A_range_keeps_its_upper_end_exactly_as_written_and_a_single_value_has_none()
    {
        Assert.Null(Once().ValueHigh);
        Assert.Equal("9.70", Once(9.70m).ValueHigh!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null((Once(9.70m) with { ValueHigh = null }).ValueHigh);
        Assert.Equal(12m, (Once() with { ValueHigh = 12m }).ValueHigh);
    }

    [Fact]
    public void Two_facts_with_the_same_occurrences_in_different_lists_are_equal_and_hash_alike()
    {
        SourceSpan[] first = [Where, new(900, 907)];
        var one = Once() with { Occurrences = first };
        var other = Once() with { Occurrences = new List<SourceSpan> { Where, new(900, 907) } };
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, Once() with { Occurrences = [Where, new(900, 908)] });

        // The record holds a copy: changing the caller's array afterwards changes nothing.
        first[1] = new(1, 2);
        Assert.Equal(new SourceSpan(900, 907), one.Occurrences[1]);
    }

    [Fact]
    public void A_fact_stated_once_reads_its_span_as_its_one_occurrence_and_a_repeated_one_its_own_list()
    {
        Assert.Equal([Where], Once().Occurrences);
        var repeated = Once() with { Occurrences = [Where, new(900, 907)] };
        Assert.Equal([Where, new SourceSpan(900, 907)], repeated.Occurrences);
        Assert.Same(repeated.Occurrences, repeated.Occurrences);
        Assert.Equal([new SourceSpan(1, 2)], (Once() with { Occurrences = [new(1, 2)] }).Occurrences);

        // "First is Span": a copy with another span alone moves a once-stated fact's occurrence with it.
        Assert.Equal([new SourceSpan(3, 9)], (Once() with { Span = new(3, 9) }).Occurrences);
        Assert.Equal([Where, new SourceSpan(900, 907)], (repeated with { Span = new(3, 9) }).Occurrences);
        Assert.Throws<ArgumentNullException>(() => Once() with { Occurrences = null! });
    }

    [Fact]
    public void A_facts_occurrence_count_is_its_lists_count_without_building_it()
    {
        Assert.Equal(1, Once().OccurrenceCount);
        Assert.Equal(2, (Once() with { Occurrences = [Where, new(900, 907)] }).OccurrenceCount);
        Assert.Equal(1, (Once() with { Occurrences = [] }).OccurrenceCount);
    }

    [Fact]
    public void A_fact_given_no_occurrences_is_stated_once_at_its_span()
    {
        var fact = Once() with { Occurrences = [] };

        Assert.Equal([Where], fact.Occurrences);
        Assert.Equal(Where, fact.OccurrenceAt(0));
        Assert.Equal(Once(), fact);
    }

    [Fact]
    public void A_facts_occurrences_read_by_index_are_its_lists_and_the_first_is_its_span()
    {
        var twice = Once() with { Occurrences = [Where, new(900, 907)] };

        Assert.Equal(Where, Once().OccurrenceAt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Once().OccurrenceAt(1));
        Assert.Equal(new SourceSpan(900, 907), twice.OccurrenceAt(1));
        Assert.Equal(twice.Occurrences, Enumerable.Range(0, twice.OccurrenceCount).Select(twice.OccurrenceAt));
    }

    [Fact]
    public void Facts_made_alike_are_equal_and_any_property_tells_them_apart()
    {
        Assert.Equal(Once(), Once());
        Assert.Equal(Once().GetHashCode(), Once().GetHashCode());
        Assert.Equal(Once(9.7m), Once(9.70m));
        Assert.NotEqual(Once(), Once(9.7m));
        Assert.NotEqual(Once(), Once(unit: Unit.TEU));
        Assert.NotEqual(Once(), Once() with { AsOfBasis = AsOfBasis.Sentence });
        Assert.NotEqual(Once(), Once() with { Occurrences = [Where, new(900, 907)] });
    }
}
