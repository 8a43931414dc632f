using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The names a document offers beyond a sentence: its title's (the actor of last resort: an event's statement speaks
/// for the event, a news item for the programme, project or institution it is headed by, otherwise a country the headline gives its own figures, "Indonesia's 2024 investment", otherwise 中国), each heading's (a 专栏 box is about the thing it names), and each paragraph's topic
/// (the first name of its opening sentence). One instance per document, fed every sentence in order.
/// </summary>
/// <param name="headings">The headings' names, shared by the extractor's documents; by default this document's own.</param>
/// <param name="publisher">Who published it (「重庆市商务委员会对外投资和经济合作处」): a region it names is the document's own, as the title's is.</param>
/// <param name="text">The document's text (simplified), where a headline that describes its subject names it (<see cref="Described"/>).</param>
/// <param name="titleTimeEnd">Where a period opening the headline ends (「今年前三季度重庆市…」: the recognizer's date), else 0.</param>
internal sealed class DocumentNames(NameFinder finder, string title, HeadingNames? headings = null, string? publisher = null, string? text = null, int titleTimeEnd = 0)
{
    private readonly HeadingNames _headingNames = headings ?? new HeadingNames(finder);

    private EntityName? _topic;
    private EntityName? _subjectTopic;
    private string? _lastPath;
    private EntityName? _lastHeading;
    // Every name read, in order (only ever appended to, so a window of it is a snapshot): those before _olderEnd are the
    // older paragraphs', from there to _paragraphStart the previous paragraph's, after it the current one's.
    private readonly List<EntityName> _names = [];
    private int _olderEnd;
    private int _paragraphStart;
    private string? _boxPath;
    private bool _boxOpen;
    private bool _boxBody;

    // The headline's actor, and whether it is a port the headline names before the trains ("Horgos port sees 6,000 … trips").
    private readonly (string Entity, bool Port, bool Report) _title = TitleEntity(finder, title, titleTimeEnd);
    // Whether the lead's first name was read for the country an institution's report is about (Lead).
    private bool _reportRead;
    private string? _leadEntity;
    // The thing a headline naming no actor describes by a noun ("Hanoi's first metro line …"), as the text names it.
    private string? _described;
    private bool _describedRead;
    // Whether _leadEntity is a lead line's (LeadLine): the lead's own opening name (Topic) replaces it.
    private bool _leadFromLine;
    // The region the title names (a province, or a place named as an administration: 「…-重庆市商务委员会」), else the first one
    // a line before the document's first figure names: what 「全省」「我市」「本澳」 refer to.
    private readonly string? _titleRegion = TitleRegion(finder, HanScript.ToSimplified(title));
    // The region the publisher (a page's site name) names: after the lead's and a line's, since a paper's or portal's home
    // (澳門力報, 浙江日报) is not the region every item it carries is about.
    private readonly string? _publisherRegion = publisher is null ? null : TitleRegion(finder, HanScript.ToSimplified(publisher));
    private string? _namedRegion;
    // The province the lead reports on (「海关总署广东分署公布，前4个月，广东外贸进出口…」).
    private string? _leadRegion;
    private string? _menuRegion;
    // Where the document's first figure starts: every sentence is told of (Figure), read for its names or not, so a lead is
    // judged the same whichever sentences a figure asked about.
    private int _firstFigure = int.MaxValue;
    // The headline as the text writes it (simplified): a figure on that line is the headline's, not the lead's.
    private readonly string _headline = HanScript.ToSimplified(title).Trim();

    /// <summary>
    /// The document's own actor: its headline's; where the headline gives none (a scraped page whose title is its site's
    /// menu), the programme, project or institution the lead opens with — the first name of a paragraph's opening sentence
    /// before the document's first figure (news restates its headline in its lead).
    /// </summary>
    public string DocumentEntity => _leadEntity ?? Described() ?? _title.Entity;

