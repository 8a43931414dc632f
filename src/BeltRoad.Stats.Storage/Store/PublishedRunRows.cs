using System.Data.Common;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A published run's rows in the store (schema 3), costing what changed: its documents, the fact set of each
/// document and its findings. A fact set (one document's facts as one program and configuration gave them) and a
/// finding are stored once, under their <see cref="ContentKey"/>; a run that gives the same rows again only names
/// them. The views <c>facts</c>, <c>findings</c> and <c>finding_facts</c> give every run its rows back in the v2 shape.
/// </summary>
internal static class PublishedRunRows
{
    private const string DoNothing = " DO NOTHING";

    public static void Write(DbConnection connection, DbTransaction transaction, string runId, FactTable table)
    {
        foreach (var listed in new[] { "run_findings", "run_fact_sets", "documents" })
        {
            Sql.Execute(connection, transaction, $"DELETE FROM {listed} WHERE run_id = @p0", runId);
        }

        FactTableRows.WriteDocuments(connection, transaction, table.Documents, runId);
        WriteFactSets(connection, transaction, runId, table);
        WriteFindings(connection, transaction, runId, table);
    }

    private static void WriteFactSets(DbConnection connection, DbTransaction transaction, string runId, FactTable table)
    {
        var pages = FactLookup.Pages(table);
        var documents = ByDocument(table.Facts);
        var keys = SetKeys(documents, pages);
        using var sets = new TableInserter(connection, transaction, "fact_sets", ["fact_set", "doc", "facts"], "(fact_set)" + DoNothing);
        using var setFacts = new TableInserter(connection, transaction, "set_facts", ["fact_set", .. FactColumns.Names]);
        using var runSets = new TableInserter(connection, transaction, "run_fact_sets", "run_id", "doc", "fact_set");
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i][0].Doc;
            if (sets.Insert(keys[i], doc, (long)documents[i].Count) == 1)
            {
                documents[i].ForEach(fact => setFacts.Insert(keys[i], FactColumns.All, new FactRow(fact, pages(fact))));
            }

            runSets.Insert(runId, doc, keys[i]);
        }
    }

    /// <summary>
    /// Every document's set key, hashed on every core: a run hashes all its facts (that is how an unchanged
    /// document is known), so this is most of what recording a run with one new document costs.
    /// </summary>
    private static string[] SetKeys(List<List<Fact>> documents, Func<Fact, int?> pages)
    {
        var keys = new string[documents.Count];
        Parallel.For(0, documents.Count, () => new ContentKey(), (i, _, key) =>
        {
            documents[i].ForEach(fact => key.Add(FactColumns.All, new FactRow(fact, pages(fact))));
            keys[i] = key.Finish();
            return key;
        }, key => key.Dispose());
        return keys;
    }

    /// <summary>Findings numbered from 1 in the table's order, as in facts.sqlite.</summary>
    private static void WriteFindings(DbConnection connection, DbTransaction transaction, string runId, FactTable table)
    {
        var byId = FactLookup.ById(table);
        using var key = new ContentKey();
        using var sets = new TableInserter(connection, transaction, "finding_sets", ["finding_set", "kind", "metric", "subject", "as_of"], "(finding_set)" + DoNothing);
        using var members = new TableInserter(connection, transaction, "finding_set_facts", "finding_set", "fact_id", "doc");
        using var runFindings = new TableInserter(connection, transaction, "run_findings", "run_id", "id", "finding_set");
        var id = 0L;
        foreach (var finding in table.Findings)
        {
            object?[] values = [FindingKindCodes.Code(finding.Kind), finding.Key.Metric.Value, finding.Key.Subject, finding.Key.AsOf];
            var docs = finding.FactIds.Select(factId => FactLookup.Get(byId, factId).Doc).ToList();
            Array.ForEach(values, key.Add);
            for (var i = 0; i < docs.Count; i++)
            {
                key.Add(finding.FactIds[i]);
                key.Add(docs[i]);
            }

            var set = key.Finish();
            if (sets.Insert([set, .. values]) == 1)
            {
                for (var i = 0; i < docs.Count; i++)
                {
                    members.Insert(set, finding.FactIds[i], docs[i]);
                }
            }

            runFindings.Insert(runId, ++id, set);
        }
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
