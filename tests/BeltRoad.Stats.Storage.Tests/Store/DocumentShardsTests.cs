using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>How a run's documents fall into shards: few rows for a run that changed little, the same shards for the same documents.</summary>
public sealed class DocumentShardsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 2)]
    [InlineData(5, 4)]
    [InlineData(16, 4)]
    [InlineData(17, 8)]
    [InlineData(3_700, 64)]
    [InlineData(4_096, 64)]
    [InlineData(4_097, 128)]
    public void The_shard_count_is_the_smallest_power_of_two_whose_square_holds_the_documents(int documents, int shards) =>
        Assert.Equal(shards, DocumentShards.ShardCount(documents));

    // Pinned (computed apart, with Python's hashlib): a name's bucket must not move between program versions or
    // platforms, or every run after an upgrade would store all its shards anew.
    [Theory]
    [InlineData("a.txt", 1 << 20, 767_768)]
    [InlineData("白皮书.pdf", 1 << 20, 595_007)]
    [InlineData("c0001_004_bf2659cd6aee741e.txt", 64, 16)]
    public void A_name_falls_in_the_bucket_its_utf8_sha256_gives(string name, int count, int bucket) =>
        Assert.Equal(bucket, DocumentShards.Bucket(name, count));

    [Fact]
    public void Adding_a_document_changes_only_the_shard_it_falls_in()
    {
        var before = Shards(Documents(300), null);
        var after = Shards([.. Documents(300), SampleTables.Doc("new.txt")], null);

        var changed = after.All.Select(s => s.Key).Except(before.All.Select(s => s.Key)).ToList();
        Assert.Equal(DocumentShards.ShardCount(300), DocumentShards.ShardCount(301));
        Assert.Single(changed);
        Assert.Contains(300, after.All.Single(s => s.Key == changed[0]).Documents);
    }

    [Fact]
    public void A_document_whose_facts_changed_is_a_new_version_in_a_new_shard_and_the_others_stay()
    {
        var documents = Documents(50);
        var sets = documents.Select(d => (string?)("set of " + d.Name)).ToArray();
        var before = Shards(documents, sets);
        sets[7] = "another set";
        var after = Shards(documents, sets);

        Assert.Equal(
            [.. Enumerable.Range(0, documents.Count).Select(i => i == 7)],
            Enumerable.Range(0, documents.Count).Select(i => before.VersionKeys[i] != after.VersionKeys[i]));
        Assert.Single(after.All.Select(s => s.Key).Except(before.All.Select(s => s.Key)));
    }

    [Fact]
    public void Every_document_is_in_one_shard_in_name_order_whatever_the_table_order()
    {
        var documents = Documents(40);
        var shards = Shards([.. documents.AsEnumerable().Reverse()], null);

        Assert.Equal(Enumerable.Range(0, 40), shards.All.SelectMany(s => s.Documents).Order());
        Assert.All(shards.All, s => Assert.Equal(s.Documents.OrderByDescending(i => i), s.Documents)); // reversed table: name order is descending index
        Assert.Equal(Shards(documents, null).All.Select(s => s.Key).Order(), shards.All.Select(s => s.Key).Order());
    }

    private static List<DocumentInfo> Documents(int count) => [.. Enumerable.Range(0, count).Select(i => SampleTables.Doc($"d{i:D4}.txt"))];

    private static DocumentShards Shards(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<string?>? sets) =>
        DocumentShards.Of(documents, sets ?? [.. documents.Select(_ => (string?)null)]);
}
