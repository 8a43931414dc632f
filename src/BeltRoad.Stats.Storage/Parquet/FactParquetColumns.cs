using System.Buffers;
using BeltRoad.Stats.Domain;
using Parquet;
using Parquet.Schema;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// One typed column of facts.parquet: its field and how a row group's values are taken from the facts. A group's values
/// go through an array rented from the shared pool and given back after it is written: a new array per column and group
/// (0.4–1.2 MB, on the large object heap) was garbage the collector left for its rare full collections, so the writer's
/// peak grew with the number of groups (+67 MB at 100 MB of input, +157 MB at 300 MB; docs/scale.md, "Cost model").
/// </summary>
internal abstract record ParquetColumn(DataField Field)
{
    public abstract Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows);
}

/// <summary>Text, nullable or not.</summary>
internal sealed record TextColumn(string Name, bool Nullable, Func<FactRow, string?> Value) : ParquetColumn(new DataField<string>(Name, Nullable))
{
    public override async Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows)
    {
        var values = ArrayPool<string?>.Shared.Rent(rows.Length);
        try
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows.Span[i];
                values[i] = Value(row) ?? (Nullable ? null : throw new InvalidOperationException($"facts.parquet: {Name} of fact {row.Fact.Id} is null"));
            }

            await group.WriteAsync(Field, new ArraySegment<string>(values!, 0, rows.Length)).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<string?>.Shared.Return(values, clearArray: true);
        }
    }
}

/// <summary>A value type; null where the fact has none (a nullable field).</summary>
internal sealed record ValueColumn<T>(DataField Field, Func<FactRow, T?> Value) : ParquetColumn(Field)
    where T : struct
{
    public override async Task WriteAsync(ParquetRowGroupWriter group, ReadOnlyMemory<FactRow> rows)
    {
        if (Field.IsNullable)
        {
            var nullable = ArrayPool<T?>.Shared.Rent(rows.Length);
            try
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    nullable[i] = Value(rows.Span[i]);
                }

                await group.WriteAsync<T>(Field, nullable.AsMemory(0, rows.Length), null, null, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<T?>.Shared.Return(nullable);
            }

            return;
        }

        var values = ArrayPool<T>.Shared.Rent(rows.Length);
        try
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows.Span[i];
                values[i] = Value(row) ?? throw new InvalidOperationException($"facts.parquet: {Field.Name} of fact {row.Fact.Id} is null");
            }

            await group.WriteAsync<T>(Field, values.AsMemory(0, rows.Length), null, null, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values);
        }
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
        new ValueColumn<DateOnly>(new DataField<DateOnly?>("as_of_end"), r => r.Fact.AsOf is { } period ? period.Latest.LastDay : null),
        new TextColumn("as_of_basis", true, r => r.Fact.AsOfBasis?.Code()),
        new ValueColumn<int>(new DataField<int>("start"), r => r.Fact.Span.Start),
        new ValueColumn<int>(new DataField<int>("end"), r => r.Fact.Span.End),
        new ValueColumn<int>(new DataField<int?>("page"), r => r.Page),
        new ValueColumn<int>(new DataField<int>("occurrences"), r => r.Fact.OccurrenceCount),
        new TextColumn("section", false, r => r.Fact.SectionPath),
        new TextColumn("quote", false, r => r.Fact.Quote),
    ];

    /// <summary>The value as the column holds it: rounded to the column's scale, half to even.</summary>
    public static decimal Exact(decimal value) => decimal.Round(value, Scale, MidpointRounding.ToEven);

    private static DecimalDataField Decimal(string name, bool nullable) =>
        new(name, Precision, Scale, forceByteArrayEncoding: true, isNullable: nullable);
}
