using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;
using Microsoft.Data.Sqlite;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary><c>--store</c> on the command line: where runs and facts go, what is refused, what is never shown.</summary>
public class StoreOptionTests
{
    [Fact]
    public async Task A_run_with_a_store_records_itself_and_its_facts_there()
    {
        using var folder = OneSeed();
        var store = folder.Sub("team.sqlite");

        var (code, output, error) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--store", store);

        Assert.True(code == 0, output + error);
        var run = Assert.Single(RunStores.Open(StoreSettings.Parse(store)).ReadRuns());
        Assert.Equal((RunStatus.Succeeded, RunTrigger.Manual, $"{Environment.MachineName}-{Environment.ProcessId}"), (run.Status, run.Trigger, run.Node));
        Assert.Equal(FactStore.ReadFacts(folder.Sub("out/facts.sqlite")).Facts.Count, Scalar(store, $"SELECT COUNT(*) FROM latest_facts WHERE run_id = '{run.RunId}'"));
    }

    [Fact]
    public async Task The_configuration_file_can_name_the_store()
    {
        using var folder = OneSeed();
        var store = folder.Sub("configured.sqlite");
        var config = folder.Write("settings.json", System.Text.Encoding.UTF8.GetBytes(
            System.Text.Json.JsonSerializer.Serialize(new { Store = new { Provider = "sqlite", ConnectionString = $"Data Source={store}" } })));

        var (code, output, error) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--config", config);

        Assert.True(code == 0, output + error);
        Assert.Single(RunStores.Open(StoreSettings.Parse(store)).ReadRuns());
    }

    [Fact]
    public async Task A_store_from_a_newer_program_stops_the_run_with_exit_2_and_names_both_versions()
    {
        using var folder = OneSeed();
        var store = folder.Sub("team.sqlite");
        RunStores.Open(StoreSettings.Parse(store));
        Scalar(store, "UPDATE meta SET value = '9' WHERE key = 'schema_version'");

        var (code, output, error) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"), "--store", store);

        Assert.Equal(2, code);
        Assert.Contains($"version 9, newer than this program's {RunStores.SchemaVersion}", output + error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Sub("out/charts")), "nothing may be published");
    }

    [Fact]
    public async Task An_unreachable_store_fails_the_run_without_printing_its_password()
    {
        using var folder = OneSeed();

        var (code, output, error) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"),
            "--store", "Host=127.0.0.1;Port=1;Database=beltroad;Username=team;Password=s3cret-pw;Timeout=3");

        Assert.NotEqual(0, code);
        Assert.Contains("Host=127.0.0.1", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", output + error, StringComparison.Ordinal);
    }

    private static TempFolder OneSeed()
    {
        var folder = new TempFolder();
        Directory.CreateDirectory(folder.Sub("in"));
        var seed = Directory.GetFiles(RepoRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, folder.Sub("in/" + Path.GetFileName(seed)));
        return folder;
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long n ? n : 0;
    }
}
