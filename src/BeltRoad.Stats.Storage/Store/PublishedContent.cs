using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A published run's content as the store keys it, worked out once: each document's facts under its fact set key,
/// each finding under its content key with its members' documents, the documents as versions in shards. Storing it (<see cref="IRunStore.StoreContent(PublishedContent)"/>)
/// may go ahead of the run's swap; naming it in the run (<see cref="IRunStore.RecordPublished(RunRecord, PublishedContent)"/>)
/// then costs no hashing and no fact rows, and needs only the keys: once stored, the run keeps <see cref="KeysOnly"/>,
/// which holds none of the table's facts, so nothing pins them to the run's end.
/// </summary>
public sealed class PublishedContent
{
    /// <summary>The first value of a set key made from a document's extraction key.</summary>
    private const string FromExtraction = "fact set of the extraction";

    /// <summary>The table's entry for each of <see cref="Documents"/>, looked up once (PDF input's pages).</summary>
    private readonly DocumentInfo[] _infos;

    private readonly List<List<Fact>>? _documents;

    private readonly IReadOnlyList<IReadOnlyList<FindingMember>>? _findingMembers;

    private PublishedContent(FactTable table, IReadOnlyDictionary<string, string>? documentKeys)
    {
        TableDocuments = table.Documents;
        Findings = table.Findings;
        var documents = ByDocument(table);
        _documents = documents;
        var infos = table.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        // A run lists its fact sets through its documents' versions: facts of a document the table does not list would be lost.
        if (documents.FirstOrDefault(facts => !infos.ContainsKey(facts[0].Doc)) is { } unlisted)
        {
            throw new ArgumentException($"The fact table has facts of '{unlisted[0].Doc}', a document it does not list.", nameof(table));
        }

        _infos = [.. documents.Select(d => infos[d[0].Doc])];
        SetDocs = [.. documents.Select(d => d[0].Doc)];
        SetFacts = [.. documents.Select(d => d.Count)];
        SetKeys = KeysOf(documents, _infos, documentKeys);
        var listOf = documents.Select((facts, i) => (facts[0].Doc, i)).ToDictionary(d => d.Doc, d => d.i, StringComparer.Ordinal);
        FactListOf = [.. table.Documents.Select(d => listOf.GetValueOrDefault(d.Name, -1))];
        Shards = DocumentShards.Of(table.Documents, [.. FactListOf.Select(i => i < 0 ? null : SetKeys[i])]);
        var members = FindingColumns.MembersOf(table);
        _findingMembers = members;
        FindingMemberCounts = [.. members.Select(m => m.Count)];
        FindingKeys = KeysOf(table.Findings, members);
    }

    /// <summary>The same keys and listings without the facts and the findings' members (<see cref="KeysOnly"/>).</summary>
    private PublishedContent(PublishedContent content)
    {
        (TableDocuments, Findings, _infos) = (content.TableDocuments, content.Findings, content._infos);
        (SetDocs, SetFacts, SetKeys, FactListOf) = (content.SetDocs, content.SetFacts, content.SetKeys, content.FactListOf);
        (Shards, FindingMemberCounts, FindingKeys) = (content.Shards, content.FindingMemberCounts, content.FindingKeys);
    }

    /// <summary>The table's documents (the listing, not their facts).</summary>
    internal IReadOnlyList<DocumentInfo> TableDocuments { get; }

    /// <summary>The table's cross-document findings (their members named by fact id).</summary>
    internal IReadOnlyList<CrossDocumentFinding> Findings { get; }

    /// <summary>Whether the content still holds the facts and the findings' members (not <see cref="KeysOnly"/>).</summary>
    private bool HoldsRows => _documents is not null;

    /// <summary>The facts of each document, in the table's order.</summary>
    /// <exception cref="InvalidOperationException">The content holds only its keys: its rows were stored.</exception>
    internal List<List<Fact>> Documents => _documents ?? throw RowsLetGo();

    /// <summary>The document of each of <see cref="Documents"/>.</summary>
    internal string[] SetDocs { get; }

    /// <summary>The number of facts of each of <see cref="Documents"/>.</summary>
    internal int[] SetFacts { get; }

    /// <summary>The fact set key of each of <see cref="Documents"/>.</summary>
    internal string[] SetKeys { get; }

    /// <summary>For each of the table's documents, the index of its facts in <see cref="Documents"/>; -1 when it has none.</summary>
    internal int[] FactListOf { get; }

    /// <summary>The table's documents as versions in shards, the way a run lists them.</summary>
    internal DocumentShards Shards { get; }

