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

/// <summary>A fact as a row: with the page of its document it stands on (PDF input), which the document knows.</summary>
internal sealed record FactRow(Fact Fact, int? Page);

/// <summary>
/// The fact columns, in one place for every table that holds facts (facts.sqlite and both store backends), so
/// a new fact field is one line here (appended: a released schema step names <see cref="SchemaTwo"/>, and a new step
/// adds the column). <c>value</c> is the exact decimal text (as in facts.json/csv), <c>value_num</c> the same as a
/// float for sorting and arithmetic in queries. With <c>measure</c> (facts.sqlite schema 3, run store schema 5) a row
/// holds every field of the fact a report prints, so a fact read back from a store is the fact the run had.
/// </summary>
internal static class FactColumns
{
    /// <summary>The columns as facts.sqlite schema 2 and the run store's schema steps 2–4 were released with.</summary>
    public static IReadOnlyList<Column<FactRow>> SchemaTwo { get; } =
    [
        new("id", ColumnType.Text, false, r => r.Fact.Id),
        new("doc", ColumnType.Text, false, r => r.Fact.Doc),
        new("metric", ColumnType.Text, false, r => r.Fact.Metric.Value),
        new("entity", ColumnType.Text, false, r => r.Fact.Entity),
        new("indicator", ColumnType.Text, false, r => r.Fact.Indicator),
        new("nature", ColumnType.Text, false, r => r.Fact.Nature.Code()),
        new("aggregation", ColumnType.Text, false, r => r.Fact.Aggregation.Code()),
        new("subject", ColumnType.Text, false, r => r.Fact.Subject),
        new("value", ColumnType.Text, false, r => DecimalText.Format(r.Fact.Value)),
        new("value_num", ColumnType.Real, false, r => (double)r.Fact.Value),
        new("value_high", ColumnType.Text, true, r => r.Fact.ValueHigh is { } high ? DecimalText.Format(high) : null),
        new("value_high_num", ColumnType.Real, true, r => (double?)r.Fact.ValueHigh),
        new("unit", ColumnType.Text, false, r => r.Fact.Unit.Code()),
        new("qualifier", ColumnType.Text, false, r => r.Fact.Qualifier.Code()),
        new("as_of", ColumnType.Text, true, r => r.Fact.AsOf?.ToString()),
        new("as_of_basis", ColumnType.Text, true, r => r.Fact.AsOfBasis?.Code()),
        new("section", ColumnType.Text, false, r => r.Fact.SectionPath),
        new("quote", ColumnType.Text, false, r => r.Fact.Quote),
        new("start", ColumnType.Integer, false, r => (long)r.Fact.Span.Start),
        new("end", ColumnType.Integer, false, r => (long)r.Fact.Span.End),
        new("page", ColumnType.Integer, true, r => r.Page is { } page ? page : null),
    ];

    /// <summary>Schema 2's columns, then those added since (facts.sqlite schema 3, the run store's step 5: <c>measure</c>).</summary>
    public static IReadOnlyList<Column<FactRow>> All { get; } =
    [
        .. SchemaTwo,
        new("measure", ColumnType.Text, true, r => r.Fact.Measure),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static string Definitions(SqlDialect dialect) => Definitions(All, dialect);

    public static string Definitions(IEnumerable<Column<FactRow>> columns, SqlDialect dialect) => string.Join(", ", columns.Select(c => c.Definition(dialect)));
}

/// <summary>
/// The documents table's columns, in one place for facts.sqlite and the run store, so both bind the same value to
/// the same column.
/// </summary>
internal static class DocumentColumns
{
    public static IReadOnlyList<Column<DocumentInfo>> All { get; } =
    [
        new("name", ColumnType.Text, false, d => d.Name),
        new("sha256", ColumnType.Text, false, d => d.Sha256),
        new("size_bytes", ColumnType.Integer, false, d => d.SizeBytes),
        new("encoding", ColumnType.Text, false, d => d.Encoding),
        new("language", ColumnType.Text, false, d => d.Language.Code()),
        new("title", ColumnType.Text, false, d => d.Title),
        new("date", ColumnType.Text, true, d => d.Date?.ToString()),
        new("length", ColumnType.Integer, false, d => (long)d.Length),
        new("format", ColumnType.Text, false, d => d.Format),
        new("author", ColumnType.Text, true, d => d.Author),
        new("publisher", ColumnType.Text, true, d => d.Publisher),
        new("url", ColumnType.Text, true, d => d.Url),
        new("pages", ColumnType.Integer, true, d => d.Pages is { } pages ? (long)pages.Count : null),
        new("page_starts", ColumnType.Text, true, d => d.Pages is { } pages ? SqliteText.Offsets(pages.Starts) : null),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);
}
