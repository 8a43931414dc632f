using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Segmenting;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The names a document offers beyond a sentence: its title's (the actor of last resort: an event's statement speaks
/// for the event, otherwise 中国), each heading's (a 专栏 box is about the thing it names), and each paragraph's topic
/// (the first name of its opening sentence). One instance per document, fed every sentence in order.
/// </summary>
internal sealed class DocumentNames(NameFinder finder, string title)
{
    private const string DefaultEntity = "中国";
    private const string BoxKind = "box";

    private readonly Dictionary<string, EntityName?> _headings = new(StringComparer.Ordinal);
    private EntityName? _topic;
    private string? _lastPath;
    private EntityName? _lastHeading;
    private List<EntityName> _paragraphNames = [];
    private string? _boxPath;
    private bool _boxOpen;
    private bool _boxBody;

    public string DocumentEntity { get; } = TitleEntity(finder, title);

    public EntityName? Heading(Sentence sentence)
    {
        // The sentences under one heading share one path string: the same one as last time needs no hash of it.
        if (ReferenceEquals(sentence.SectionPath, _lastPath))
        {
            return _lastHeading;
        }

        if (!_headings.TryGetValue(sentence.SectionPath, out var name))
        {
            _headings[sentence.SectionPath] = name = HeadingName(finder, sentence.SectionPath);
        }

        (_lastPath, _lastHeading) = (sentence.SectionPath, name);
        return name;
    }

    /// <summary>
    /// The 专栏 box (or catalogued heading) a sentence stands under. A box runs from its heading while each paragraph
    /// still names the box's subject: the body text after it has no heading of its own to end it.
    /// </summary>
    public EntityName? Box(Sentence sentence, string simplified)
    {
        var heading = Heading(sentence);
        if (heading?.Kind != BoxKind)
        {
            return heading;
        }

        if (sentence.SectionPath != _boxPath)
        {
            // The heading line opens the box; its first body paragraph is always inside it.
            (_boxPath, _boxOpen, _boxBody) = (sentence.SectionPath, true, SectionHeading.Rank(Paragraph(sentence, simplified)) is null);
        }
        else if (sentence.OpensParagraph)
        {
            if (_boxOpen && _boxBody)
            {
                _boxOpen = NamedIn(Paragraph(sentence, simplified), heading);
            }

            _boxBody = true;
        }

        return _boxOpen ? heading : null;
    }

    // The sentence's paragraph (its line), looked at once per paragraph, never per sentence: a long line stays linear.
    private static ReadOnlySpan<char> Paragraph(Sentence sentence, string simplified)
    {
        var end = simplified.IndexOf('\n', sentence.Paragraph);
        return simplified.AsSpan(sentence.Paragraph, (end < 0 ? simplified.Length : end) - sentence.Paragraph);
    }

    private bool NamedIn(ReadOnlySpan<char> paragraph, EntityName box)
    {
        foreach (var name in Names(box))
        {
            if (paragraph.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The box's subject as a paragraph may write it: its catalogued aliases, or its name less any quotes.
    private IEnumerable<string> Names(EntityName box) =>
        finder.Aliases(box.Name).Append(box.Name.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal));

    /// <summary>The names the sentence's paragraph gave in its earlier sentences (for 「该联盟」).</summary>
    public IReadOnlyList<EntityName> Earlier(Sentence sentence, IReadOnlyList<EntityName> names)
    {
        if (sentence.OpensParagraph)
        {
            _paragraphNames = [];
        }

        // Names are only ever appended: a view of the first n is a snapshot, with no copy per sentence.
        var earlier = new ListPrefix<EntityName>(_paragraphNames, _paragraphNames.Count);
        _paragraphNames.AddRange(names);
        return earlier;
    }

    /// <summary>The paragraph's topic: the first name its opening sentence gives, kept for its later sentences.</summary>
    public EntityName? Topic(Sentence sentence, IReadOnlyList<EntityName> names)
    {
        if (sentence.OpensParagraph)
        {
            // A catalogued programme, project, institution or event that the opening sentence names is the paragraph's topic.
            _topic = names.FirstOrDefault(n => n.IsCatalogued && n.Kind is not (NameFinder.TitleKind or "country" or "country_group" or "place" or "initiative"));
        }

        return _topic;
    }

    private static string TitleEntity(NameFinder finder, string title)
    {
        var simplified = ScriptTables.Instance.ToSimplified(title);
        return finder.Find(simplified, 0, simplified.Length).FirstOrDefault(n => n.Kind == "event")?.Name ?? DefaultEntity;
    }

    private static EntityName? HeadingName(NameFinder finder, string path)
    {
        var last = ScriptTables.Instance.ToSimplified(path[(path.LastIndexOf('>') + 1)..].Trim());
        var marker = SectionHeading.BoxMarkers.FirstOrDefault(m => last.StartsWith(m, StringComparison.Ordinal));
        if (marker is null)
        {
            // An ordinary heading names a theme, not an actor: only a catalogued name in it counts.
            return finder.Find(last, 0, last.Length).FirstOrDefault(n => n.IsCatalogued && n.Kind is not ("country_group" or "country" or "title"));
        }

        // 「专栏6 鲁班工坊」「专栏4 甘泉行动增进澜湄地区民生福祉」: the box is about the name in its title, or its title.
        var name = last[marker.Length..].TrimStart("0123456789 　.、".ToCharArray()).Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var named = finder.Find(name, 0, name.Length).FirstOrDefault(n => n.Kind is not ("country_group" or "country"));
        return new EntityName(0, name.Length, named?.Name ?? name, BoxKind);
    }
}
