using System.Globalization;
using BeltRoad.Stats.Domain;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Reads facts.sqlite back in the fact table's order: documents by name (ordinal, the input listing's order), facts and
/// skipped mentions by document, each document's in rowid order, a finding's members in their facts' order. This
/// program writes a file whole, in the table's order; one that an earlier version patched from its published file holds
/// a changed document's rows after the others, so <see cref="ReadTable"/> restores the order across documents rather
/// than take it from the rowids. The exports' streams (<see cref="StreamExported"/>, <see cref="StreamFindings"/>) read
/// the run's own file, just written, in rowid order.
/// </summary>
internal static class FactStoreReader
{
    /// <summary>The oldest schema whose facts can still be read (<see cref="StreamFacts"/>): 2, without <c>measure</c>.</summary>
    private const int OldestReadable = 2;

    /// <summary>The fact columns a <see cref="Fact"/> is made from, in <see cref="ReadFact"/>'s order; <c>measure</c> last.</summary>
    private const string FactSelect =
        "f.id, f.doc, f.metric, f.subject, f.value, f.value_high, f.unit, f.qualifier, f.as_of, f.section, f.quote, f.start, f.\"end\", " +
        "f.as_of_basis, f.entity, f.indicator, f.nature, f.aggregation";

    public static void CheckVersion(SqliteConnection connection) => CheckVersion(connection, SqliteSchema.Version);

    /// <summary>The file's schema version, when it is one from <paramref name="oldest"/> to this program's.</summary>
    private static int CheckVersion(SqliteConnection connection, int oldest)
    {
        var text = Query(connection, "SELECT value FROM meta WHERE key = 'schema_version'", r => r.GetString(0)).SingleOrDefault();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < oldest || version > SqliteSchema.Version)
        {
            var expected = oldest == SqliteSchema.Version ? $"{SqliteSchema.Version}" : $"{oldest} to {SqliteSchema.Version}";
            throw new FormatException($"facts.sqlite schema version '{text ?? "(none)"}' is not {expected}.");
        }