    /// <summary>
    /// "Hanoi's first metro line marks two years of service": a headline that names no actor but describes its subject by a
    /// noun (entity-names.json described_subjects) is about the first catalogued thing the text names that the noun may
    /// stand for — a photo caption's "the Cat Linh-Ha Dong line", a tag — where the lead opens with no name of its own. Read
    /// once, and only for such a headline: the whole text is searched for names then.
    /// </summary>
    private string? Described()
    {
        if (_describedRead)
        {
            return _described;
        }

        _describedRead = true;
        if (text is null || _title.Entity != finder.DefaultActor || Noun(finder, _headline) is not { } refers)
        {
            return null;
        }

        // The body before its first figure, then the pictures' captions: never a later mention of something else.
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal) is var n and >= 0 ? n : text.Length;
        var firstFigure = text.AsSpan(lineEnd).IndexOfAnyInRange('0', '9') is var d and >= 0 ? lineEnd + d : text.Length;
        if (FirstDescribed(0, firstFigure, refers) is { } lead)
        {
            return _described = lead;
        }

        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var e and >= 0 ? e : text.Length;
            if (end > start && finder.IsCaptionLine(text.AsSpan(start, end - start)) && FirstDescribed(start, end, refers) is { } caption)
            {
                return _described = caption;
            }

