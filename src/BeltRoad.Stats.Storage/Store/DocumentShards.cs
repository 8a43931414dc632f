using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A run's documents as the store lists them (schema 4): each document's version (its row and its fact set's key)
/// under a content key, and the versions split into shards by a hash of the document's name, each shard under the key
/// of its members. A run names its shards, and a shard is stored once per content: a run that adds or changes one
/// document among thousands stores one new shard and names the others, where every run used to write two rows for
/// every document (≈ 3 MB a run at 100 MB of input, for as long as the store is kept). There are as many shards as the
/// smallest power of two whose square is at least the number of documents, so such a run costs ≈ 2√n rows; the count
/// changes only when the corpus grows or shrinks fourfold, and every shard is new once then.
/// </summary>
internal sealed class DocumentShards
{
    private const string VersionKind = "document version";
    private const string ShardKind = "document shard";

    private DocumentShards(string[] versionKeys, IReadOnlyList<Shard> all)
    {
        VersionKeys = versionKeys;
        All = all;
    }

    /// <summary>The version key of each of the table's documents, in the table's order.</summary>
    public string[] VersionKeys { get; }

    /// <summary>The shards holding a document, by hash bucket; each shard's documents (indexes into the table's) in name order.</summary>
    public IReadOnlyList<Shard> All { get; }

    /// <param name="documents">The table's documents, each name once (<see cref="PublishedContent"/> refuses a table listing one twice).</param>
    /// <param name="factSets">Each document's fact set key, null for a document without facts.</param>
    public static DocumentShards Of(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<string?> factSets)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(factSets.Count, documents.Count, nameof(factSets));
        var versionKeys = new string[documents.Count];
        using var key = new ContentKey();
        for (var i = 0; i < documents.Count; i++)
        {
            key.Add(VersionKind);
            key.Add(factSets[i]);
            key.Add(DocumentColumns.All, documents[i]);
            versionKeys[i] = key.Finish();
        }

        var count = ShardCount(documents.Count);
        var buckets = new List<int>?[count];
        for (var i = 0; i < documents.Count; i++)
        {
            (buckets[Bucket(documents[i].Name, count)] ??= []).Add(i);
        }

        var shards = new List<Shard>(count);
        foreach (var members in buckets)
        {
            if (members is null)
            {
                continue;
            }

            members.Sort((a, b) => string.CompareOrdinal(documents[a].Name, documents[b].Name));
            key.Add(ShardKind);
            foreach (var member in members)
            {
                key.Add(versionKeys[member]);
            }

            shards.Add(new Shard(key.Finish(), [.. members]));
        }

        return new DocumentShards(versionKeys, shards);
    }

    /// <summary>The smallest power of two whose square is at least <paramref name="documents"/> (1 for none).</summary>
    internal static int ShardCount(int documents)
    {
        var count = 1;
        while ((long)count * count < documents)
        {
            count <<= 1;
        }

        return count;
    }

    /// <summary>
    /// The bucket of a document name among <paramref name="count"/> (a power of two): the first 32 bits of its UTF-8
    /// SHA-256, so that every program version and platform puts a name in the same bucket and their runs share shards.
    /// </summary>
    internal static int Bucket(string name, int count)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), digest);
        return (int)(BinaryPrimitives.ReadUInt32LittleEndian(digest) & (uint)(count - 1));
    }

    /// <summary>A shard: its key and its documents (indexes into the table's documents, in name order).</summary>
    internal sealed record Shard(string Key, int[] Documents);
}
