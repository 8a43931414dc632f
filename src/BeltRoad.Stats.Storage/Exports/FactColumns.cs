using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

internal enum ColumnType
{
    Text,
    Integer,
    Real,
}

/// <summary>One column of a table: its name, type, whether it may be null, and how a row's value is taken.</summary>
internal sealed record Column<T>(string Name, ColumnType Type, bool Nullable, Func<T, object?> Value)
{
    public string Definition(SqlDialect dialect) => $"\"{Name}\" {dialect.TypeOf(Type)}{(Nullable ? "" : " NOT NULL")}";
}

/// <summary>
/// The fact columns, in one place for every table that holds facts (facts.sqlite and both store backends), so
/// a new fact field is one line here. <c>value</c> is the exact decimal text (as in facts.json/csv),
/// <c>value_num</c> the same as a float for sorting and arithmetic in queries.
/// </summary>
internal static class FactColumns
{
    public static IReadOnlyList<Column<Fact>> All { get; } =
    [
        new("id", ColumnType.Text, false, f => f.Id),
        new("doc", ColumnType.Text, false, f => f.Doc),
        new("metric", ColumnType.Text, false, f => f.Metric.Value),
        new("entity", ColumnType.Text, false, f => f.Entity),
        new("indicator", ColumnType.Text, false, f => f.Indicator),
        new("nature", ColumnType.Text, false, f => f.Nature.Code()),
        new("aggregation", ColumnType.Text, false, f => f.Aggregation.Code()),
        new("subject", ColumnType.Text, false, f => f.Subject),
        new("value", ColumnType.Text, false, f => DecimalText.Format(f.Value)),
        new("value_num", ColumnType.Real, false, f => (double)f.Value),
        new("value_high", ColumnType.Text, true, f => f.ValueHigh is { } high ? DecimalText.Format(high) : null),
        new("value_high_num", ColumnType.Real, true, f => (double?)f.ValueHigh),
        new("unit", ColumnType.Text, false, f => f.Unit.Code()),
        new("qualifier", ColumnType.Text, false, f => f.Qualifier.Code()),
        new("as_of", ColumnType.Text, true, f => f.AsOf?.ToString()),
        new("as_of_basis", ColumnType.Text, true, f => f.AsOfBasis?.Code()),
        new("section", ColumnType.Text, false, f => f.SectionPath),
        new("quote", ColumnType.Text, false, f => f.Quote),
        new("start", ColumnType.Integer, false, f => (long)f.Span.Start),
        new("end", ColumnType.Integer, false, f => (long)f.Span.End),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static object?[] Values(Fact fact) => [.. All.Select(c => c.Value(fact))];

    public static string Definitions(SqlDialect dialect) => string.Join(", ", All.Select(c => c.Definition(dialect)));
}
