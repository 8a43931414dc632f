using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Reads facts.sqlite back in the fact table's order: documents by name (ordinal, the input listing's order), facts and
/// skipped mentions by document, each document's in rowid order, a finding's members in their facts' order. A document's rows are always written together in the
/// table's order, but a file made from the published one (<see cref="FactStorePatcher"/>) holds a changed document's
/// rows after the others, so the order across documents is restored here, not taken from the rowids.
/// </summary>
internal static class FactStoreReader
{
    public static void CheckVersion(SqliteConnection connection)
    {
        var version = Query(connection, "SELECT value FROM meta WHERE key = 'schema_version'", r => r.GetString(0)).SingleOrDefault();
        if (version != SqliteSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new FormatException($"facts.sqlite schema version '{version ?? "(none)"}' is not {SqliteSchema.Version}.");
        }
    }

    public static FactTable ReadTable(SqliteConnection connection)
    {
        var documents = Query(connection,
            "SELECT name, sha256, size_bytes, encoding, language, title, date, length, format, author, publisher, url, page_starts FROM documents ORDER BY rowid", r =>
            new DocumentInfo(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), DocumentLanguageCodes.Parse(r.GetString(4)),
                r.GetString(5), r.IsDBNull(6) ? null : PeriodText.ParsePoint(r.GetString(6)), r.GetInt32(7))
            {
                Format = r.GetString(8),
                Author = r.IsDBNull(9) ? null : r.GetString(9),
                Publisher = r.IsDBNull(10) ? null : r.GetString(10),
                Url = r.IsDBNull(11) ? null : r.GetString(11),
                Pages = r.IsDBNull(12) ? null : new PageMap(SqliteText.ParseOffsets(r.GetString(12))),
            });
        var spans = Query(connection, "SELECT fact_id, start, \"end\" FROM occurrences ORDER BY fact_id, ordinal", r =>
                (Id: r.GetString(0), Span: new SourceSpan(r.GetInt32(1), r.GetInt32(2))))
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SourceSpan>)[.. g.Select(s => s.Span)], StringComparer.Ordinal);
        var facts = Query(connection,
            "SELECT id, doc, metric, subject, value, value_high, unit, qualifier, as_of, section, quote, start, \"end\", as_of_basis, entity, indicator, nature, aggregation, measure FROM facts ORDER BY rowid", r =>
            new Fact(r.GetString(0), r.GetString(1), new MetricCode(r.GetString(2)), r.GetString(3), DecimalText.Parse(r.GetString(4)),
                r.IsDBNull(5) ? null : DecimalText.Parse(r.GetString(5)), UnitCodes.Parse(r.GetString(6)), QualifierCodes.Parse(r.GetString(7)),
                PeriodText.Parse(r.IsDBNull(8) ? null : r.GetString(8)), r.GetString(9), r.GetString(10),
                new SourceSpan(r.GetInt32(11), r.GetInt32(12)), spans.GetValueOrDefault(r.GetString(0)) ?? [])
            {
                AsOfBasis = r.IsDBNull(13) ? null : AsOfBasisCodes.Parse(r.GetString(13)),
                Entity = r.GetString(14),
                Indicator = r.GetString(15),
                Nature = MeaningCodes.ParseNature(r.GetString(16)),
                Aggregation = MeaningCodes.ParseAggregation(r.GetString(17)),
                Measure = r.IsDBNull(18) ? null : r.GetString(18),
            });
        var skipped = Query(connection, "SELECT doc, start, \"end\", text, reason FROM skipped ORDER BY rowid", r =>
            new SkippedMention(r.GetString(0), new SourceSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3), r.GetString(4)));
        var issues = Query(connection, "SELECT doc, severity, message FROM issues ORDER BY rowid", r =>
            new RunIssue(SqliteText.ParseSeverity(r.GetString(1)), r.IsDBNull(0) ? null : r.GetString(0), r.GetString(2)));
        List<DocumentInfo> listed = [.. documents.OrderBy(d => d.Name, StringComparer.Ordinal)];
        List<Fact> ordered = [.. facts.OrderBy(f => f.Doc, StringComparer.Ordinal)];
        var order = listed.Select((d, i) => (d.Name, i)).ToDictionary(d => d.Name, d => d.i, StringComparer.Ordinal);
        var position = ordered.Select((f, i) => (f.Id, i)).ToDictionary(f => f.Id, f => f.i, StringComparer.Ordinal);
        return new FactTable(
            listed,
            ordered,
            ReadFindings(connection, id => position.GetValueOrDefault(id, int.MaxValue)),
            [.. skipped.OrderBy(s => order.GetValueOrDefault(s.Doc, int.MaxValue))],
            issues);
    }

    public static IReadOnlyList<RunRecord> ReadRuns(SqliteConnection connection) =>
        Query(connection, $"SELECT {RunColumns.SchemaOneSelectList} FROM runs ORDER BY rowid", RunColumns.Read);

    // Members in their facts' order, as the matcher lists them (a member a patched file added has a later rowid).
    private static List<CrossDocumentFinding> ReadFindings(SqliteConnection connection, Func<string, int> position)
    {
        // A finding's documents are its members' documents, each once, in member order.
        var members = Query(connection, "SELECT finding_id, fact_id, doc FROM finding_facts ORDER BY rowid", r =>
                (Finding: r.GetInt64(0), Fact: r.GetString(1), Doc: r.GetString(2)))
            .OrderBy(m => position(m.Fact))
            .ToLookup(m => m.Finding);
        return Query(connection, "SELECT id, kind, metric, subject, as_of FROM findings ORDER BY id", r =>
            new CrossDocumentFinding(
                FindingKindCodes.Parse(r.GetString(1)),
                new FactKey(new MetricCode(r.GetString(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
                [.. members[r.GetInt64(0)].Select(m => m.Fact)],
                [.. members[r.GetInt64(0)].Select(m => m.Doc).Distinct(StringComparer.Ordinal)]));
    }

    /// <summary>Every row of a query, mapped.</summary>
    public static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
