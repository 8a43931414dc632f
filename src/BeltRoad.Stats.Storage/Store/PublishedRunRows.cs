using System.Data.Common;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A published run's rows in the store (schema 3), costing what changed: its documents, the fact set of each
/// document and its findings. A fact set (one document's facts as one program and configuration gave them) and a
/// finding are stored once, under their <see cref="ContentKey"/> (a fact set's from the document's extraction key when
/// the run knows it); a run that gives the same rows again only names them. The views <c>facts</c>, <c>findings</c> and <c>finding_facts</c> give every run its rows back in the v2 shape.
/// </summary>
internal static class PublishedRunRows
{
    private const string DoNothing = " DO NOTHING";

    /// <summary>The first value of a set key made from a document's extraction key.</summary>
    private const string FromExtraction = "fact set of the extraction";

    public static void Write(DbConnection connection, DbTransaction transaction, string runId, FactTable table, IReadOnlyDictionary<string, string>? documentKeys)
    {
        foreach (var listed in new[] { "run_findings", "run_fact_sets", "documents" })
        {
            Sql.Execute(connection, transaction, $"DELETE FROM {listed} WHERE run_id = @p0", runId);
        }

        WriteDocuments(connection, transaction, runId, table.Documents);
        WriteFactSets(connection, transaction, runId, table, documentKeys);
        WriteFindings(connection, transaction, runId, table);
    }

    private static void WriteDocuments(DbConnection connection, DbTransaction transaction, string runId, IReadOnlyList<DocumentInfo> documents)
    {
        using var insert = RowInserter.Open(connection, transaction, "documents", ["run_id", .. DocumentColumns.Names]);
        foreach (var d in documents)
        {
            insert.Insert(runId, DocumentColumns.All, d);
        }

        insert.Complete();
    }

    // Each table whole before the next (sets, the run's list, then the new sets' rows): a COPY holds the connection.
    private static void WriteFactSets(DbConnection connection, DbTransaction transaction, string runId, FactTable table, IReadOnlyDictionary<string, string>? documentKeys)
    {
        var pages = FactLookup.Pages(table);
        var documents = ByDocument(table.Facts);
        var keys = SetKeys(documents, pages, documentKeys);
        var added = new List<int>();
        using (var sets = RowInserter.Open(connection, transaction, "fact_sets", ["fact_set", "doc", "facts"], "(fact_set)" + DoNothing))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                if (sets.Insert(keys[i], documents[i][0].Doc, (long)documents[i].Count) == 1)
                {
                    added.Add(i);
                }
            }
        }

        using (var runSets = RowInserter.Open(connection, transaction, "run_fact_sets", ["run_id", "doc", "fact_set"]))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                runSets.Insert(runId, documents[i][0].Doc, keys[i]);
            }

            runSets.Complete();
        }

        using var setFacts = RowInserter.Open(connection, transaction, "set_facts", ["fact_set", .. FactColumns.Names]);
        foreach (var i in added)
        {
            documents[i].ForEach(fact => setFacts.Insert(keys[i], FactColumns.All, new FactRow(fact, pages(fact))));
        }

        setFacts.Complete();
    }

    /// <summary>
    /// Every document's set key: from its extraction key when it has one (its facts are a pure function of that key,
    /// as the extraction cache relies on), so a run with one new document hashes no facts; else from its facts'
    /// content, hashed on every core. The two never meet: a fact set hashes a whole row of values per fact, an extraction key two values.
    /// </summary>
    private static string[] SetKeys(List<List<Fact>> documents, Func<Fact, int?> pages, IReadOnlyDictionary<string, string>? documentKeys)
    {
        var keys = new string[documents.Count];
        Parallel.For(0, documents.Count, () => new ContentKey(), (i, _, key) =>
        {
            if (documentKeys?.GetValueOrDefault(documents[i][0].Doc) is { } extraction)
            {
                key.Add(FromExtraction);
                key.Add(extraction);
            }
            else
            {
                documents[i].ForEach(fact => key.Add(FactColumns.All, new FactRow(fact, pages(fact))));
            }

            keys[i] = key.Finish();
            return key;
        }, key => key.Dispose());
        return keys;
    }

    /// <summary>Findings numbered from 1 in the table's order, as in facts.sqlite.</summary>
    private static void WriteFindings(DbConnection connection, DbTransaction transaction, string runId, FactTable table)
    {
        var byId = FactLookup.ById(table);
        var findings = table.Findings;
        var docs = findings.Select(f => f.FactIds.Select(factId => FactLookup.Get(byId, factId).Doc).ToList()).ToList();
        var keys = FindingKeys(findings, docs);
        var added = new List<int>();
        using (var sets = RowInserter.Open(connection, transaction, "finding_sets", ["finding_set", "kind", "metric", "subject", "as_of"], "(finding_set)" + DoNothing))
        {
            for (var i = 0; i < findings.Count; i++)
            {
                if (sets.Insert([keys[i], .. FindingValues(findings[i])]) == 1)
                {
                    added.Add(i);
                }
            }
        }

        using (var runFindings = RowInserter.Open(connection, transaction, "run_findings", ["run_id", "id", "finding_set"]))
        {
            for (var i = 0; i < findings.Count; i++)
            {
                runFindings.Insert(runId, i + 1L, keys[i]);
            }

            runFindings.Complete();
        }

        using var members = RowInserter.Open(connection, transaction, "finding_set_facts", ["finding_set", "fact_id", "doc"]);
        foreach (var i in added)
        {
            for (var m = 0; m < docs[i].Count; m++)
            {
                members.Insert(keys[i], findings[i].FactIds[m], docs[i][m]);
            }
        }

        members.Complete();
    }

    private static object?[] FindingValues(CrossDocumentFinding finding) =>
        [FindingKindCodes.Code(finding.Kind), finding.Key.Metric.Value, finding.Key.Subject, finding.Key.AsOf];

    private static string[] FindingKeys(IReadOnlyList<CrossDocumentFinding> findings, List<List<string>> docs)
    {
        using var key = new ContentKey();
        var keys = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            Array.ForEach(FindingValues(findings[i]), key.Add);
            for (var m = 0; m < docs[i].Count; m++)
            {
                key.Add(findings[i].FactIds[m]);
                key.Add(docs[i][m]);
            }

            keys[i] = key.Finish();
        }

        return keys;
    }

    /// <summary>The facts of each document, in the table's order.</summary>
    private static List<List<Fact>> ByDocument(IReadOnlyList<Fact> facts)
    {
        var byDoc = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var order = new List<List<Fact>>();
        foreach (var fact in facts)
        {
            if (!byDoc.TryGetValue(fact.Doc, out var list))
            {
                byDoc[fact.Doc] = list = [];
                order.Add(list);
            }

            list.Add(fact);
        }

        return order;
    }
}