    /// <summary>The members of each finding, with their documents.</summary>
    /// <exception cref="InvalidOperationException">The content holds only its keys: its rows were stored.</exception>
    internal IReadOnlyList<IReadOnlyList<FindingMember>> FindingMembers => _findingMembers ?? throw RowsLetGo();

    /// <summary>The number of members of each finding.</summary>
    internal int[] FindingMemberCounts { get; }

    internal string[] FindingKeys { get; }

    /// <summary>A fact of <see cref="Documents"/>[<paramref name="document"/>] as a row, with its page when that document has pages.</summary>
    internal FactRow Row(int document, Fact fact) => Row(_infos, document, fact);

    /// <summary>
    /// This content's keys, listings and counts without the facts and the findings' members: what naming it in a run
    /// needs once <see cref="IRunStore.StoreContent(PublishedContent)"/> has stored its rows (the store never deletes
    /// content). Naming it in a store that lacks its rows fails (<see cref="InvalidOperationException"/>) rather than
    /// naming rows that are not there.
    /// </summary>
    public PublishedContent KeysOnly() => HoldsRows ? new PublishedContent(this) : this;

    private static InvalidOperationException RowsLetGo() =>
        new("The run's content holds only its keys (its rows were stored and its facts let go), and the store lacks some of its rows.");

    /// <param name="documentKeys">
    /// Each document's extraction key, by name (its name, content and sidecar, the program and the configuration: all
    /// that its facts are made from): a document with one is known by it, its facts not hashed. Documents without
    /// one are known by their facts' content.
    /// </param>
    public static PublishedContent Of(FactTable table, IReadOnlyDictionary<string, string>? documentKeys = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new PublishedContent(table, documentKeys);
    }

    /// <summary>
    /// Every document's set key: from its extraction key when it has one (its facts are a pure function of that key,
    /// as the extraction cache relies on), so a run hashes no facts of such documents; else from its facts' content.
    /// The two never meet: a fact set hashes a whole row of values per fact, an extraction key two values. Extraction
    /// keys are hashed on the calling thread (microseconds each); only facts are hashed on every core, since a parallel
    /// loop waits for its slowest worker, and on a loaded machine (the run's other steps) that is one the OS set aside.
    /// </summary>
    private static string[] KeysOf(List<List<Fact>> documents, DocumentInfo[] infos, IReadOnlyDictionary<string, string>? documentKeys)
    {
        var keys = new string[documents.Count];
        var unkeyed = new List<int>();
        using (var key = new ContentKey())
        {
            for (var i = 0; i < documents.Count; i++)
            {
                if (documentKeys?.GetValueOrDefault(documents[i][0].Doc) is { } extraction)
                {
                    key.Add(FromExtraction);
                    key.Add(extraction);
                    keys[i] = key.Finish();
                }
                else
                {
                    unkeyed.Add(i);
                }
            }
        }

        if (unkeyed.Count > 0)
        {
            Parallel.ForEach(unkeyed, () => new ContentKey(), (i, _, key) =>
            {
                documents[i].ForEach(fact => key.Add(FactColumns.All, Row(infos, i, fact)));
                keys[i] = key.Finish();
                return key;
            }, key => key.Dispose());
        }

        return keys;
    }

    private static FactRow Row(DocumentInfo[] infos, int document, Fact fact) => new(fact, infos[document].PageOf(fact.Span));

    private static string[] KeysOf(IReadOnlyList<CrossDocumentFinding> findings, IReadOnlyList<IReadOnlyList<FindingMember>> members)
    {
        using var key = new ContentKey();
        var keys = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            key.Add(FindingColumns.All, findings[i]);
            foreach (var member in members[i])
            {
                key.Add(FindingColumns.Members, member);
            }

            keys[i] = key.Finish();
        }

        return keys;
    }

    /// <summary>Each document's facts, walked by runs (a table is sorted by document: one run each, no lookup per fact).</summary>
    private static List<List<Fact>> ByDocument(FactTable table)
    {
        var facts = table.Facts;
        var byDoc = new Dictionary<string, List<Fact>>(StringComparer.Ordinal);
        var order = new List<List<Fact>>();
        foreach (var (doc, first, count) in DocumentRuns.Of(table))
        {
            if (!byDoc.TryGetValue(doc, out var list))
            {
                byDoc[doc] = list = new List<Fact>(count);
                order.Add(list);
            }

            for (var i = first; i < first + count; i++)
            {
                list.Add(facts[i]);
            }
        }

        return order;
    }
}
