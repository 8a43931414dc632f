using BeltRoad.Stats.Domain;
using Parquet;
using Parquet.Schema;

namespace BeltRoad.Stats.Storage;

/// <summary>One typed column of facts.parquet: its field and how a row group's values are taken from the facts.</summary>
internal abstract record ParquetColumn(DataField Field)
{
    public abstract Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows);
}

/// <summary>Text, nullable or not.</summary>
internal sealed record TextColumn(string Name, bool Nullable, Func<FactRow, string?> Value) : ParquetColumn(new DataField<string>(Name, Nullable))
{
    public override Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows)
    {
        var values = new string?[rows.Length];
        var span = rows.Span;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value(span[i]) ?? (Nullable ? null : throw new InvalidOperationException($"facts.parquet: {Name} of fact {span[i].Fact.Id} is null"));
        }

        return group.WriteAsync(Field, values!);
    }
}

/// <summary>A value type; null where the fact has none (a nullable field).</summary>
internal sealed record ValueColumn<T>(DataField Field, Func<FactRow, T?> Value) : ParquetColumn(Field)
    where T : struct
{
    public override Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows)
    {
        var span = rows.Span;
        if (Field.IsNullable)
        {
            var nullable = new T?[rows.Length];
            for (var i = 0; i < nullable.Length; i++)
            {
                nullable[i] = Value(span[i]);
            }

            return group.WriteAsync<T>(Field, nullable.AsMemory(), null, null, CancellationToken.None);
        }

        var values = new T[rows.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value(span[i]) ?? throw new InvalidOperationException($"facts.parquet: {Field.Name} of fact {span[i].Fact.Id} is null");
        }

        return group.WriteAsync<T>(Field, values.AsMemory(), null, null, CancellationToken.None);
    }
}

/// <summary>
/// The columns of facts.parquet in order: facts.csv's, typed. <c>value</c> and <c>value_high</c> are decimal(38, 9):
/// exact for a figure written with up to nine decimals (a repeating fraction, 三分之一, is rounded at the ninth; the
/// exact decimal is in facts.json, facts.csv and facts.sqlite); <c>as_of</c> keeps its text (a day, a month, a year or
/// a span, <c>2013/2022</c>) and <c>as_of_start</c>/<c>as_of_end</c> give the first and last day it covers as dates.
/// </summary>
internal static class FactParquetColumns
{
    public const int Precision = 38;
    public const int Scale = 9;

    public static IReadOnlyList<ParquetColumn> All { get; } =
    [
        new TextColumn("id", false, r => r.Fact.Id),
        new TextColumn("doc", false, r => r.Fact.Doc),
        new TextColumn("metric", false, r => r.Fact.Metric.Value),
        new TextColumn("entity", false, r => r.Fact.Entity),
        new TextColumn("indicator", false, r => r.Fact.Indicator),
        new TextColumn("nature", false, r => r.Fact.Nature.Code()),
        new TextColumn("aggregation", false, r => r.Fact.Aggregation.Code()),
        new TextColumn("subject", false, r => r.Fact.Subject),
        new ValueColumn<decimal>(Decimal("value", nullable: false), r => Exact(r.Fact.Value)),
        new ValueColumn<decimal>(Decimal("value_high", nullable: true), r => r.Fact.ValueHigh is { } high ? Exact(high) : null),
        new TextColumn("unit", false, r => r.Fact.Unit.Code()),
        new TextColumn("qualifier", false, r => r.Fact.Qualifier.Code()),
        new TextColumn("as_of", true, r => r.Fact.AsOf?.ToString()),
        new ValueColumn<DateOnly>(new DataField<DateOnly?>("as_of_start"), r => r.Fact.AsOf?.From.FirstDay),
        new ValueColumn<DateOnly>(new DataField<DateOnly?>("as_of_end"), r => r.Fact.AsOf is { } period ? LastDay(period.Latest) : null),
        new TextColumn("as_of_basis", true, r => r.Fact.AsOfBasis?.Code()),
        new ValueColumn<int>(new DataField<int>("start"), r => r.Fact.Span.Start),
        new ValueColumn<int>(new DataField<int>("end"), r => r.Fact.Span.End),
        new ValueColumn<int>(new DataField<int?>("page"), r => r.Page),
        new ValueColumn<int>(new DataField<int>("occurrences"), r => FactLookup.Spans(r.Fact).Count),
        new TextColumn("section", false, r => r.Fact.SectionPath),
        new TextColumn("quote", false, r => r.Fact.Quote),
    ];

    /// <summary>The value as the column holds it: rounded to the column's scale, half to even.</summary>
    public static decimal Exact(decimal value) => decimal.Round(value, Scale, MidpointRounding.ToEven);

    private static DecimalDataField Decimal(string name, bool nullable) =>
        new(name, Precision, Scale, forceByteArrayEncoding: true, isNullable: nullable);

    private static DateOnly LastDay(PeriodPoint point) => point.Precision switch
    {
        DatePrecision.Day => point.FirstDay,
        DatePrecision.Month => new DateOnly(point.Year, point.Month, DateTime.DaysInMonth(point.Year, point.Month)),
        DatePrecision.Year => new DateOnly(point.Year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(point), point.Precision, "unknown date precision"),
    };
}