        return version;
    }

    /// <summary>
    /// The facts, with their occurrences, one at a time in each document's order (rowid): all of them, or
    /// <paramref name="doc"/>'s only (by the index on doc, no sort). A file of schema 2 gives its facts without a measure.
    /// Only the fact being read is held, so reading a whole file costs one fact's memory, not the table's.
    /// </summary>
    public static IEnumerable<Fact> StreamFacts(SqliteConnection connection, string? doc = null)
    {
        var measure = CheckVersion(connection, OldestReadable) >= 3 ? "f.measure" : "NULL";
        return Stream(connection, measure, "", doc, static _ => 0).Select(static r => r.Fact);
    }

    /// <summary>
    /// Every fact in rowid order (the table's, in a file written whole) as the exports write it: with its page and the
    /// number of the finding it is in (by the index on a member's fact). One fact is held at a time.
    /// </summary>
    public static IEnumerable<ExportedFact> StreamExported(SqliteConnection connection) =>
        Stream(connection, "f.measure", ", f.page, (SELECT m.finding_id FROM finding_facts m WHERE m.fact_id = f.id)", null,
                static r => (Page: r.IsDBNull(21) ? (int?)null : r.GetInt32(21), Finding: r.IsDBNull(22) ? (int?)null : r.GetInt32(22)))
            .Select(static r => new ExportedFact(r.Fact, r.Extra.Page, r.Extra.Finding));

    /// <summary>
    /// The findings in their order, each with its members in the order written (finding_facts' rowids: a file written
    /// whole lists them finding by finding) and their documents, each once, in member order. One finding is held at a time.
    /// </summary>
    /// <exception cref="FormatException">The findings are not numbered 1, 2, 3… in the members' order, or one has no members.</exception>
    public static IEnumerable<CrossDocumentFinding> StreamFindings(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.id, f.kind, f.metric, f.subject, f.as_of, m.fact_id, m.doc " +
            "FROM finding_facts m JOIN findings f ON f.id = m.finding_id ORDER BY m.rowid";
        using var reader = command.ExecuteReader();
        var more = reader.Read();
        var expected = 1L;
        while (more)
        {
            var id = reader.GetInt64(0);
            if (id != expected++)
            {
                throw new FormatException($"facts.sqlite lists the members of finding {id} where those of finding {expected - 1} belong.");
            }

            var key = new FactKey(new MetricCode(reader.GetString(2)), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            var kind = FindingKindCodes.Parse(reader.GetString(1));
            var facts = new List<string>();
            var documents = new List<string>();
            do
            {
                facts.Add(reader.GetString(5));
                var doc = reader.GetString(6);
                if (!documents.Contains(doc, StringComparer.Ordinal))
                {
                    documents.Add(doc);
                }
            }
            while ((more = reader.Read()) && reader.GetInt64(0) == id);

            yield return new CrossDocumentFinding(kind, key, facts, documents);
        }

        var findings = (long)Sql.Scalar(connection, null, "SELECT COUNT(*) FROM findings")!;
        if (findings != expected - 1)
        {
            throw new FormatException($"facts.sqlite has {findings} findings, of which {expected - 1} have members.");
        }
    }

    // Each fact of the query with what `extra` reads of its first row (columns from 21 on: `extraColumns`), its
    // occurrences gathered from its rows.
    private static IEnumerable<(Fact Fact, T Extra)> Stream<T>(SqliteConnection connection, string measure, string extraColumns, string? doc, Func<SqliteDataReader, T> extra)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {FactSelect}, {measure}, o.start, o.\"end\"{extraColumns} FROM facts f LEFT JOIN occurrences o ON o.fact_id = f.id " +
            (doc is null ? "" : "WHERE f.doc = $doc ") + "ORDER BY f.rowid, o.ordinal";
        if (doc is not null)
        {
            command.Parameters.AddWithValue("$doc", doc);
        }

        using var reader = command.ExecuteReader();
        var more = reader.Read();
        while (more)
        {
            var id = reader.GetString(0);
            var fact = ReadFact(reader, []);
            var extras = extra(reader);
            var spans = new List<SourceSpan>(1);
            do
            {
                if (!reader.IsDBNull(19))
                {
                    spans.Add(new SourceSpan(reader.GetInt32(19), reader.GetInt32(20)));
                }
            }
            while ((more = reader.Read()) && reader.GetString(0) == id);

            yield return (fact with { Occurrences = spans }, extras);
        }
    }

    /// <summary>
    /// The facts of the named documents, in the order asked, each document's read by <see cref="StreamFacts"/>; for a
    /// caller that knows how many facts each has (the published run's account). Streamed as well: a document's count
    /// is checked when its facts have been given.
    /// </summary>
    /// <exception cref="FormatException">A document has another number of facts than stated.</exception>
    public static IEnumerable<Fact> FactsOf(SqliteConnection connection, IEnumerable<(string Doc, int Count)> documents)
    {
        foreach (var (doc, count) in documents)
        {
            var read = 0;
            foreach (var fact in StreamFacts(connection, doc))
            {
                read++;
                yield return fact;
            }

            if (read != count)
            {
                throw new FormatException($"facts.sqlite has {read} facts of '{doc}', where its run's account says {count}.");
            }
        }
    }

    /// <summary>A fact from <see cref="FactSelect"/>'s columns and the measure after them, with <paramref name="spans"/> as its occurrences.</summary>
    private static Fact ReadFact(SqliteDataReader r, IReadOnlyList<SourceSpan> spans) =>
        new(r.GetString(0), r.GetString(1), new MetricCode(r.GetString(2)), r.GetString(3), DecimalText.Parse(r.GetString(4)),
            r.IsDBNull(5) ? null : DecimalText.Parse(r.GetString(5)), UnitCodes.Parse(r.GetString(6)), QualifierCodes.Parse(r.GetString(7)),
            PeriodText.Parse(r.IsDBNull(8) ? null : r.GetString(8)), r.GetString(9), r.GetString(10),
            new SourceSpan(r.GetInt32(11), r.GetInt32(12)), spans)
        {
            AsOfBasis = r.IsDBNull(13) ? null : AsOfBasisCodes.Parse(r.GetString(13)),
            Entity = r.GetString(14),
            Indicator = r.GetString(15),
            Nature = MeaningCodes.ParseNature(r.GetString(16)),
            Aggregation = MeaningCodes.ParseAggregation(r.GetString(17)),
            Measure = r.IsDBNull(18) ? null : r.GetString(18),
        };

    /// <summary>The documents in rowid order.</summary>
    public static List<DocumentInfo> ReadDocuments(SqliteConnection connection) =>
        Query(connection,
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

    public static FactTable ReadTable(SqliteConnection connection)
    {
        var documents = ReadDocuments(connection);
        var spans = Query(connection, "SELECT fact_id, start, \"end\" FROM occurrences ORDER BY fact_id, ordinal", r =>
                (Id: r.GetString(0), Span: new SourceSpan(r.GetInt32(1), r.GetInt32(2))))
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SourceSpan>)[.. g.Select(s => s.Span)], StringComparer.Ordinal);
        var facts = Query(connection, $"SELECT {FactSelect}, f.measure FROM facts f ORDER BY f.rowid",
            r => ReadFact(r, spans.GetValueOrDefault(r.GetString(0)) ?? []));
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

    // Members in their facts' order, as the matcher lists them (in a file an earlier version patched, a member it added has a later rowid).
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
