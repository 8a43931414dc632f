namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// A cross-document finding's members as the reports print them, kept in one pass over the facts in the report's order
/// (<see cref="Add"/>): the first <see cref="Digest.FactRows.MaxMembers"/> members, the first member of each of the first
/// as many documents, and how many members and documents there are in all — never every member (a finding of a large
/// corpus has thousands).
/// </summary>
internal sealed class FindingMembers
{
    private readonly List<FactView> _shown = [];
    private readonly List<FactView> _documentFirsts = [];
    private readonly List<DocumentView> _documents = [];
    private HashSet<DocumentView>? _unlisted;
    private FactView? _last;

    /// <summary>How many members the finding has.</summary>
    public int Count { get; private set; }

    /// <summary>How many distinct documents (by <see cref="DocumentView"/> equality) its members are in.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The first members, in the report's order (a row names these and counts the rest).</summary>
    public IReadOnlyList<FactView> Shown => _shown;

    /// <summary>The first member, which dates and orders the finding; null for a finding with none.</summary>
    public FactView? First => _shown.Count > 0 ? _shown[0] : null;

    /// <summary>The first member of each of the first documents (distinct by number), in the report's order.</summary>
    public IReadOnlyList<FactView> DocumentFirsts => _documentFirsts;

    /// <summary>The first distinct documents (by <see cref="DocumentView"/> equality), in the report's order.</summary>
    public IReadOnlyList<DocumentView> Documents => _documents;

    /// <exception cref="ArgumentException">A member comes before the previous one in the report's order (documents by number).</exception>
    public void Add(FactView member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var previous = _last?.Document;
        if (previous is not null && member.Document.Number < previous.Number)
        {
            throw new ArgumentException(
                $"Fact {member.Index} of document {member.Document.Number} comes after one of document {previous.Number}: a finding's members are read in the report's order.",
                nameof(member));
        }

        Count++;
        Keep(_shown, member);
        if (previous is null || member.Document.Number != previous.Number)
        {
            Keep(_documentFirsts, member);
        }

        // Every unlisted document has the listed documents' count + 1 for its number, and their facts come interleaved
        // by span after all others: only those need a set to be counted once.
        if (previous is null || member.Document.Number != previous.Number
            || (!member.Document.Equals(previous) && (_unlisted ??= [previous]).Add(member.Document)))
        {
            DocumentCount++;
            Keep(_documents, member.Document);
        }

        _last = member;
    }

    private static void Keep<T>(List<T> first, T item)
    {
        if (first.Count < Digest.FactRows.MaxMembers)
        {
            first.Add(item);
        }
    }
}
