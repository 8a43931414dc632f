namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>The cluster's document queue on a real PostgreSQL: claims that never overlap, leases that run out and are taken over.</summary>
public sealed class ExtractionQueueTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [PostgresFact]
    public void Two_nodes_claiming_at_once_never_get_the_same_document_and_together_get_all()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        queue.Enqueue("r1", "a", "s", "staging", Documents(200), Long);
        var claims = new System.Collections.Concurrent.ConcurrentBag<(string Node, int Position)>();
        Parallel.For(0, 8, worker =>
        {
            var node = worker % 2 == 0 ? "a" : "b";
            while (queue.Claim("r1", node, 3, Long) is { Count: > 0 } batch)
            {
                foreach (var (document, i) in batch.Select((d, i) => (d, i)))
                {
                    claims.Add((node, document.Position));
                    queue.Complete("r1", document, node, Entry(document), [.. batch.Skip(i + 1)], Long);
                }
            }
        });

        Assert.Equal(Enumerable.Range(0, 200), claims.Select(c => c.Position).Order());
        Assert.Equal(0, queue.Pending("r1"));
        Assert.Equal(200, queue.Finished("r1", new HashSet<int>()).Count(f => f.Entry is not null));
    }

    [PostgresFact]
    public void A_claim_whose_lease_ran_out_is_taken_over_and_a_live_one_is_not()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        queue.Enqueue("r1", "a", "s", "staging", Documents(4), Long);
        Assert.Equal([0, 1], queue.Claim("r1", "dying", 2, TimeSpan.FromMilliseconds(300)).Select(d => d.Position));
        Assert.Equal([2, 3], queue.Claim("r1", "a", 4, Long).Select(d => d.Position));
        Thread.Sleep(500);
        Assert.Equal([0, 1], queue.Claim("r1", "a", 4, Long).Select(d => d.Position));
    }

    [PostgresFact]
    public void Completing_a_document_renews_the_claims_on_the_rest_of_its_batch()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        queue.Enqueue("r1", "a", "s", "staging", Documents(3), Long);
        var batch = queue.Claim("r1", "b", 3, TimeSpan.FromMilliseconds(400));
        queue.Complete("r1", batch[0], "b", null, [.. batch.Skip(1)], Long);
        Thread.Sleep(600);
        Assert.Empty(queue.Claim("r1", "a", 3, Long));
    }

    [PostgresFact]
    public void A_node_that_stops_releases_its_claims_at_once()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        queue.Enqueue("r1", "a", "s", "staging", Documents(3), Long);
        queue.Claim("r1", "b", 3, Long);
        queue.Release("r1", "b");
        Assert.Equal(3, queue.Claim("r1", "a", 3, Long).Count);
    }

    [PostgresFact]
    public void Helpers_see_only_open_runs_of_their_settings_not_their_own_nor_a_dead_nodes()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        queue.Enqueue("dead", "c", "s", "staging-dead", Documents(2), TimeSpan.FromMilliseconds(200));
        queue.Enqueue("r1", "a", "s", "staging-r1", Documents(2), Long);
        Thread.Sleep(400);
        Assert.Equal(new SharedRun("r1", "staging-r1"), queue.RunToHelp("b", "s"));
        Assert.Null(queue.RunToHelp("b", "other settings"));
        Assert.Null(queue.RunToHelp("a", "s"));
        Assert.Empty(queue.Claim("dead", "b", 2, Long));
    }

    [PostgresFact]
    public void Finished_gives_the_entries_others_made_and_closing_drops_them()
    {
        using var queue = ExtractionQueue.Connect(postgres.NewDatabase());
        var documents = Documents(3);
        queue.Enqueue("r1", "a", "s", "staging", documents, Long);
        var claimed = queue.Claim("r1", "b", 3, Long);
        queue.Complete("r1", claimed[0], "b", Entry(claimed[0]), [], Long);
        queue.Complete("r1", claimed[1], "b", null, [], Long); // could not be extracted there
        queue.Complete("r1", claimed[2], "a", Entry(claimed[2]), [], Long);

        var finished = queue.Finished("r1", new HashSet<int> { 2 }).ToList();
        Assert.Equal([0, 1], finished.Select(f => f.Position));
        Assert.Equal(Entry(claimed[0]).Payload, finished[0].Entry!.Payload);
        Assert.Null(finished[1].Entry);
        Assert.Equal("b", finished[0].ExtractedBy);

        queue.Close("r1");
        queue.Enqueue("r2", "a", "s", "staging", documents, Long);
        Assert.All(queue.Finished("r2", new HashSet<int>()), _ => Assert.Fail("nothing is done in a new run"));
        var again = queue.Claim("r2", "a", 3, Long);
        queue.Complete("r2", again[1], "a", null, [], Long);
        Assert.Null(Assert.Single(queue.Finished("r2", new HashSet<int>())).Entry); // the closed run's entries went with it
    }

    private static QueuedDocument[] Documents(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new QueuedDocument(i, $"d{i}.txt", $"key{i}"))];

    private static EncodedExtraction Entry(QueuedDocument document) => new(document.Doc, [.. System.Text.Encoding.UTF8.GetBytes(document.Key)]);
}
