using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Scheduling.Tests.Support;

namespace BeltRoad.Stats.Scheduling.Tests;

/// <summary>An unchanged fingerprint is "up to date" only while the published set still holds everything a run publishes.</summary>
public sealed class CompletenessTests
{
    [Fact]
    public async Task A_published_set_missing_any_file_chart_or_text_is_regenerated_not_up_to_date()
    {
        using var work = new Workspace(0, 3);
        var runner = new ReportRunner();
        var options = new RunOptions(work.Input, work.Output);
        Assert.Equal(RunStatus.Succeeded, (await runner.RunAsync(options)).Status);
        var chart = Path.GetFileName(Directory.GetFiles(Path.Combine(work.Output, OutputFiles.ChartsFolder), "*.svg")[0]);
        Assert.Empty(PublishedSetCheck.Missing(work.Output));

        var text = Path.GetFileName(Directory.GetFiles(Path.Combine(work.Output, DocumentInfo.TextsFolder))[0]);
        string[] removals = [OutputFiles.Digest, OutputFiles.Html, OutputFiles.FactsCsv, OutputFiles.FactsParquet, OutputFiles.FactsJson, $"{OutputFiles.ChartsFolder}/{chart}", OutputFiles.ChartsFolder,
            $"{DocumentInfo.TextsFolder}/{text}", DocumentInfo.TextsFolder];
        foreach (var removed in removals)
        {
            var path = Path.Combine(work.Output, removed);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }

            Assert.NotEmpty(PublishedSetCheck.Missing(work.Output));
            var outcome = await runner.RunAsync(options);
            Assert.True(outcome.Status == RunStatus.Succeeded, $"{removed} deleted: {outcome.Status} {outcome.Message}");
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{removed} is back");
        }

        Assert.Equal(RunStatus.UpToDate, (await runner.RunAsync(options)).Status);
    }

    [Fact]
    public async Task A_published_file_cut_short_is_regenerated_not_up_to_date()
    {
        using var work = new Workspace(0, 3);
        var runner = new ReportRunner();
        var options = new RunOptions(work.Input, work.Output);
        Assert.Equal(RunStatus.Succeeded, (await runner.RunAsync(options)).Status);
        var facts = Path.Combine(work.Output, OutputFiles.FactsJson);
        var whole = new FileInfo(facts).Length;
        using (var stream = File.Open(facts, FileMode.Open))
        {
            stream.SetLength(whole / 2); // what a crash before the page cache reached the disk can leave
        }

        var outcome = await runner.RunAsync(options);
        Assert.True(outcome.Status == RunStatus.Succeeded, $"{outcome.Status} {outcome.Message}");
        Assert.Equal(whole, new FileInfo(facts).Length);
        Assert.Equal(RunStatus.UpToDate, (await runner.RunAsync(options)).Status);
    }

    [Fact]
    public void Charts_are_required_when_the_html_view_links_them_and_the_folder_always()
    {
        using var work = new Workspace();
        foreach (var file in new[] { OutputFiles.RunJson, OutputFiles.FactsJson, OutputFiles.FactsCsv, OutputFiles.FactsParquet, OutputFiles.FactsSqlite, OutputFiles.Digest })
        {
            File.WriteAllText(Path.Combine(work.Output, file), "x");
        }

        var charts = Directory.CreateDirectory(Path.Combine(work.Output, OutputFiles.ChartsFolder)).FullName;
        var html = Path.Combine(work.Output, OutputFiles.Html);
        File.WriteAllText(html, "<html><body>no facts, no charts</body></html>");
        Assert.Empty(PublishedSetCheck.Missing(work.Output)); // a run without charts: an empty folder is complete

        File.WriteAllText(html, """<figure><img src="charts/a.svg"><figcaption><a href="charts/a.svg">SVG</a></figcaption></figure><a href="charts/b&amp;c.svg">SVG</a>""");
        Assert.Equal(["charts/a.svg", "charts/b&c.svg"], PublishedSetCheck.Missing(work.Output));
        File.WriteAllText(Path.Combine(charts, "a.svg"), "<svg/>");
        File.WriteAllText(Path.Combine(charts, "b&c.svg"), "<svg/>");
        Assert.Empty(PublishedSetCheck.Missing(work.Output));

        Directory.Delete(charts, recursive: true);
        Assert.Equal(["charts/"], PublishedSetCheck.Missing(work.Output));
    }
}