            start = end + 1;
        }

        return null;
    }

    // A project, place or programme (never a country, region or group) in [start, end) the noun may stand for.
    private string? FirstDescribed(int start, int end, IReadOnlyList<Referent> refers)
    {
        foreach (var name in finder.Find(text!, start, end))
        {
            if (name.IsCatalogued && !name.Weak && name.Kind is EntityKind.Project or EntityKind.Place or EntityKind.Programme
                && !finder.IsGeneric(name) && BackReferences.Refers(name.Name, name.Kind, refers, finder))
            {
                return name.Name;
            }
        }

        return null;
    }

    // The described_subjects noun the headline writes first as a word of its own and as the head of its phrase ("metro line"
    // → line; "more metro lines" describes no one thing), with what it may stand for.
    private static IReadOnlyList<Referent>? Noun(NameFinder finder, string headline)
    {
        var (at, found) = (int.MaxValue, (IReadOnlyList<Referent>?)null);
        foreach (var (noun, refers) in finder.DescribedSubjects)
        {
            for (var i = headline.IndexOf(noun, StringComparison.OrdinalIgnoreCase); i >= 0 && i < at; i = headline.IndexOf(noun, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = i + noun.Length;
                if ((i == 0 || !char.IsLetter(headline[i - 1])) && (end == headline.Length || !char.IsLetter(headline[end])) && !HeadFollows(finder, headline.AsSpan(end))
                    && !InsideIdiom(finder, headline, i, end) && !AfterTransit(finder, headline.AsSpan(0, i)))
                {
                    (at, found) = (i, refers);
                    break;
                }
            }
        }

        return found;
    }

    // How many words naming a thing may stand between a transit marker and the noun ("via new Peru port").
    private const int MaxTransitModifiers = 2;

    // "China's trade surges with South America via Peru port": a thing the headline's action passes through (a transit marker
    // right before the noun or before the words naming it, two at most) is not what the headline is about.
    private static bool AfterTransit(NameFinder finder, ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        for (var words = 0; words <= MaxTransitModifiers; words++)
        {
            if (finder.TransitMarkers.EndOf(before) is not null)
            {
                return true;
            }

            var space = before.LastIndexOf(' ');
            if (space <= 0)
            {
                return false;
            }

            before = before[..space].TrimEnd();
        }

        return false;
    }

    // "Exports in line with forecasts", "port operator": the noun at [start, end) inside one of described_blockers.
    private static bool InsideIdiom(NameFinder finder, string headline, int start, int end)
    {
        foreach (var idiom in finder.DescribedBlockers)
        {
            for (var i = headline.IndexOf(idiom, StringComparison.OrdinalIgnoreCase); i >= 0; i = headline.IndexOf(idiom, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (i <= start && end <= i + idiom.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "metro line", "metro lines": a described noun opens the next word, which heads the phrase.
    private static bool HeadFollows(NameFinder finder, ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }

        foreach (var (noun, _) in finder.DescribedSubjects)
        {
            if (rest[1..].StartsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the document's actor is a port its headline names before the trains that pass it: the trains the
    /// item then refers to ("The trains moved …", 「月均进出境班列」) are the port's.</summary>
    public bool DocumentIsPort => _leadEntity is null && _title.Port;

    public EntityName? Heading(Sentence sentence)
    {
        // The sentences under one heading share one path string: the same one as last time needs no hash of it.
        if (ReferenceEquals(sentence.SectionPath, _lastPath))
        {
            return _lastHeading;
        }

        var name = _headingNames.Of(sentence.SectionPath);
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
        if (heading?.Kind != EntityKind.Box)
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

    /// <summary>
    /// The names the paragraph before and the sentence's own paragraph gave before it (for 「该联盟」, "The company …":
    /// news paragraphs are often one sentence long, and the thing referred to is named in the one before).
    /// </summary>
    public IReadOnlyList<EntityName> Earlier(Sentence sentence, IReadOnlyList<EntityName> names)
    {
        if (sentence.OpensParagraph)
        {
            (_olderEnd, _paragraphStart) = (_paragraphStart, _names.Count);
        }

        var earlier = new ListWindow<EntityName>(_names, _olderEnd, _names.Count);
        _names.AddRange(names);
        return earlier;
    }

    /// <summary>
    /// The names of the document's paragraphs before the two <see cref="Earlier"/> reads ("the port" three one-sentence
    /// paragraphs after "the port of Mombasa"), as a snapshot.
    /// </summary>
    public IReadOnlyList<EntityName> Older => new ListWindow<EntityName>(_names, 0, _olderEnd);

    /// <summary>Told of every sentence's first figure, in order (<paramref name="at"/>: where it starts; none: the sentence's
    /// end), whether its names are read or not: a lead stands before the document's first figure.</summary>
    public void Figure(Sentence sentence, int at, string text)
    {
        // "Lagos-Ibadan train carried 519,738 passengers last year …" over "The Lagos-Ibadan standard gauge railway moved
        // 519,738 passengers …": the headline restated as the text's first line says its figure before the lead names whose
        // it is; the lead still stands before the body's first figure.
        // A page's stamp line (「2020-08-07 16:20:57」) is no figure of the item: its clock's numbers precede no lead.
        if (at < sentence.End && at < _firstFigure && !IsHeadline(sentence, text) && !DocumentHeader.IsPageLine(Paragraph(sentence, text)))
        {
            _firstFigure = at;
        }
    }

    // The sentence is the whole headline line (a Markdown heading's marks aside).
    private bool IsHeadline(Sentence sentence, string text) =>
        _headline.Length > 0 && sentence.Start == sentence.Paragraph
        && Paragraph(sentence, text).TrimStart('#').Trim().Equals(_headline, StringComparison.Ordinal);

    // Abbreviations the document defines in brackets after a catalogued name ("Piraeus Port Authority (PPA)"), each with the
    // name it stands for; null until one is defined (most documents define none).
    private Dictionary<string, EntityName>? _abbreviations;
    private const int MinAbbreviation = 2;
    // How far back a source word before a name is looked for ("According to the", 「根据」).
    private const int SourceBeforeWindow = 20;
    private const int MaxAbbreviation = 6;

    /// <summary>
    /// "Piraeus Container Terminal S.A. (PCT) took over piers II and III …" then "PCT currently employs about 1,500 people":
    /// an abbreviation a document defines in brackets right after a catalogued project, programme, institution, event or
    /// group of enterprises (two to six capitals, no catalogued alias of its own) stands for that name in its later
    /// sentences, added to their names where no other name stands.
    /// </summary>
    public void Abbreviations(List<EntityName> names, string text, int start, int end)
    {
        var added = false;
        if (_abbreviations is not null)
        {
            foreach (var (abbreviation, named) in _abbreviations)
            {
                for (var at = text.IndexOf(abbreviation, start, end - start, StringComparison.Ordinal); at >= 0;
                     at = at + abbreviation.Length < end ? text.IndexOf(abbreviation, at + abbreviation.Length, end - at - abbreviation.Length, StringComparison.Ordinal) : -1)
                {
                    if (WordList.IsWholeWord(text, at, abbreviation.Length) && !Overlaps(names, at, at + abbreviation.Length))
                    {
                        names.Add(named with { Start = at, End = at + abbreviation.Length });
                        added = true;
                    }
                }
            }
        }

        for (var k = 0; k < names.Count; k++)
        {
            if (names[k] is { IsCatalogued: true, Kind: EntityKind.Project or EntityKind.Programme or EntityKind.Institution or EntityKind.Event or EntityKind.Enterprises } n
                && Defined(text, n.End, end) is { } abbreviation && finder.Lookup(abbreviation) is null)
            {
                _abbreviations ??= new Dictionary<string, EntityName>(StringComparer.Ordinal);
                _abbreviations.TryAdd(abbreviation, n);
            }
        }

        if (added)
        {
            names.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // " (PCT)", "（PCT）", " S.A. (PCT)", " Company Limited (LCRC)": the capitals in the bracket right after a name (a company
    // form of entity-names.json company_forms between).
    private string? Defined(string text, int at, int end)
    {
        var open = text.IndexOfAny(['(', '（'], at, Math.Min(end - at, finder.CompanyFormsReach));
        if (open < 0 || !IsCompanyForm(text.AsSpan(at, open - at).Trim()))
        {
            return null;
        }

        var from = open + 1;
        var to = from;
        while (to < end && (char.IsAsciiLetterUpper(text[to]) || text[to] == '&'))
        {
            to++;
        }

        return to < end && text[to] is ')' or '）' && to - from is >= MinAbbreviation and <= MaxAbbreviation ? text[from..to] : null;
    }

    private bool IsCompanyForm(ReadOnlySpan<char> between)
    {
        if (between.IsEmpty)
        {
            return true;
        }

        var forms = finder.CompanyForms;
        for (var k = 0; k < forms.Count; k++) // an index loop: a foreach over the interface boxes an enumerator
        {
            if (between.SequenceEqual(forms[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<EntityName> names, int start, int end)
    {
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start < end && names[k].End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence stands before the document's first figure (of those told so far).</summary>
    public bool BeforeFirstFigure(Sentence sentence) => sentence.Start < _firstFigure;

    /// <summary>The names of a line before the document's first figure that no figure reads (a source line, 「来源：浙江省商务厅」):
    /// the first region it names is what 「全省」 refers to, if the title and the earlier lines named none.</summary>
    public void Lead(IReadOnlyList<EntityName> names, ReadOnlySpan<char> line)
    {
        // "IMF Country Report No. …" over "LAO PEOPLE'S DEMOCRATIC REPUBLIC": the country an institution's report is about
        // owns its figures (its debt, growth, reserves), the first a line before the first figure names.
        // A page's menu line ("Home | Africa | Economy") is not the lead: it names no report's subject.
        if (_title.Report && !_reportRead && !finder.IsMenuLine(line) && names.FirstOrDefault(n => n.Kind != EntityKind.Institution) is { } subject)
        {
            // Only the lead's first name that is no institution: a report about a region or the world names countries too.
            _reportRead = true;
            _leadEntity ??= subject.IsCatalogued && !subject.Weak && subject.Kind == EntityKind.Country ? subject.Name : null;
        }

        // 「澳門特別行政區政府入口網站 > 新聞」: a page's menu names its site, the region last (a Macao paper's 「澳門力報 > 經濟 >
        // 內地財經」 reports on Guangdong, which its lead names).
        if (finder.IsMenuLine(line))
        {
            _menuRegion ??= finder.RegionNamed(names, line);
        }
        else
        {
            _namedRegion ??= finder.RegionNamed(names, line);
        }
    }

    /// <summary>The region the document speaks of as its own (「全省」「我市」「本澳」 refer to it): the one its title or a line
    /// before its first figure names, under a headline naming no actor or naming that region as its actor (「今年前三季度云南省…」).</summary>
    public string? SelfRegion =>
        _title.Entity == finder.DefaultActor ? _titleRegion ?? _leadRegion ?? _namedRegion ?? _publisherRegion ?? _menuRegion
        : _title.Entity == _titleRegion ? _titleRegion : null;

    // A menu line ("澳門力報 > 經濟 > 內地財經") is no headline: the site it names is not the region its figures are about.
    private static string? TitleRegion(NameFinder finder, string title) =>
        finder.IsMenuLine(title) ? null : finder.RegionNamed(finder.Find(title, 0, title.Length), title);

    /// <summary>The paragraph's topic: the first name its opening sentence gives, kept for its later sentences.</summary>
    /// <param name="firstFigure">Where the sentence's first figure starts: a name after it is no topic (", while KCIC now
    /// employs …", "cargo from the port of Mombasa").</param>
    public EntityName? Topic(Sentence sentence, IReadOnlyList<EntityName> names, string text, int firstFigure)
    {
        if (sentence.OpensParagraph)
        {
            // A catalogued programme, project, institution or event that the opening sentence names is the paragraph's topic
            // (「海关总署统计，…」: an authority reports the country's figures, it is not what the paragraph is about; nor is a
            // statement's source, "KCIC General Manager … said"; nor an agreement, which acts nowhere: "Trade with members of
            // the Regional Comprehensive Economic Partnership grew fast").
            // A loop, not FirstOrDefault: a lambda capturing the parameters would be made for every sentence asked.
            _topic = null;
            for (var k = 0; k < names.Count; k++)
            {
                if (names[k] is var n && IsTopicName(n, text, sentence.End) && BeforeOrBesideFigure(text, n, firstFigure))
                {
                    _topic = n;
                    break;
                }
            }

            // 「首页 > 中文头条 > 正文」 "Home | AIIB | News": a menu line above the lead names no actor of the item.
            if (_topic is not null && finder.IsMenuLine(Paragraph(sentence, text)))
            {
                _topic = null;
            }

            _subjectTopic = _topic is null ? OwnerSubject(sentence, names, text) : null;

            if ((_leadEntity is null || _leadFromLine) && _title.Entity == finder.DefaultActor && _topic is { } lead && (IsTopic(lead.Kind) || lead.Kind == EntityKind.Event) && lead.Start < Math.Min(firstFigure, _firstFigure)
                && names.Count > 0 && ReferenceEquals(names[0], lead) && !finder.IsCaptionLine(Paragraph(sentence, text)) && !DocumentHeader.IsPageLine(Paragraph(sentence, text)))
            {
                (_leadEntity, _leadFromLine) = (lead.Name, false);
            }

            if (_leadEntity is null && LeadRegion(names, text, Math.Min(firstFigure, _firstFigure)) is { } region)
            {
                (_leadEntity, _leadRegion) = (region, region);
            }
        }

        _leadEntity ??= SelfReferencedRegion(sentence, names, text, firstFigure);
        return _topic ?? (sentence.OpensParagraph ? null : _subjectTopic);
    }

    // "Kenya's exports to China reached $200 million. Imports from China rose 20 percent …", "Hungary opened the door. …",
    // a label line "Djibouti. Public external debt climbed …": a catalogued country or province opening the paragraph as its
    // subject (a possessive, a lower-case verb or a full stop right after it) owns the figures of the paragraph's later
    // sentences that name no actor, where the opening sentence names no programme, project, institution or event to be the
    // topic and is no statement the name is the source of. Its own sentence is left to the actor rules.
    private EntityName? OwnerSubject(Sentence sentence, IReadOnlyList<EntityName> names, string text)
    {
        if (names.Count == 0 || names[0] is not { IsCatalogued: true, Kind: EntityKind.Country or EntityKind.Region } n
            || !text.AsSpan(sentence.Start, n.Start - sentence.Start).Trim().IsEmpty || !OpensAsSubject(text, n.End, sentence.End)
            || finder.SourceFollows(text, n.End, sentence.End))
        {
            return null;
        }

        return n;
    }

    private bool OpensAsSubject(string text, int end, int sentenceEnd) =>
        end < text.Length && (text[end] == '.' || (text[end] == ' ' && end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]))
            || Affixes.StartsWithAny(text.AsSpan(end, Math.Max(0, Math.Min(sentenceEnd, text.Length) - end)), finder.Possessives));

    // A catalogued programme, project, institution or event that may be a paragraph's topic: not a statement's source
    // ("KCIC General Manager … said") nor an agreement.
    private bool IsTopicName(EntityName n, string text, int end) =>
        n.IsCatalogued && finder.SourceBefore.EndOf(Articles.WithoutLast(text.AsSpan(Math.Max(0, n.Start - SourceBeforeWindow), Math.Min(n.Start, SourceBeforeWindow)).TrimEnd())) is null && n.Kind is not (EntityKind.Title or EntityKind.Country or EntityKind.CountryGroup or EntityKind.Place or EntityKind.Region or EntityKind.Initiative or EntityKind.Authority)
        && !Affixes.EndsWithAny(n.Name, finder.NotActors) && !finder.SourceFollows(text, n.End, end) && !finder.ListedSourceFollows(text, n.End, end);

    /// <summary>
    /// A line of the lead that no figure reads, right above the page's byline or chrome (<see cref="DocumentHeader.AboveChrome"/>:
    /// a headline the header did not take for the title, above a byline and a share bar: "Sihanoukville expressway's first
    /// year: …", then "Sok Chan / Khmer Times"): under a headline naming no actor, the project, institution or event it
    /// opens with is the document's, until the lead's own opening name says otherwise (<see cref="Topic"/>); never a menu
    /// line's, nor a programme's (a line far above the figures naming a service or scheme, "Silk Road e-commerce: …", heads
    /// a report of the country's statistics on its field), nor any other line's (a photo caption, "Related: …").
    /// </summary>
    public void LeadLine(Sentence sentence, IReadOnlyList<EntityName> names, string text)
    {
        if (_leadEntity is not null || _title.Entity != finder.DefaultActor || names.Count == 0 || !sentence.OpensParagraph)
        {
            return;
        }

        // The name first, the lines after: reading the next line's kind is the costly part, and most lead lines open with
        // no catalogued project.
        var lead = names[0];
        if (lead.Kind is not (EntityKind.Project or EntityKind.Institution or EntityKind.Event) || !IsTopicName(lead, text, sentence.End))
        {
            return;
        }

        var line = Paragraph(sentence, text);
        if (!finder.IsMenuLine(line) && DocumentHeader.AboveChrome(text, sentence.Paragraph + line.Length))
        {
            (_leadEntity, _leadFromLine) = (lead.Name, true);
        }
    }

    // 「海关总署广东分署公布，前4个月，广东外贸进出口2.8万亿元」: under a headline that names no actor, a province that the lead
    // names (after the authority publishing it) before the document's first figure reports its own figures: a provincial
    // release, whose later figures (「出口1.8万亿元」「全省进出口…」) are the province's; not one the goods passed or traded with
    // (「经新疆口岸」「对广西出口」: a transit or object marker before it). The partners it trades with may stand between the
    // province and the figure (「上半年福建省对“一带一路”沿线国家进出口增长13.6%」, "East China's Shandong Province saw its
    // trade with Belt and Road countries grow by 12 percent").
    private string? LeadRegion(IReadOnlyList<EntityName> names, string text, int firstFigure)
    {
        if (_title.Entity != finder.DefaultActor)
        {
            return null;
        }

        // The last name before the first figure that no object marker takes, in that figure's clause: the province reporting
        // it (「前4个月，广东外贸进出口…」), not one the lead names elsewhere (where a national release was given, a province's
        // office publishing it).
        for (var k = names.Count - 1; k >= 0; k--)
        {
            var name = names[k];
            if (name.End > firstFigure)
            {
                continue;
            }

            if (Segmenter.BreaksBetween(text, name.End, firstFigure))
            {
                return null;
            }

            var before = Articles.WithoutLast(text.AsSpan(0, name.Start).TrimEnd("“\"「 "));
            if (finder.TransitMarkers.EndOf(before) is not null)
            {
                return null;
            }

            if (finder.ObjectMarkers.EndOf(before) is null)
            {
                // "Ulaanbaatar /MONTSAME/ In the first seven months, Mongolia's total foreign trade turnover reached …": a country
                // opening the first figure's clause as a possessive reports its own figures on its agency's page, as a province does.
                return name.Kind == EntityKind.Region || (name.Kind == EntityKind.Country && Affixes.StartsWithAny(text.AsSpan(name.End, firstFigure - name.End), finder.Possessives)) ? name.Name : null;
            }
        }

        return null;
    }

    // 「全年全省与共建国家进出口2.56万亿元」 on a provincial department's page, 「首季本澳对外商品贸易总额…」 in a Macao release, "the
    // province's exports": a release speaking of its own region by a self-reference before a figure is a provincial release
    // too, the region's being the one the document itself names before its first figure (in its title, its publisher or
    // source line, headline or lead), under a headline naming no actor: a province, or a catalogued place written as an
    // administration (重庆市), never a city read from an office's name alone.
    private string? SelfReferencedRegion(Sentence sentence, IReadOnlyList<EntityName> names, string text, int firstFigure)
    {
        if (sentence.Start < _firstFigure)
        {
            var leadEnd = Math.Min(firstFigure, _firstFigure);
            Lead([.. names.Where(n => n.Start < leadEnd)], text.AsSpan(sentence.Start, Math.Max(0, Math.Min(leadEnd, sentence.End) - sentence.Start)));
        }

        if (SelfRegion is not { } region || firstFigure >= sentence.End)
        {
            return null;
        }

        return finder.RefersToOwnRegion(text.AsSpan(sentence.Start, firstFigure - sentence.Start)) ? region : null;
    }

    // A topic stands before the opening sentence's first figure, or after it in the same clause but not after an object
    // marker ("were signed at the CEO Conference"; never "cargo from the port of Mombasa", 「12场分论坛和企业家大会」 or
    // ", while KCIC now employs").
    private bool BeforeOrBesideFigure(string text, EntityName name, int firstFigure)
    {
        if (name.Start < firstFigure)
        {
            return true;
        }

        var between = text.AsSpan(firstFigure, name.Start - firstFigure);
        if (between.IndexOfAny(",，;；") >= 0 || CountedBy(between))
        {
            return false;
        }

        return finder.ObjectMarkers.EndOf(Articles.WithoutLast(between.TrimEnd())) is null;
    }

    // "The port currently serves 72 China-Europe freight train routes": a name right after the figure is the thing it counts,
    // not what the paragraph is about (MEANING.md: the counted thing is not the entity).
    private static bool CountedBy(ReadOnlySpan<char> between)
    {
        var figure = between.TrimEnd();
        return !figure.IsEmpty && char.IsAsciiDigit(figure[^1]) && figure.IndexOf(' ') < 0;
    }

    private static (string Entity, bool Port, bool Report) TitleEntity(NameFinder finder, string title, int timeEnd)
    {
        var simplified = HanScript.ToSimplified(title);
        // A page titled by its site's menu or breadcrumb ("Home | AIIB | News") has no headline to give an actor.
        if (finder.IsMenuLine(simplified))
        {
            return (finder.DefaultActor, false, false);
        }

        // An event's statement speaks for the event; a news item headed by a programme, project or institution
        // (「中老铁路开通运营三周年」, "AIIB approves …") is about it, when a sentence names no actor ("The bank currently has …").
        // A headline has no dates to stop a name read by its suffix (「关注中老铁路」): the catalogued one it ends with counts.
        var names = finder.Find(simplified, 0, simplified.Length);
        var topic = names.FirstOrDefault(n => n.Kind == EntityKind.Event) ?? names.FirstOrDefault(n => n.IsCatalogued && IsTopic(n.Kind) && !PortAfter(finder, simplified, names, n));
        if (topic is not null)
        {
            // "IMF Country Report No. …", "World Bank Kenya Economic Update": an institution's report on a country (report_titles)
            // gives the country's figures: the one the headline names, else the one a line before the first figure names (Lead).
            if (topic.Kind == EntityKind.Institution && finder.ReportTitles.Any(simplified, 0, simplified.Length))
            {
                var country = names.FirstOrDefault(n => n.IsCatalogued && !n.Weak && n.Kind == EntityKind.Country);
                return (country?.Name ?? topic.Name, false, country is null);
            }

            return (topic.Name, false, false);
        }

        if (Port(finder, simplified, names) is { } headlinePort)
        {
            return (headlinePort, true, false);
        }

        // "Container transit on China-Europe route via Kazakhstan up 24.6%": the country crossed in transit (TransitCountry).
        if (TransitCountry.In(simplified, 0, simplified.Length, names, finder) is { } crossed)
        {
            return (crossed, false, false);
        }

        return (names.Where(n => n.Kind == EntityKind.Named).Select(n => finder.EndingIn(n.Name)).FirstOrDefault(e => e is not null && IsTopic(e.Kind))?.Name
            ?? names.FirstOrDefault(n => n.IsCatalogued && !n.Weak && n.Kind is EntityKind.Country or EntityKind.CountryGroup or EntityKind.Region
                && (Affixes.StartsWithAny(simplified.AsSpan(n.End), finder.Possessives) || FirstOfPair(names, n, simplified)))?.Name
            ?? names.FirstOrDefault(n => n.IsCatalogued && !n.Weak && n.Kind is EntityKind.Country or EntityKind.CountryGroup && OpensAsSubject(finder, simplified, n))?.Name
            ?? names.FirstOrDefault(n => n.IsCatalogued && n.Kind is EntityKind.Place or EntityKind.Region && Opens(simplified, n, timeEnd))?.Name
            ?? finder.DefaultActor, false, false);
    }

    // "Zambia Official Creditor Deal Sets Template", "Kenya eyes bigger slice of China market": a country opening the headline
    // as its subject, a word after it (not a list's comma or joiner, "Egypt and Nigeria tap Chinese lending": recipients of
    // the lender's money, nor a pair's dash), is what the item reports on.
    private static bool OpensAsSubject(NameFinder finder, string headline, EntityName name)
    {
        if (!headline.AsSpan(0, name.Start).Trim().IsEmpty || name.End + 1 >= headline.Length || headline[name.End] != ' ' || !char.IsAsciiLetter(headline[name.End + 1]))
        {
            return false;
        }

        var rest = headline.AsSpan(name.End + 1);
        var space = rest.IndexOf(' ');
        return !finder.IsListJoiner(space < 0 ? rest : rest[..space]);
    }

    // "Xinjiang's Horgos port sees over 6,000 China-Europe freight train trips", 「满洲里铁路口岸进出境中欧班列累计突破1万列」: a
    // headline naming a port (a place or a name read by its suffix, a port word after it) before the programme whose trains
    // pass it is about the port's figures.
    private static string? Port(NameFinder finder, string title, List<EntityName> names)
    {
        foreach (var n in names)
        {
            if ((n.Kind is EntityKind.Place or EntityKind.Named) && finder.PortAfter(title, n) is { } word)
            {
                return EntityResolver.PortName(n, word);
            }
        }

        return null;
    }

    // Whether a port (as Port reads one) stands in the headline before this name.
    private static bool PortAfter(NameFinder finder, string title, List<EntityName> names, EntityName name)
    {
        foreach (var n in names)
        {
            if (n.Start < name.Start && (n.Kind is EntityKind.Place or EntityKind.Named) && finder.PortAfter(title, n) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "Uzbekistan-China trade reaches $5.8bln": a country joined by a dash to another country before them is the first party
    // of a pair, as 「中孟双边贸易额」 is 中国's: the headline gives it its own figures (the item reports the first party's statistics).
    private static bool FirstOfPair(List<EntityName> names, EntityName name, string title)
    {
        var at = names.IndexOf(name);
        if (at < 0 || at + 1 >= names.Count || names[at + 1] is not { IsCatalogued: true, Kind: EntityKind.Country or EntityKind.CountryGroup or EntityKind.Initiative } second
            || second.Name == name.Name)
        {
            return false;
        }

        // 「香港与“一带一路”经济体的商品贸易」「广东与东盟贸易…」: a Chinese headline joins the pair by a conjunction, the second
        // party a country, a group or the initiative's partners (quoted).
        var between = title.AsSpan(name.End, second.Start - name.End);
        return second.Kind != EntityKind.Initiative && between is "-" or "–" or "—"
            || between.TrimEnd(PairQuotes) is "与" or "和" or "同";
    }

    private const string PairQuotes = "“「『\"‘";

    // "Xi'an operates over 4,000 China-Europe train trips", 「西安…」: a headline opening with a catalogued place (a city, a
    // region) is about that place's figures; so is one that opens with its period and then the place (「今年前三季度重庆市
    // 对共建“一带一路”国家进出口增长14.6%」, "In 2024, Xi'an …").
    private static bool Opens(string headline, EntityName name, int timeEnd) =>
        headline.AsSpan(0, name.Start).Trim().IsEmpty
        || (timeEnd > 0 && timeEnd <= name.Start && headline.AsSpan(timeEnd, name.Start - timeEnd).Trim(" ,，、\u3000").IsEmpty);
    // "Indonesia's 2024 investment hits record", "Kenya's exports to China rise": a headline that gives a country its own
    // figures makes the item report that country's statistics, not China's.

    private static bool IsTopic(EntityKind kind) => kind is EntityKind.Programme or EntityKind.Project or EntityKind.Institution;
}
