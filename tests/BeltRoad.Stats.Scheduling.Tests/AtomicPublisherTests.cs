using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Scheduling.Tests.Support;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling.Tests;

public sealed class AtomicPublisherTests : IDisposable
{
    private readonly Workspace _work = new();

    private string Output => _work.Output;

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Publishing_replaces_the_whole_set_keeps_gitkeep_and_moves_the_old_set_to_history(bool exchange)
    {
        var publisher = new AtomicPublisher { UseExchange = exchange };
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt", "charts/one.svg");
        Publish(publisher, "20260102T000000Z-bbbbbb", "b.txt");

        Assert.Equal(["b.txt", "run.json"], OutputSnapshot.Names(Output).Order());
        Assert.True(File.Exists(Path.Combine(Output, ".gitkeep")));
        Assert.True(File.Exists(Path.Combine(Output, "history", "20260101T000000Z-aaaaaa", "charts", "one.svg")));
        Assert.Equal(["20260101T000000Z-aaaaaa", "20260102T000000Z-bbbbbb"], RunLog.Read(RunLog.PathFor(Output)).Select(r => r.RunId));
        Assert.Equal([".reports.history"], Directory.GetDirectories(_work.Root, ".reports.*").Select(Path.GetFileName));
    }

    [Fact]
    public void A_damaged_run_log_is_replaced_by_a_new_one_in_the_next_set_instead_of_failing_the_publish()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        Publish(publisher, "20260102T000000Z-bbbbbb", "a.txt");
        var log = RunLog.PathFor(Output);
        var damaged = File.ReadAllBytes(log);
        for (var i = 4096; i < damaged.Length; i++)
        {
            damaged[i] = (byte)(i * 131 % 253); // the header sound, every other page noise: what a power cut may leave of an unsynced file
        }

        File.WriteAllBytes(log, damaged);
        Publish(publisher, "20260103T000000Z-cccccc", "a.txt");

