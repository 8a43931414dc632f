using System.Globalization;
using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>facts.json, facts.csv and facts.sqlite are three views of one table and must say the same.</summary>
public sealed class ExportAgreementTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void All_three_exports_hold_the_same_facts_ids_values_and_spans()
    {
        var table = SampleTables.Rich();
        FactsJsonWriter.WriteFile(folder.Sub("facts.json"), table, SampleTables.Generator);
        FactsCsvWriter.WriteFile(folder.Sub("facts.csv"), table);
        FactStore.Write(folder.Sub("facts.sqlite"), table, SampleRuns.History());

        var fromJson = Key(FactsJsonReader.ReadFile(folder.Sub("facts.json")).Facts);
        var fromSqlite = Key(FactStore.ReadFacts(folder.Sub("facts.sqlite")).Facts);
        var csv = Rfc4180.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(folder.Sub("facts.csv")).AsSpan(3)));
        int Column(string name) => csv[0].IndexOf(name);
        var fromCsv = csv.Skip(1).Select(r =>
            (r[Column("id")], r[Column("doc")], Dec(r[Column("value")]), r[Column("value_high")] == "" ? (decimal?)null : Dec(r[Column("value_high")]),
             int.Parse(r[Column("start")], CultureInfo.InvariantCulture), int.Parse(r[Column("end")], CultureInfo.InvariantCulture),
             int.Parse(r[Column("occurrences")], CultureInfo.InvariantCulture))).ToList();

        Assert.Equal(table.Facts.Count, fromCsv.Count);
        Assert.Equal(Key(table.Facts), fromJson);
        Assert.Equal(fromJson, fromSqlite);
        Assert.Equal(fromJson, fromCsv);
    }

    private static List<(string, string, decimal, decimal?, int, int, int)> Key(IEnumerable<Fact> facts) =>
        [.. facts.Select(f => (f.Id, f.Doc, f.Value, f.ValueHigh, f.Span.Start, f.Span.End, Math.Max(1, f.Occurrences.Count)))];

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
