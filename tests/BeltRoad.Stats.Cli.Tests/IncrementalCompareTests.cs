using System.Globalization;
using System.Text.Json;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// The comparison with the published run reads the previous facts from the published facts.sqlite, only those of
/// documents whose key changed (the published manifest says which documents it held with which keys), and says exactly
/// what reading the whole file says.
/// </summary>
public class IncrementalCompareTests
{
    private const string Passage =
        "示范通道年度报告\n\n2024年3月1日 北京\n\n截至2023年底，示范班列累计开行{0}万列，通达欧洲{1}个国家。\n" +
        "2023年，合作园区吸引投资约{2}亿美元。\n";

    [Fact]
    public async Task A_document_with_the_same_key_is_not_read_from_the_previous_facts()
    {
        using var folder = new TempFolder();
        var (input, output) = await Published(folder);
        // A figure of doc01 (unchanged) altered in the published facts.sqlite: were doc01 read, it would show as changed.
        Tamper(output, 81000, 99999);
        Write(input, 3, 9.9m, 77, 777);

        var changes = await Changes(input, output);

        Assert.All(changes, c => Assert.Equal("doc03.txt", c.Doc));
        Assert.Contains(changes, c => c.Kind == "changed" && c.Before == Yi(30303) && c.After == Yi(30777));
    }

    [Fact]
    public async Task Without_the_manifest_the_whole_previous_facts_sqlite_is_read()
    {
        using var folder = new TempFolder();
        var (input, output) = await Published(folder);
        Tamper(output, 81000, 99999);
        File.Delete(PublishedManifest.PathIn(output));
        Write(input, 3, 9.9m, 77, 777);

        var changes = await Changes(input, output);

        Assert.Contains(changes, c => c.Doc == "doc01.txt" && c.Kind == "changed" && c.Before == 99999);
        Assert.Contains(changes, c => c.Doc == "doc03.txt" && c.Kind == "changed" && c.Before == Yi(30303));
    }

    [Fact]
    public async Task A_removed_documents_facts_are_listed_as_gone()
    {
        using var folder = new TempFolder();
        var (input, output) = await Published(folder);
        var before = FactsOf(output, "doc04.txt");
        File.Delete(Path.Combine(input, "doc04.txt"));

        var changes = await Changes(input, output);

        Assert.Equal(before, changes.Count);
        Assert.All(changes, c => Assert.True(c is { Doc: "doc04.txt", Kind: "removed" }, $"{c}"));
    }

    [Fact]
    public async Task Reading_only_the_changed_documents_says_what_reading_everything_says()
    {
        using var folder = new TempFolder();
        var (input, sought) = await Published(folder, "sought");
        var whole = folder.Sub("whole");
        await Run(input, whole);
        File.Delete(Path.Combine(input, "doc02.txt"));
        Write(input, 3, 9.9m, 77, 777);
        Write(input, 9, 1.5m, 15, 150);
        File.Delete(PublishedManifest.PathIn(whole));

        var byDocument = await Changes(input, sought);
        var byReading = await Changes(input, whole);

        Assert.Equal(byReading, byDocument);
        Assert.Contains(byDocument, c => c.Kind == "added");
        Assert.Contains(byDocument, c => c.Kind == "removed");
        Assert.Contains(byDocument, c => c.Kind == "changed");
    }

    private static async Task<(string Input, string Output)> Published(TempFolder folder, string name = "out")
    {
        var input = folder.Sub("in");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 6; i++)
        {
            Write(input, i, 8 + (i / 10m), 20 + i, 300 + i);
        }

        await Run(input, folder.Sub(name));
        return (input, folder.Sub(name));
    }

    // Figures distinct per document, so only the document that holds one can show a change of it.
    private static void Write(string input, int doc, decimal trains, int countries, int investment) =>
        File.WriteAllText(Path.Combine(input, $"doc{doc:D2}.txt"), string.Format(CultureInfo.InvariantCulture, Passage, trains, countries, investment + (doc * 10000)));

    private static void Tamper(string output, decimal from, decimal to)
    {
        var path = Path.Combine(output, OutputFiles.FactsSqlite);
        // A new file moved over the published one: it is hard-linked into history, which must keep its bytes.
        File.Copy(path, path + ".new");
        using (var connection = new SqliteConnection($"Data Source={path}.new;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"UPDATE facts SET value = '{to}', value_num = {to} WHERE value = '{from}'");
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        File.Move(path + ".new", path, overwrite: true);
    }

    private static int FactsOf(string output, string doc)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, OutputFiles.FactsJson)));
        return json.RootElement.GetProperty("facts").EnumerateArray().Count(f => f.GetProperty("doc").GetString() == doc);
    }

    private static async Task<IReadOnlyList<Change>> Changes(string input, string output)
    {
        await Run(input, output);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, OutputFiles.RunJson)));
        return [.. json.RootElement.GetProperty("changes").GetProperty("items").EnumerateArray().Select(c => new Change(
            c.GetProperty("kind").GetString()!,
            c.GetProperty("doc").GetString()!,
            c.GetProperty("metric").GetString()!,
            c.TryGetProperty("before", out var b) ? b.GetDecimal() : null,
            c.TryGetProperty("after", out var a) ? a.GetDecimal() : null))];
    }

    // An amount in 亿 (10^8) as the fact table holds it.
    private static decimal Yi(decimal amount) => amount * 100_000_000m;

    private static async Task Run(string input, string output)
    {
        var outcome = await new ReportRunner(NullLogger.Instance).RunAsync(new RunOptions(input, output));
        Assert.True(outcome.ExitCode == 0, $"{outcome.Status}: {outcome.Message}");
    }

    private sealed record Change(string Kind, string Doc, string Metric, decimal? Before, decimal? After);
}