        Assert.Equal(["20260103T000000Z-cccccc"], RunLog.Read(log).Select(r => r.RunId));
        Publish(publisher, "20260104T000000Z-dddddd", "a.txt");
        Assert.Equal(["20260103T000000Z-cccccc", "20260104T000000Z-dddddd"], RunLog.Read(log).Select(r => r.RunId));
    }

    [Fact]
    public void History_keeps_only_the_newest_N_earlier_sets()
    {
        var publisher = new AtomicPublisher();
        for (var day = 1; day <= 6; day++)
        {
            Publish(publisher, $"2026010{day}T000000Z-00000{day}", "a.txt", historyToKeep: 3);
        }

        var kept = Directory.GetDirectories(Path.Combine(Output, "history")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["20260103T000000Z-000003", "20260104T000000Z-000004", "20260105T000000Z-000005"], kept);
        Assert.Equal(6, RunLog.Read(RunLog.PathFor(Output)).Count); // the log keeps every run
    }

    [Fact]
    public async Task Kept_sets_are_links_into_the_archive_beside_the_output_which_holds_exactly_the_kept_sets_whole()
    {
        var publisher = new AtomicPublisher();
        var ids = Enumerable.Range(1, 7).Select(day => $"2026010{day}T000000Z-00000{day}").ToList();
        ids.ForEach(id => Publish(publisher, id, "a.txt", "texts/t.txt", historyToKeep: 4));

        var history = Path.Combine(Output, "history");
        var kept = ids[2..6];
        Assert.Equal(kept, Directory.GetDirectories(history).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var id in kept)
        {
            Assert.Equal(Path.Combine("..", "..", ".reports.history", id), new DirectoryInfo(Path.Combine(history, id)).LinkTarget);
            Assert.Equal(id, File.ReadAllText(Path.Combine(history, id, "texts", "t.txt")));
            Assert.Equal(id, RunReportReader.TryReadRunId(Path.Combine(history, id, "run.json")));
            Assert.False(Directory.Exists(Path.Combine(history, id, "history")), "an archived set holds no history of its own");
        }

        await publisher.Settled; // the expired set's deletion, after the swap
        Assert.Equal(kept, Directory.GetDirectories(Path.Combine(_work.Root, ".reports.history")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_set_that_leaves_the_history_is_renamed_out_of_the_archive_by_the_publish_and_deleted_after_it()
    {
        var publisher = new AtomicPublisher();
        var ids = Enumerable.Range(1, 4).Select(day => $"2026010{day}T000000Z-00000{day}").ToList();
        ids.ForEach(id => Publish(publisher, id, "a.txt", "texts/t.txt", historyToKeep: 2));

        // Whatever the deletion's progress, the archive names only the kept sets once the publish returns.
        var archive = Path.Combine(_work.Root, ".reports.history");
        Assert.Equal(ids[1..3], Directory.GetDirectories(archive).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        await publisher.Settled;
        Assert.Equal(ids[1..3], Directory.GetDirectories(archive).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_expired_sets_fact_exports_are_kept_beside_the_output_as_spares_for_the_next_run_to_write_over()
    {
        var publisher = new AtomicPublisher();
        var ids = Enumerable.Range(1, 3).Select(day => $"2026010{day}T000000Z-00000{day}").ToList();
        ids.ForEach(id => Publish(publisher, id, "facts.json", "texts/t.txt", historyToKeep: 1));
        await publisher.Settled;

        var spares = Path.Combine(_work.Root, ".reports.spare");
        Assert.Equal(["facts.json"], Directory.GetFiles(spares).Select(Path.GetFileName));
        Assert.Equal(ids[0], File.ReadAllText(Path.Combine(spares, "facts.json"))); // the set that left the history
        Assert.Equal([ids[1]], Directory.GetDirectories(Path.Combine(_work.Root, ".reports.history")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_expired_set_a_killed_process_did_not_finish_deleting_is_deleted_by_the_next_run()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        Publish(publisher, "20260102T000000Z-bbbbbb", "a.txt");
        await publisher.Settled;
        var archive = Path.Combine(_work.Root, ".reports.history");
        var left = Path.Combine(archive, ".expired-20251231T000000Z-zzzzzz");
        Directory.CreateDirectory(Path.Combine(left, "texts"));
        File.WriteAllText(Path.Combine(left, "texts", "t.txt"), "half deleted");

        Publish(new AtomicPublisher(), "20260103T000000Z-cccccc", "a.txt");

        Assert.False(Directory.Exists(left));
        Assert.Equal(["20260101T000000Z-aaaaaa", "20260102T000000Z-bbbbbb"], Directory.GetDirectories(archive).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_set_replaced_by_a_swap_killed_before_it_was_archived_is_archived_by_the_next_run()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        Publish(publisher, "20260102T000000Z-bbbbbb", "a.txt");
        // The state a kill right after the swap leaves: the new set published, linking to a not yet archived old set
        // that waits in the staging folder's place.
        var staging = publisher.PrepareStaging(Output, "20260103T000000Z-cccccc");
        File.WriteAllText(Path.Combine(staging, "a.txt"), "c");
        WriteRunJson(staging, "20260103T000000Z-cccccc");
        publisher.CarryHistory(staging, Output, "20260103T000000Z-cccccc", 10);
        var aside = Path.Combine(_work.Root, "aside");
        Directory.Move(staging, aside);
        Directory.Move(Output, staging);
        Directory.Move(aside, Output);
        Assert.False(Directory.Exists(Path.Combine(Output, "history", "20260102T000000Z-bbbbbb")), "the old set's link should lead nowhere yet");

        publisher.PrepareStaging(Output, "20260104T000000Z-dddddd");

        Assert.Equal("20260102T000000Z-bbbbbb", File.ReadAllText(Path.Combine(Output, "history", "20260102T000000Z-bbbbbb", "a.txt")));
        Assert.Equal("20260101T000000Z-aaaaaa", File.ReadAllText(Path.Combine(Output, "history", "20260101T000000Z-aaaaaa", "a.txt")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_staged_set_discarded_before_its_swap_leaves_every_archived_set_whole()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        Publish(publisher, "20260102T000000Z-bbbbbb", "a.txt");
        Publish(publisher, "20260103T000000Z-cccccc", "a.txt");
        var staging = publisher.PrepareStaging(Output, "20260104T000000Z-dddddd");
        publisher.CarryHistory(staging, Output, "20260104T000000Z-dddddd", 10);

        publisher.Discard(staging);
        publisher.PrepareStaging(Output, "20260105T000000Z-eeeeee"); // a killed run's leftover is removed the same way

        foreach (var id in new[] { "20260101T000000Z-aaaaaa", "20260102T000000Z-bbbbbb" })
        {
            Assert.Equal(id, File.ReadAllText(Path.Combine(Output, "history", id, "a.txt")));
        }
    }

    [Fact]
    public void Sets_kept_as_folders_by_an_earlier_version_are_adopted_into_the_archive_and_linked_from_then_on()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260102T000000Z-bbbbbb", "a.txt");
        var old = Path.Combine(Output, "history", "20260101T000000Z-aaaaaa");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "a.txt"), "20260101T000000Z-aaaaaa");
        WriteRunJson(old, "20260101T000000Z-aaaaaa"); // as every published set has

        Publish(publisher, "20260103T000000Z-cccccc", "a.txt");

        var history = Path.Combine(Output, "history");
        Assert.NotNull(new DirectoryInfo(Path.Combine(history, "20260101T000000Z-aaaaaa")).LinkTarget);
        Assert.Equal("20260101T000000Z-aaaaaa", File.ReadAllText(Path.Combine(history, "20260101T000000Z-aaaaaa", "a.txt")));
        Assert.Equal("20260102T000000Z-bbbbbb", File.ReadAllText(Path.Combine(history, "20260102T000000Z-bbbbbb", "a.txt")));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_run_is_removed_and_the_output_left_alone()
    {
        var publisher = new AtomicPublisher();
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        var leftover = Path.Combine(_work.Root, ".reports.staging-20260102T000000Z-dead00");
        Directory.CreateDirectory(Path.Combine(leftover, "history"));
        File.WriteAllText(Path.Combine(leftover, "half.txt"), "half");

        var staging = publisher.PrepareStaging(Output, "20260103T000000Z-cccccc");

        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(staging));
        Assert.Equal(["a.txt", "run.json"], OutputSnapshot.Names(Output).Order());
    }

    [Fact]
    public void A_two_rename_publish_killed_between_its_renames_is_rolled_back_to_the_old_set()
    {
        var publisher = new AtomicPublisher { UseExchange = false };
        Publish(publisher, "20260101T000000Z-aaaaaa", "a.txt");
        // The state after the first rename: output moved aside, the new set still in staging.
        Directory.Move(Output, Path.Combine(_work.Root, ".reports.previous-20260102T000000Z-bbbbbb"));
        Directory.CreateDirectory(Path.Combine(_work.Root, ".reports.staging-20260102T000000Z-bbbbbb"));
        OutputLock.EnsureWritable(Output); // the next run's lock check creates an empty output folder first

        publisher.PrepareStaging(Output, "20260103T000000Z-cccccc");

        Assert.Equal(["a.txt", "run.json"], OutputSnapshot.Names(Output).Order());
        Assert.Equal("20260101T000000Z-aaaaaa", RunReportReader.TryReadRunId(Path.Combine(Output, "run.json")));
        Assert.Equal([".reports.staging-20260103T000000Z-cccccc"], Directory.GetDirectories(_work.Root, ".reports.*").Select(Path.GetFileName)); // no archive: nothing kept yet
    }

    [Fact]
    public void An_old_set_without_a_readable_run_json_goes_to_history_named_after_the_run_replacing_it()
    {
        var publisher = new AtomicPublisher();
        File.WriteAllText(Path.Combine(Output, "made-by-hand.txt"), "old");
        Publish(publisher, "20260102T000000Z-bbbbbb", "b.txt");
        Publish(publisher, "20260103T000000Z-cccccc", "c.txt");

        // Named without reading the clock, and in age order among the run ids: pruned before the runs after it.
        var history = Path.Combine(Output, "history");
        Assert.True(File.Exists(Path.Combine(history, "20260102T000000Z--previous-of-bbbbbb", "made-by-hand.txt")));
        Assert.Equal(["20260102T000000Z--previous-of-bbbbbb", "20260102T000000Z-bbbbbb"], Directory.GetDirectories(history).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Publish(publisher, "20260104T000000Z-dddddd", "d.txt", historyToKeep: 2);
        Assert.Equal(["20260102T000000Z-bbbbbb", "20260103T000000Z-cccccc"], Directory.GetDirectories(history).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_second_run_waits_for_the_output_lock_and_gives_up_with_a_message()
    {
        using var held = await OutputLock.AcquireAsync(Output, TimeSpan.Zero, CancellationToken.None);
        var e = await Assert.ThrowsAsync<IOException>(() => OutputLock.AcquireAsync(Output, TimeSpan.FromMilliseconds(300), CancellationToken.None));
        Assert.Contains("Another run is writing to", e.Message, StringComparison.Ordinal);
    }

    private void Publish(AtomicPublisher publisher, string runId, string file, string? second = null, int historyToKeep = 10)
    {
        var staging = publisher.PrepareStaging(Output, runId);
        foreach (var name in new[] { file, second }.OfType<string>())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, name))!);
            File.WriteAllText(Path.Combine(staging, name), runId);
        }

        WriteRunJson(staging, runId);
        var started = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        publisher.Publish(staging, Output, new RunRecord(runId, started, started.AddSeconds(1), RunStatus.Succeeded, "sha256:00", 1, 2, 0, 0, 0, 0, 0, "published"), historyToKeep);
    }

    // A kept set is named after its run.json's run id.
    private static void WriteRunJson(string staging, string runId) =>
        File.WriteAllText(Path.Combine(staging, OutputFiles.RunJson), $$"""
            { "run_id": "{{runId}}", "status": "succeeded", "started_utc": "2026-01-01T00:00:00.0000000+00:00",
              "finished_utc": "2026-01-01T00:00:01.0000000+00:00", "fingerprint": "sha256:00",
              "counts": { "documents": 1, "facts": 2, "warnings": 0, "failures": 0 }, "changes": null }
            """);
}
