using BeltRoad.Stats.Extraction.Text;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// Finds the names in a stretch of simplified text: titles in 《》, names read by their suffix (…铁路, …港, …银行;
/// English "… Railway", "… Fund"; canonical when they end with a catalogued alias: 中国国家开发银行 → 国家开发银行), then
/// the catalogued aliases left (longest first). Patterns are data: Resources/entity-names.json.
/// </summary>
internal sealed class NameFinder
{
    private const string FallbackActor = "中国";
    private const int MaxPrefix = 5;
    private const int MaxAliasBefore = 8;
    private const int MaxQualifier = 4;
    // How far after a name its source word is looked for ("General Manager").
    private const int SourceWindow = 16;
    private static readonly Comparison<EntityName> ByStart = (a, b) => a.Start.CompareTo(b.Start);

    // Arrays, not lists: a scan tries a start's aliases at every place it may stand, and an array's loop allocates nothing.
    private readonly Dictionary<char, (string Alias, EntityEntry Entry)[]> _aliases;
    private readonly Dictionary<(char First, char Second), (string Alias, EntityEntry Entry)[]> _latinBySecond;
    private readonly Dictionary<string, EntityEntry> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    // Every alias of each entity, by its name: a box's subject is looked for in each of its paragraphs.
    private readonly Dictionary<string, string[]> _aliasesOf;
    // The catalogued places that are ports: those with an alias written as a port (阿拉山口 has 阿拉山口口岸, "Alashankou port").
    private readonly HashSet<string> _ports = new(StringComparer.Ordinal);
    private readonly string[] _serviceBased;
    private readonly string[] _portWordsIgnoringCase;
    // A Han character's aliases that may stand where the next character is a given one: those whose second character it
    // is, then the one-character ones, each in the list's order (longest first). Most start characters (中, 国) begin
    // dozens of aliases, and one text position can only hold those agreeing with its next character.
    // Looked up by the start character without hashing (CharMap), then the next character among that start's seconds (a
    // vectorised search of a few characters).
    // Split again by the third character: 中国 alone starts over a hundred aliases, and 「中国」 stands in most sentences.
    private readonly CharMap<(char[] Seconds, ThirdSplit[] Aliases)> _hanAliasesBySecond;
    private readonly CharMap<(string Alias, EntityEntry Entry)[]> _hanSingleAliases;
    // The same table looked up by a slice of the text: the read names' prefixes and suffixes are tried without a copy each.
    private readonly Dictionary<string, EntityEntry>.AlternateLookup<ReadOnlySpan<char>> _byAliasSpan;
    private readonly CharStarts _aliasStarts;
    private readonly CharStarts _suffixStarts;
    private readonly string[] _zhSuffixes;
    private readonly string[] _listJoiners;
    private readonly Dictionary<string, string[]> _creditorLinks;
    private readonly string[] _listArticles;
    // "The", "More", "In": capitalised words opening a sentence that never open an English name ("More Jakarta-Bandung …").
    private readonly string[] _enNameOpeners;
    private readonly string[] _menuSeparators;
    private readonly string[] _captionMarks;
    private readonly WordList _zhSuffixWords;
    // 「班列」: the suffixes a brand’s kind of service ends with (entity-names.json service_suffixes).
    private readonly IReadOnlyList<string> _serviceSuffixes;
    // The stop words by their last character (each list longest first): a place is compared only with the stops that
    // can end on its character, a handful, not the hundred of them.
    private readonly CharMap<string[]> _zhStopsByLast;
    private readonly string[] _zhStopWords;
    private readonly WordList _zhContinuations;
    private readonly string[] _actorNouns;
    private readonly WordList _plannedVerbs;
    private readonly string[] _enSuffixes;
    private readonly int _maxZhLength;
    private readonly string[] _editionPrefixes;
    private readonly WordList _languageAfter;
    private readonly string[] _holdingWords;
    private readonly (string Noun, string[] Aliased)[] _routeNouns;

    public NameFinder(EntityCatalog catalog, EventVerbs eventVerbs)
    {
        using var json = EmbeddedJson.Open("entity-names.json");
        string[] Read(string name) => [.. json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).OrderByDescending(w => w.Length)];
        var aliases = new Dictionary<char, List<(string Alias, EntityEntry Entry)>>();
        void Add(string alias, EntityEntry entry)
        {
            var key = AsciiLower(alias[0]);
            if (!aliases.TryGetValue(key, out var list))
            {
                aliases[key] = list = [];
            }

            list.Add((alias, entry));
            _byAlias.TryAdd(alias, entry);
        }

        foreach (var entry in catalog.Entries)
        {
            foreach (var alias in entry.Aliases.Append(entry.Name).Distinct(StringComparer.Ordinal))
            {
                Add(alias, entry);
            }
        }

        foreach (var list in aliases.Values)
        {
            list.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
        }

        _aliases = aliases.ToDictionary(a => a.Key, a => a.Value.ToArray());

        _byAliasSpan = _byAlias.GetAlternateLookup<ReadOnlySpan<char>>();
        var singles = new Dictionary<char, (string Alias, EntityEntry Entry)[]>();
        var bySecond = new Dictionary<char, (char[] Seconds, ThirdSplit[] Aliases)>();
        foreach (var (first, list) in _aliases.Where(a => !char.IsAsciiLetter(a.Key)))
        {
            // Only the starts that have one-character aliases (few): a start whose next character agrees with none of its
            // aliases is then ruled out by the lookup alone.
            if (list.Any(a => a.Alias.Length == 1))
            {
                singles[first] = [.. list.Where(a => a.Alias.Length == 1)];
            }

            char[] seconds = [.. list.Where(a => a.Alias.Length > 1).Select(a => a.Alias[1]).Distinct()];
            bySecond[first] = (seconds, [.. seconds.Select(second => ThirdSplit.Of([.. list.Where(a => a.Alias.Length == 1 || a.Alias[1] == second)]))]);
        }

        _hanSingleAliases = new(singles);

        // Latin aliases by their first two letters (case folded): a word start is compared only with those agreeing with
        // its second letter, the single-letter ones (none today) with every word starting so.
        var latinBySecond = new Dictionary<(char, char), (string Alias, EntityEntry Entry)[]>();
        foreach (var (first, list) in _aliases.Where(a => char.IsAsciiLetter(a.Key)))
        {
            var singlesOf = list.Where(a => a.Alias.Length == 1).ToArray();
            foreach (var second in list.Where(a => a.Alias.Length > 1).Select(a => char.ToUpperInvariant(a.Alias[1])).Distinct())
            {
                latinBySecond[(first, second)] = [.. list.Where(a => a.Alias.Length == 1 || char.ToUpperInvariant(a.Alias[1]) == second)];
            }

            if (singlesOf.Length > 0)
            {
                latinBySecond[(first, '\0')] = singlesOf;
            }
        }

        _latinBySecond = latinBySecond;
        _hanAliasesBySecond = new(bySecond);

        _aliasesOf = _aliases.Values.SelectMany(list => list).GroupBy(a => a.Entry.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Alias).ToArray(), StringComparer.Ordinal);

        // Where an alias may start, both cases of a Latin letter: the scans jump between these (vectorised).
        _aliasStarts = new CharStarts(_aliases.Keys.SelectMany(c => char.IsAsciiLetter(c) ? [c, char.ToUpperInvariant(c)] : new[] { c }));

        DefaultActor = catalog.Entries.FirstOrDefault(e => e.Weak)?.Name ?? FallbackActor;
        Initiative = catalog.Entries.FirstOrDefault(e => e.Kind == EntityKind.Initiative)?.Name;

        _zhSuffixes = Read("zh_suffixes");
        _zhSuffixWords = new WordList(_zhSuffixes);
        _suffixStarts = new CharStarts(_zhSuffixes.Select(x => x[0]).Concat("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        _zhStopsByLast = new(Read("zh_stops").GroupBy(x => x[^1]).ToDictionary(g => g.Key, g => g.ToArray()));
        _zhStopWords = Read("zh_stop_words");
        _zhContinuations = new WordList(Read("zh_continuations"));
        _actorNouns = Read("actor_nouns");
        _plannedVerbs = new WordList(Read("planned_verbs"));
        _enSuffixes = Read("en_suffixes");
        ObjectMarkers = new WordList(Read("object_markers"));
        PartnerCounts = new WordList(Read("partner_counts"));
        PartnerNouns = new WordList(Read("partner_nouns"));
        DescriptorNouns = new WordList(Read("descriptor_nouns"));
        BasedSuffixes = Read("based_suffixes");
        MadeSuffixes = Read("made_suffixes");
        RouteHeads = Read("route_heads");
        PartOpeners = new WordList(Read("part_openers"));
        TransitNouns = new WordList(json.RootElement.GetProperty("transit_countries").GetProperty("nouns").EnumerateArray().Select(x => x.GetString()!));
        LoanTermWords = new WordList(Read("loan_terms"));
        CountryWholes = new WordList(json.RootElement.GetProperty("country_wholes").EnumerateArray().Select(x => x.GetString()!));
        TransitNounFirst = new WordList(json.RootElement.GetProperty("transit_countries").GetProperty("noun_first").EnumerateArray().Select(x => x.GetString()!));
        // The transit markers every rule reads, and the words only a transit country's rule adds ("across Kazakhstan").
        TransitCountryMarkers = new WordList(Read("transit_markers").Concat(json.RootElement.GetProperty("transit_countries").GetProperty("extra_markers").EnumerateArray().Select(x => x.GetString()!)));
        PartAfterWith = new WordList(Read("part_after_with"));
        InstrumentOwners = new WordList(Read("instrument_owners"));
        ModifierMarkers = new WordList(Read("modifier_markers"));
        FrameAfter = new WordList(Read("frame_after"));
        SegmentAfter = new WordList(Read("segment_after"));
        Segments = Segments.Read(json.RootElement.GetProperty("segments"));
        Pairs = Pairs.Read(json.RootElement.GetProperty("pairs"));
        ReportingVerbs = Read("reporting_verbs");
        UseVerbs = new WordList(Read("use_verbs"));
        InitiativeMoney = new WordList(Read("initiative_money"));
        ChinaSources = new WordList(Read("china_sources"));
        FundsLinks = new WordList(Read("funds_links"));
        PublicFunds = new WordList(Read("public_funds"));
        ReportTitles = new WordList(Read("report_titles"));
        CapitalMarkers = new WordList(Read("capital_markers"));
        PairOpeners = new WordList(Read("pair_openers"));
        RankedFollowers = new WordList(Read("ranked_followers"));
        var swaps = json.RootElement.GetProperty("swap_lines");
        WordList SwapWords(string name) => new(swaps.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        SwapLines = new SwapLines(SwapWords("words"), SwapWords("line_words"), SwapWords("title_words"),
            swaps.GetProperty("name_prefix").GetString()!, swaps.GetProperty("name_suffix").GetString()!,
            SwapLines.Abbreviations(swaps.GetProperty("abbreviations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal), Pairs));
        _creditorLinks = json.RootElement.GetProperty("creditor_links").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(x => x.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase);
        DebtWords = new WordList(_creditorLinks.Keys);
        CreditorNouns = Read("creditor_nouns");
        CapitalHolders = Read("capital_holders");
        StakeWords = Read("stake_words");
        StakeVerbs = new WordList(Read("stake_verbs"));
        SourceAfter = new WordList(Read("source_after"));
        SourceDepartments = new WordList(Read("source_departments"));
        SourceBefore = new WordList(Read("source_before"));
        BreakdownMarkers = Read("breakdown_markers");
        CompassWords = Read("compass_words");
        _genericQualifiers = Read("generic_qualifiers");
        TransitMarkers = new WordList(Read("transit_markers"));
        PortWords = Read("port_words");
        _portWordsIgnoringCase = [.. PortWords.Where(w => char.IsAsciiLetter(w[0])).SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..] })];
        _serviceBased = Read("service_based");
        foreach (var entry in catalog.Entries)
        {
            if (entry.Kind == EntityKind.Place && entry.Aliases.Any(a => PortWords.Any(w => a.Length > w.Length && a.EndsWith(w, StringComparison.OrdinalIgnoreCase))))
            {
                _ports.Add(entry.Name);
            }
        }

        PartnerWords = new WordList(Read("partner_words"));
        BilateralWords = new WordList(Read("bilateral_words"));
        EventDealWords = new WordList(Read("event_deal_words"));
        NationalBefore = new WordList(Read("regional_enterprises_national"));
        _regionalEnterprises = json.RootElement.GetProperty("regional_enterprises").EnumerateObject().ToDictionary(
            p => p.Name,
            p => new RegionalGroup(p.Value.GetProperty("name").GetString()!, [.. p.Value.GetProperty("bare").EnumerateArray().Select(x => x.GetString()!)]),
            StringComparer.Ordinal);
        AppositiveOpenings = Read("appositive_openings");
        ParticipleOpenings = [.. Read("participle_openings").Concat(eventVerbs.Openings).OrderByDescending(w => w.Length)];
        RelativePronouns = Read("relative_pronouns");
        _listJoiners = Read("list_joiners");
        _listArticles = Read("list_articles");
        _enNameOpeners = Read("en_name_openers");
        _menuSeparators = Read("menu_separators");
        _captionMarks = Read("caption_marks");
        RouteLinks = Read("route_links");
        RouteLinksEnglish = Read("route_links_en");
        RouteOpeners = Read("route_openers");
        _routeNouns = json.RootElement.GetProperty("route_nouns").EnumerateObject()
            .Select(p => (p.Name, (string[])[.. p.Value.EnumerateArray().Select(x => x.GetString()!)])).OrderByDescending(p => p.Name.Length).ToArray();
        RouteStarts = Read("route_starts");
        BetweenLinks = Read("between_links");
        ViaLinks = Read("via_links");
        ViaEnds = Read("via_ends");
        BetweenEnds = Read("between_ends");
        DatelineEnds = Read("dateline_ends");
        PartnerHolders = Read("partner_holders");
        NotActors = Read("not_actors");
        ProgrammeSuffixes = Read("programme_suffixes");
        Anaphora = new WordList(Read("anaphora"));
        EnglishAnaphora = Read("en_anaphora");
        EnglishPronouns = Read("en_pronouns");
        TrafficRows = Read("traffic_rows");
        OperatedRows = Read("operated_rows");
        CostRows = Read("cost_rows");
        AttendedRows = Read("attended_rows");
        CompanyForms = Read("company_forms");
        CompanyFormsReach = CompanyForms.Max(static f => f.Length) + 3;
        InitiativeDocuments = Read("initiative_documents");
        InitiativePartners = Read("initiative_partners");
        _serviceSuffixes = Read("service_suffixes");
        BilateralSigners = new WordList(Read("bilateral_signers"));
        SigningVerbs = new WordList(Read("signing_verbs"));
        EachWords = new WordList(Read("each_words"));
        _languageAfter = new WordList(Read("language_after"));
        _holdingWords = Read("holding_words");
        Possessives = Read("possessives");
        _regionSelfReferences = Read("region_self_references");
        _selfReferenceBlockers = Read("region_self_reference_blockers");
        _administrationSuffixes = Read("administration_suffixes");
        SelfMarkers = Read("self_markers");
        SelfNouns = Read("self_nouns");
        BareSelfNouns = Read("bare_self_nouns");
        EnglishBackReferences = BackReferenceNouns(json, "en_back_references");
        ZhBackReferences = BackReferenceNouns(json, "zh_back_references");
        ZhBackReferenceBlockers = Read("zh_back_reference_blockers");
        ClassAfter = new WordList(Read("class_after"));
        ClassCopulas = Read("class_copulas");
        _classCopulaBlockers = Read("class_copula_blockers");
        RunningVerbs = new WordList(Read("running_verbs"));
        ChinaWholes = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("markers").EnumerateArray().Select(x => x.GetString()!));
        ChinaShareMarkers = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("share_markers").EnumerateArray().Select(x => x.GetString()!));
        ShareWords = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("share_words").EnumerateArray().Select(x => x.GetString()!));
        ChinaWholeEnds = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("frame_ends").EnumerateArray().Select(x => x.GetString()!));
        ChinaPlaceAfter = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("place_after").EnumerateArray().Select(x => x.GetString()!));
        OwnPossessives = new WordList(json.RootElement.GetProperty("china_wholes").GetProperty("own_possessives").EnumerateArray().Select(x => x.GetString()!));
        FunderMarkers = new WordList(Read("funder_markers"));
        DescribedBlockers = Read("described_blockers");
        DescribedSubjects = [.. Read("described_subjects").Select(noun => EnglishBackReferences.FirstOrDefault(b => b.Noun == noun) is { Refers: not null } known
            ? known : throw new FormatException($"entity-names.json: described_subjects' '{noun}' is no noun of en_back_references."))];
        _editionPrefixes = Read("edition_prefixes");
        _maxZhLength = json.RootElement.GetProperty("max_zh_length").GetInt32();
    }

    /// <summary>「首页 > 中文头条 > 正文」 "Home | Africa | Business": a line holding two or more menu separators is a page's
    /// menu or breadcrumb, no headline or lead.</summary>
    public bool IsMenuLine(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var separator in _menuSeparators)
        {
            for (var at = line.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = Occurrences.NextAfterEnd(line, separator, at))
            {
                if (++count >= 2)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"An SGR passenger train at the Mobolaji Johnson Station, Ebute-Metta, Lagos. Photo: File", 「图为…」: a line
    /// holding a photo credit (caption_marks) is a picture's caption, no lead: what it names is the picture's.</summary>
    public bool IsCaptionLine(ReadOnlySpan<char> line)
    {
        foreach (var mark in _captionMarks)
        {
            if (line.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whose a figure is when nothing else says: the catalogue's weak default actor (中国).</summary>
    public string DefaultActor { get; }

    /// <summary>The catalogue's initiative (一带一路): what holds the partners its cooperation documents count.</summary>
    public string? Initiative { get; }

    /// <summary>A name right after one of these is a partner, place or object, not the actor (与共建国家).</summary>
    public WordList ObjectMarkers { get; }

    /// <summary>Words of deals struck at an event (entity-names.json event_deal_words): the event's own money.</summary>
    public WordList EventDealWords { get; }

    /// <summary>A possessive before an instrument ("Its first panda bond"): the possessor issued it, the instrument acts in nothing.</summary>
    public WordList InstrumentOwners { get; }

    /// <summary>A count between an object marker and its name ("with the five Central Asian countries"): read past as an article is.</summary>
    public WordList PartnerCounts { get; }

    /// <summary>"partner countries", "countries such as": a noun naming the names after it as partners, between a marker and them.</summary>
    public WordList PartnerNouns { get; }

    /// <summary>"Peruvian miner Volcan": what a company is, between a country's adjective and its name (the name acts).</summary>
    public WordList DescriptorNouns { get; }

    /// <summary>"-based": a place joined so to an organisation's name describes it, it does not act (based_suffixes).</summary>
    public IReadOnlyList<string> BasedSuffixes { get; }

    /// <summary>"-built", "-run": a country's adjective hyphened to one of these before a catalogued thing says who built or runs it.</summary>
    public IReadOnlyList<string> MadeSuffixes { get; }

    /// <summary>"route", "direction": a noun after names joined by dashes ("the China–Central Asia direction") that makes them a route's ends.</summary>
    public IReadOnlyList<string> RouteHeads { get; }

    /// <summary>"with Hefei accounting for 87.6 percent": the word before a part named with its share (part_openers).</summary>
    public WordList PartOpeners { get; }

    /// <summary>"transit", 过境: a sentence naming one of these before a figure may name the country it crossed.</summary>
    public WordList TransitNouns { get; }

    /// <summary>"interest": a sentence naming a loan and one of these states the loan's terms (loan_terms).</summary>
    public WordList LoanTermWords { get; }

    /// <summary>"the country's", "the kingdom's": a whole a share is of, the document's own country's (country_wholes).</summary>
    public WordList CountryWholes { get; }

    /// <summary>"across", "through", "via": transit markers that name a transit country only after a transit noun.</summary>
    public WordList TransitNounFirst { get; }

    /// <summary>"across", "via", 经: a catalogued country right after one of these in such a sentence is the one crossed.</summary>
    public WordList TransitCountryMarkers { get; }

    /// <summary>"accounting for", "contributing": a verb of taking a part right before a share (part_after_with).</summary>
    public WordList PartAfterWith { get; }

    /// <summary>A name read from the text right after one of these describes (的跨国铁路); it does not act.</summary>
    public WordList ModifierMarkers { get; }

    /// <summary>A name followed by one of these is a time frame (论坛期间), not the actor.</summary>
    public WordList FrameAfter { get; }

    /// <summary>"into", 「向」: before a fund's name (<see cref="CapitalHolders"/>), what marks an amount as capital put into it.</summary>
    public WordList CapitalMarkers { get; }

    /// <summary>Whether <paramref name="word"/> joins a list of names ("and": list_joiners).</summary>
    public bool IsListJoiner(ReadOnlySpan<char> word) => Affixes.IsOneOf(word, _listJoiners);

    /// <summary>"between": before two parties joined by "and" ("trade between Uzbekistan and China"), what names a pair.</summary>
    public WordList PairOpeners { get; }

    /// <summary>"owed", "loans", "obligations": words a debt's creditor follows after one of its links (creditor_links).</summary>
    public WordList DebtWords { get; }

    /// <summary>"lenders", "banks": the noun a country's adjective must lead to for the country to be a creditor ("Chinese lenders").</summary>
    public IReadOnlyList<string> CreditorNouns { get; }

    /// <summary>Whether <paramref name="word"/> is a closed-class word that opens no English name ("about", "some": en_name_openers).</summary>
    public bool IsNameOpener(ReadOnlySpan<char> word)
    {
        foreach (var opener in _enNameOpeners)
        {
            if (word.Equals(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The links after which a debt word's creditor stands ("owed" → "to"; "" for a creditor right after it).</summary>
    public IReadOnlyList<string> CreditorLinksOf(string debtWord) => _creditorLinks.TryGetValue(debtWord, out var links) ? links : [];

    /// <summary>「基金」: names ending so receive capital.</summary>
    public IReadOnlyList<string> CapitalHolders { get; }

    /// <summary>「股权」「股份」: right after a percentage (的 between allowed), what makes it a stake in a company.</summary>
    public IReadOnlyList<string> StakeWords { get; }

    /// <summary>「收购」「持有」: in a stake's clause, the verb whose subject (the clause's first name) acquires or holds it.</summary>
    public WordList StakeVerbs { get; }

    /// <summary>A name followed by one of these names a segment of a project (老挝段), not the actor.</summary>
    public WordList SegmentAfter { get; }

    /// <summary>Segments, routes and directions of a project (「中国段」「南通道」, "the Laos section"): <see cref="Meaning.Segments"/>.</summary>
    public Segments Segments { get; }

    /// <summary>The parties of a bilateral figure (「中非贸易额」「对华出口」): <see cref="Meaning.Pairs"/>.</summary>
    public Pairs Pairs { get; }

    /// <summary>"data shows", "said": an English back reference may stand right after one of these, mid-clause.</summary>
    public IReadOnlyList<string> ReportingVerbs { get; }

    /// <summary>"used", "rode": a flow counted before one of these and "the road" / "the line" after it is that thing's traffic.</summary>
    public WordList UseVerbs { get; }

    /// <summary>"engagement", "finance": right after the initiative's name, China's money under it (initiative_money).</summary>
    public WordList InitiativeMoney { get; }

    /// <summary>"Chinese customs", "China's ambassador": a source of China's own count of its bilateral trade (china_sources).</summary>
    public WordList ChinaSources { get; }

    /// <summary>"from", "provided by": after an amount, where the money comes from (funds_links; Meaning/AmountSources).</summary>
    public WordList FundsLinks { get; }

    /// <summary>"budget", "treasury": a country's purse an amount comes from (public_funds: "from Hungary's state budget").</summary>
    public WordList PublicFunds { get; }

    /// <summary>"Country Report", "Article IV", "Staff Report": an institution's headline holding one of these heads its report on a country.</summary>
    public WordList ReportTitles { get; }

    /// <summary>A name followed by one of these is a study's or statement's source (世界银行预测), not the actor.</summary>
    public WordList SourceAfter { get; }

    /// <summary>「贸易伙伴」, "trading partner": a name whose clause goes on to one of these is described as a partner, not the actor.</summary>
    public WordList PartnerWords { get; }

    private readonly Dictionary<string, RegionalGroup> _regionalEnterprises;

    /// <summary>A group of enterprises catalogued as the country's (中国民营企业) that a region's document writes bare (民营企业): the
    /// region's group then (entity-names.json regional_enterprises); null for other names.</summary>
    public RegionalGroup? RegionalEnterprises(string entity) => _regionalEnterprises.GetValueOrDefault(entity);

    /// <summary>「双边」, "bilateral", "between the two sides": trade of a pair the text has named.</summary>
    public WordList BilateralWords { get; }

    /// <summary>Words that make a bare group of enterprises right after them the whole country's (全国, "nationwide"): entity-names.json regional_enterprises_national.</summary>
    public WordList NationalBefore { get; }

    /// <summary>「其中」: an object marker after which a group of enterprises is the part a figure breaks out, and acts.</summary>
    public IReadOnlyList<string> BreakdownMarkers { get; }

    /// <summary>"northwest", "central": a direction word between an English object marker and a name ("in northwest China").</summary>
    public IReadOnlyList<string> CompassWords { get; }

    private readonly string[] _genericQualifiers;

    /// <summary>
    /// 「回程班列」「铁海联运班列」「月均进出境班列」: a name read by its suffix whose words before the suffix are all generic
    /// qualifiers (generic_qualifiers) names a kind of service, not one.
    /// </summary>
    public bool IsGeneric(EntityName name)
    {
        var suffix = name.IsCatalogued ? null : Array.Find(_zhSuffixes, x => name.Name.EndsWith(x, StringComparison.Ordinal));
        if (suffix is null)
        {
            return false;
        }

        var prefix = name.Name.AsSpan(0, name.Name.Length - suffix.Length);
        while (!prefix.IsEmpty && Affixes.FirstStartingWith(prefix, _genericQualifiers) is { } word)
        {
            prefix = prefix[word.Length..];
        }

        return prefix.IsEmpty && name.Name.Length > suffix.Length;
    }

    /// <summary>「经由」, "through", "via": before a port, what makes trains or goods counted pass it.</summary>
    public WordList TransitMarkers { get; }

    /// <summary>「口岸」, "port": after a name, what makes it a port (longest first).</summary>
    public IReadOnlyList<string> PortWords { get; }

    /// <summary>
    /// The port word standing right after <paramref name="name"/> (「口岸」, " Port"; empty when the name as written ends
    /// with one), or null: the name is then a port's, 「满洲里铁路口岸」 "the Horgos Port". A province is never one port:
    /// 「经广西口岸」 are all its crossings.
    /// </summary>
    public string? PortAfter(string text, EntityName name)
    {
        if (name.Kind == EntityKind.Region)
        {
            return null;
        }

        // "the Horgos Port" as one alias: the port word ends the name as written.
        var written = text.AsSpan(name.Start, name.End - name.Start);
        foreach (var word in PortWords)
        {
            if (written.Length > word.Length && written.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (!char.IsAsciiLetter(word[0]) || written[^(word.Length + 1)] == ' '))
            {
                return "";
            }
        }

        var rest = text.AsSpan(name.End);
        var spaced = rest.StartsWith(" ", StringComparison.Ordinal);
        rest = rest.TrimStart(' ');
        foreach (var word in PortWords)
        {
            var latin = char.IsAsciiLetter(word[0]);
            if (latin == spaced && rest.StartsWith(word, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                && (!latin || rest.Length == word.Length || !char.IsAsciiLetter(rest[word.Length])))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// A catalogued place the catalogue also knows as a port (an alias of it ends with a port word: 阿拉山口口岸, "Horgos
    /// port"), written bare: 「经阿拉山口通行的中欧班列」 passes the port as 「经阿拉山口口岸」 does.
    /// </summary>
    public bool IsCataloguedPort(EntityName name) => name.IsCatalogued && name.Kind == EntityKind.Place && _ports.Contains(name.Name);

    /// <summary>Whether a canonical name is a place the catalogue knows as a port (a back reference's <c>is:port</c>).</summary>
    public bool IsPort(string name) => _ports.Contains(name);

    /// <summary>"the ", "which ": what opens an English appositive or relative clause after a clause that is only a name.</summary>
    public IReadOnlyList<string> AppositiveOpenings { get; }

    /// <summary>"launched ", "built ": what opens an English participle clause describing the name the clause before ends with.</summary>
    public IReadOnlyList<string> ParticipleOpenings { get; }

    /// <summary>"which ", "who ": what opens an English relative clause whose subject is the name the clause before ends with.</summary>
    public IReadOnlyList<string> RelativePronouns { get; }

    /// <summary>「至」「—」: a place followed by one of these ends a route (「昆明至万象」).</summary>
    public IReadOnlyList<string> RouteLinks { get; }

    /// <summary>"and ", "to ": an English place followed by one of these ends a route when a <see cref="RouteOpeners"/> word stands before it.</summary>
    public IReadOnlyList<string> RouteLinksEnglish { get; }

    /// <summary>" between", " from": what opens an English route right before its first place.</summary>
    public IReadOnlyList<string> RouteOpeners { get; }

    /// <summary>「起」「至」: a place right after one of these ends a route (「北起昆明」).</summary>
    public IReadOnlyList<string> RouteStarts { get; }

    /// <summary>「与」「和」: a place followed by one of these and a <see cref="BetweenEnds"/> word soon after is one end of a route.</summary>
    public IReadOnlyList<string> BetweenLinks { get; }

    /// <summary>「昆明经老挝至泰国」: a place followed by one of these and, soon after, a route link starts a route (via_links).</summary>
    public IReadOnlyList<string> ViaLinks { get; }

    /// <summary>「至」「到」: after a via link, what leads to the route's other end, a catalogued place right after it (via_ends).</summary>
    public IReadOnlyList<string> ViaEnds { get; }

    /// <summary>「经济」「经贸」「经开」: words a stop word or a via link opens without being one (zh_stop_words).</summary>
    public IReadOnlyList<string> ZhStopWords => _zhStopWords;

    /// <summary>「间」: what closes 「A与B间」.</summary>
    public IReadOnlyList<string> BetweenEnds { get; }

    /// <summary>「日电」: what ends a Chinese dateline's date after the place it was filed from.</summary>
    public IReadOnlyList<string> DatelineEnds { get; }

    /// <summary>「该联盟」: what makes a bare suffix word refer back to a name.</summary>
    public WordList Anaphora { get; }

    /// <summary>「各」, "each": after listed actors, the figure is each one's (「A、B将各设立…」).</summary>
    public WordList EachWords { get; }

    /// <summary>"According to the Central Bank of Kenya, …", 「据肯尼亚国家统计局数据」 (source_before): the name a source word
    /// leads to is where the figures come from, no paragraph's topic.</summary>
    public WordList SourceBefore { get; }

    /// <summary>Whether a study's or statement's source word follows a name ending at <paramref name="end"/> (「世界银行预测」,
    /// "KCIC General Manager"), within the sentence ending at <paramref name="limit"/>.</summary>
    public bool SourceFollows(string text, int end, int limit)
    {
        return OpensWithSource(text.AsSpan(end, Math.Max(0, Math.Min(SourceWindow, limit - end))).TrimStart("”》 "));
    }

    /// <summary>Whether the text right after a name opens with a source word, a short department of the name aside.</summary>
    public bool OpensWithSource(ReadOnlySpan<char> after) =>
        Affixes.StartsWithAny(after, SourceAfter.Words) || Affixes.StartsWithAny(after[DepartmentLength(after)..], SourceAfter.Words);

    // 「新疆国际陆港集团运营部负责人说」: a short department of the name (a few Han characters ending with a source_departments
    // word) may stand between the name and its speaker; how long it is, 0 where none.
    private int DepartmentLength(ReadOnlySpan<char> after)
    {
        for (var k = 1; k <= MaxDepartment && k <= after.Length && HanText.Is(after[k - 1]); k++)
        {
            if (SourceDepartments.EndOf(after[..k]) is not null)
            {
                return k;
            }
        }

        return 0;
    }

    private const int MaxDepartment = 6;

    /// <summary>「运营部」「办公室」: the end of a department of an organisation, standing between its name and a speaker (source_departments).</summary>
    public WordList SourceDepartments { get; }

    // How far an English list of names may run after a name before its verb ("AidData, the World Bank and the Kiel Institute counts").
    private const int ListedWithin = 60;

    /// <summary>"A study by AidData, the World Bank and the Kiel Institute counts …": a name one of a list of capitalised names (joined by
    /// commas and the list words of entity-names.json) that a source's word follows is a source too, not only the list's last name.</summary>
    public bool ListedSourceFollows(string text, int end, int limit)
    {
        var at = end;
        var stop = Math.Min(limit, end + ListedWithin);
        var listed = false;
        while (at < stop)
        {
            while (at < stop && text[at] is ' ' or ',')
            {
                at++;
            }

            var word = at;
            while (word < stop && (char.IsAsciiLetterOrDigit(text[word]) || text[word] is '-' or '&' or '\''))
            {
                word++;
            }

            var w = text.AsSpan(at, word - at);
            var joiner = Affixes.IsOneOf(w, _listJoiners);
            if (w.IsEmpty || !(char.IsAsciiLetterUpper(w[0]) || joiner || Affixes.IsOneOf(w, _listArticles)))
            {
                break;
            }

            listed |= joiner || text.AsSpan(end, at - end).Contains(',');
            at = word;
        }

        return listed && at > end && SourceFollows(text, at, limit);
    }


    /// <summary>"'s", "’s": the English possessive endings after a name ("Indonesia's 2024 investment").</summary>
    public IReadOnlyList<string> Possessives { get; }

    private readonly string[] _regionSelfReferences;
    private readonly string[] _selfReferenceBlockers;

    /// <summary>Whether <paramref name="span"/> speaks of the document's own region (「全省」「本澳」, "the province": a release
    /// about the region the document names) by a word of its own, not one inside another word (资本市场, 全市场, 安全区:
    /// region_self_reference_blockers overlapping it).</summary>
    public bool RefersToOwnRegion(ReadOnlySpan<char> span)
    {
        foreach (var word in _regionSelfReferences)
        {
            for (var at = span.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                if (!InsideAnotherWord(span, at, word.Length))
                {
                    return true;
                }

                var next = span[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    // A blocker overlapping the word at `at`: any occurrence of it within the window that reaches one character into the word.
    private bool InsideAnotherWord(ReadOnlySpan<char> span, int at, int length)
    {
        foreach (var blocker in _selfReferenceBlockers)
        {
            var from = Math.Max(0, at - blocker.Length + 1);
            var to = Math.Min(span.Length, at + length + blocker.Length - 1);
            if (span[from..to].Contains(blocker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private readonly string[] _administrationSuffixes;

    /// <summary>
    /// The region a line names, what 「全省」「我市」 refer to: its first province (kind region), else a catalogued place written as an
    /// administration, right before one of administration_suffixes (「…-重庆市商务委员会」: a municipal department's site name,
    /// read as one name by its suffix).
    /// </summary>
    public string? RegionNamed(IReadOnlyList<EntityName> names, ReadOnlySpan<char> line)
    {
        foreach (var n in names)
        {
            if (n.Kind == EntityKind.Region)
            {
                return n.Name;
            }
        }

        string? text = null; // made only for a line holding a suffix
        foreach (var suffix in _administrationSuffixes)
        {
            for (var at = line.IndexOf(suffix, StringComparison.Ordinal); at >= 0; at = Occurrences.NextAfterEnd(line, suffix, at))
            {
                // 「义乌市场采购」: 市 opening a word (zh_continuations' 市场) is no administration.
                text ??= line.ToString();
                if (_zhContinuations.At(text, at, text.Length) is not null)
                {
                    continue;
                }

                for (var length = Math.Min(at, MaxAdministeredName); length > 1; length--)
                {
                    if (Lookup(line.Slice(at - length, length)) is { Kind: EntityKind.Place or EntityKind.Region } place)
                    {
                        return place.Name;
                    }
                }
            }
        }

        return null;
    }

    // The longest place name read before an administration suffix: the catalogue's places run to four characters (乌鲁木齐);
    // six leaves room for a longer one added to it without reading into the words before the name.
    private const int MaxAdministeredName = 6;

    /// <summary>「我」「本」: before a <see cref="SelfNouns"/> word (「我委」「本行」), the document's issuer speaking of itself.</summary>
    public IReadOnlyList<string> SelfMarkers { get; }

    /// <summary>「委」「集团」: what an issuer calls itself after a <see cref="SelfMarkers"/> word, longest first.</summary>
    public IReadOnlyList<string> SelfNouns { get; }

    /// <summary>「集团」「公司」: nouns that refer to the issuer even bare, opening a clause.</summary>
    public IReadOnlyList<string> BareSelfNouns { get; }

    /// <summary>「合作文件」, "cooperation documents": after an initiative's name, what holds its partners.</summary>
    public IReadOnlyList<string> InitiativeDocuments { get; }

    /// <summary>共建国家: the group of the initiative's partners; a count of it is the initiative's (entity-names.json initiative_partners).</summary>
    public IReadOnlyList<string> InitiativePartners { get; }

    /// <summary>两国, "the two sides": signers of cooperation documents named so make them bilateral (entity-names.json bilateral_signers).</summary>
    public WordList BilateralSigners { get; }

    /// <summary>签署了, "signed": the verb between bilateral signers and the count of what they signed (entity-names.json signing_verbs).</summary>
    public WordList SigningVerbs { get; }

    /// <summary>"The", "This": an English noun after one of these may refer back to a name (「该」's counterpart).</summary>
    public IReadOnlyList<string> EnglishAnaphora { get; }

    /// <summary>"Germany followed with EUR 0.8 billion", "Russia ranked second with $5.4 billion" (ranked_followers): a place
    /// ranked after another is what the leader was (<see cref="Meaning.RankedFollowers"/>).</summary>
    public WordList RankedFollowers { get; }

    /// <summary>A swap line between two central banks and the amounts it holds (entity-names.json swap_lines).</summary>
    public SwapLines SwapLines { get; }

    /// <summary>"Its trade with China …": a pronoun opening a sentence stands for the name the sentence before opens with.</summary>
    public IReadOnlyList<string> EnglishPronouns { get; }

    /// <summary>通行车辆数, 通行费收入: a road's, bridge's or tunnel's traffic and tolls, the thing's own (<see cref="ThingsTraffic"/>).</summary>
    public IReadOnlyList<string> TrafficRows { get; }

    /// <summary>A port's throughput (operated_rows): an operator's figure of it is the port's.</summary>
    public IReadOnlyList<string> OperatedRows { get; }

    /// <summary>项目造价, 合同额 (cost_rows): a project's cost or construction contract stated as an amount is the project's (<see cref="ThingsTraffic"/>).</summary>
    public IReadOnlyList<string> CostRows { get; }

    /// <summary>参会代表人数, 参会国家数 (attended_rows): an event's attendance is the event's (<see cref="ThingsTraffic"/>).</summary>
    public IReadOnlyList<string> AttendedRows { get; }

    /// <summary>"S.A.", "Ltd", "Company Limited": a company form between a name and the abbreviation it defines in brackets.</summary>
    public IReadOnlyList<string> CompanyForms { get; }

    /// <summary>How far after a name its bracketed abbreviation may open: the longest company form, a space and the bracket.</summary>
    public int CompanyFormsReach { get; }

    /// <summary>"port" → 港, "company" → kind:institution: what an English anaphor's noun may refer to, longest noun first.</summary>
    public IReadOnlyList<(string Noun, IReadOnlyList<Referent> Refers)> EnglishBackReferences { get; }

    /// <summary>「之一」: after a name, what makes it a class the thing belongs to, which nothing refers back to.</summary>
    public WordList ClassAfter { get; }

    /// <summary>「是」: a name after one of these and a description holding 的, in its clause, is a class, as after 之一.</summary>
    public IReadOnlyList<string> ClassCopulas { get; }

    // The marks that end a clause, between a copula and the name its description leads to.
    private const string ClauseEnds = "，。；;,\n";

    /// <summary>
    /// 「…，是经中国商务部、财政部确认的国家级境外经济贸易合作区」: whether the name ends its clause after a copula and a
    /// description holding 的 — the class the clause's subject belongs to, which nothing refers back to.
    /// </summary>
    public bool IsClassComplement(string text, EntityName name)
    {
        if (name.IsCatalogued)
        {
            return false;
        }

        var start = text.AsSpan(0, name.Start).LastIndexOfAny(ClauseEnds) + 1;
        var clause = text.AsSpan(start, name.Start - start);
        foreach (var copula in ClassCopulas)
        {
            for (var at = clause.IndexOf(copula, StringComparison.Ordinal); at >= 0; at = Occurrences.Next(clause, copula, at))
            {
                if (!Affixes.EndsWithAny(clause[..(at + copula.Length)], _classCopulaBlockers) && clause[(at + copula.Length)..].Contains('的'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private readonly IReadOnlyList<string> _classCopulaBlockers;

    /// <summary>「开行」「发运」: verbs whose object a hub runs (running_verbs).</summary>
    public WordList RunningVerbs { get; }

    /// <summary>「在我国外贸中」「占我国…」: after a partner's name, a whole of China's that its share is taken of (china_wholes).</summary>
    public WordList ChinaWholes { get; }

    /// <summary>「占我国…」: after a partner's name, its share of a whole of China's (china_wholes.share_markers).</summary>
    public WordList ChinaShareMarkers { get; }

    /// <summary>「中」「的」「所占」: right before the share word, what closes a whole of China's opened by a marker (在我国外贸中的比重) (china_wholes.frame_ends).</summary>
    public WordList ChinaWholeEnds { get; }

    /// <summary>「的」: right after a marker (在中国的直接投资), China is a place the partner acts in when one of <see cref="OwnPossessives"/> follows (china_wholes.place_after).</summary>
    public WordList ChinaPlaceAfter { get; }

    /// <summary>「其」: the partner's own whole before the share word (占其对外投资的比重) (china_wholes.own_possessives).</summary>
    public WordList OwnPossessives { get; }

    /// <summary>「支持的」「资助的」: a thing after one of these is what the name before funds, no owner of money figures (funder_markers).</summary>
    public WordList FunderMarkers { get; }

    /// <summary>「比重」「占比」「分量」: the words naming a share of a China's whole (china_wholes.share_words).</summary>
    public WordList ShareWords { get; }

    /// <summary>「园区」「陆港」: generic nouns that are no name's suffix, opening a clause, and the suffixes of the names they refer back to.</summary>
    public IReadOnlyList<(string Noun, IReadOnlyList<Referent> Refers)> ZhBackReferences { get; }

    /// <summary>「陆港两地」「园区经济」: compounds a zh_back_references noun opens without being the clause's subject (entity-names.json zh_back_reference_blockers).</summary>
    public IReadOnlyList<string> ZhBackReferenceBlockers { get; }

    // A noun and what it may stand for, the longer of two nouns one starts with first (the first the text starts with is read).
    private static (string Noun, IReadOnlyList<Referent> Refers)[] BackReferenceNouns(System.Text.Json.JsonDocument json, string property) =>
        json.RootElement.GetProperty(property).EnumerateObject()
            .OrderByDescending(p => p.Name.Length)
            .Select(p => (p.Name, (IReadOnlyList<Referent>)[.. p.Value.EnumerateArray().Select(x => Referent.Parse(x.GetString()!))]))
            .ToArray();

    /// <summary>"line", "canal", "port": the nouns a headline describes its subject by ("Hanoi's first metro line marks two
    /// years of service"), with what each may stand for, longest first (entity-names.json described_subjects).</summary>
    public IReadOnlyList<(string Noun, IReadOnlyList<Referent> Refers)> DescribedSubjects { get; }

    /// <summary>"in line with", "port operator": idioms a described noun stands inside without describing a subject (entity-names.json described_blockers).</summary>
    public IReadOnlyList<string> DescribedBlockers { get; }

    /// <summary>The suffixes names are read by (…联盟, …银行).</summary>
    public IReadOnlyList<string> ZhSuffixes => _zhSuffixes;

    /// <summary>Names ending so are programmes (…计划, …行动) whose results later clauses report.</summary>
    public IReadOnlyList<string> ProgrammeSuffixes { get; }

    /// <summary>Names ending so are documents (…倡议, …协定): they hold partners but never act.</summary>
    public IReadOnlyList<string> NotActors { get; }

    /// <summary>What a count of partners belongs to: names ending so (…倡议, …联盟, …委员会).</summary>
    public IReadOnlyList<string> PartnerHolders { get; }

    /// <param name="barriers">Spans no name may cross nor stand in (recognised dates and figures).</param>
    public List<EntityName> Find(string text, int start, int end, IReadOnlyList<(int Start, int End)>? barriers = null)
    {
        var found = new List<EntityName>();
        Find(text, start, end, barriers ?? [], found);
        return found;
    }

    /// <summary>The same into <paramref name="found"/>, cleared first: the extractor reuses one list for every sentence.</summary>
    public void Find(string text, int start, int end, IReadOnlyList<(int Start, int End)> barriers, List<EntityName> found)
    {
        found.Clear();
        Titles(text, start, end, found);
        Suffixed(text, start, end, found, barriers);
        Catalogued(text, start, end, found);
        Routes(text, start, end, found);
        SpacedDashNames(text, start, end, found);
        CityServices(text, found);
        // A catalogued name inside a figure is part of it ("Malaysian" of "2 billion Malaysian ringgit").
        for (var k = found.Count - 1; k >= 0 && barriers.Count > 0; k--)
        {
            if (InBarrier(barriers, found[k].Start))
            {
                found.RemoveAt(k);
            }
        }

        found.Sort(ByStart);
    }

    /// <summary>The catalogued entry a whole name stands for, if any (「專欄 蒙内铁路」's 蒙内铁路).</summary>
    public EntityEntry? Lookup(string name) => Lookup(name.AsSpan());

    // A read name's prefixes and suffixes are looked up by the dozen per name: most start with a Han character no alias
    // starts with, which (having no case) rules them out before the case-insensitive hash of the whole slice.
    private EntityEntry? Lookup(ReadOnlySpan<char> name) => Aliased(name.Trim());

    private EntityEntry? Aliased(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || (HanText.Is(name[0]) && !_aliasStarts.Contains(name[0])))
        {
            return null;
        }

        return _byAliasSpan.TryGetValue(name, out var entry) ? entry : null;
    }

    /// <summary>「关注中老铁路」, a headline's verb read into a name: the catalogued entry the read name ends with, if any.</summary>
    public EntityEntry? EndingIn(string name)
    {
        for (var i = 1; i < name.Length - 1; i++)
        {
            if (Lookup(name.AsSpan(i)) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Every alias (and the name) of the catalogued entity called <paramref name="name"/>; empty when not catalogued.</summary>
    public IReadOnlyList<string> Aliases(string name) => _aliasesOf.TryGetValue(name, out var aliases) ? aliases : [];

    // 「中欧班列（成渝）」「中欧班列(西安)」: a programme or project run from one place is its own series, named with the place
    // in brackets as the text gives it (ASCII brackets, one spelling whatever the text's width).
    private static (int End, string Name) Qualified(string text, int aliasEnd, int end, EntityEntry entry)
    {
        if (entry.Kind is not (EntityKind.Programme or EntityKind.Project) || aliasEnd >= end || text[aliasEnd] is not ('（' or '('))
        {
            return (aliasEnd, entry.Name);
        }

        var k = aliasEnd + 1;
        while (k < end && k - aliasEnd <= MaxQualifier && HanText.Is(text[k]))
        {
            k++;
        }

        return k > aliasEnd + 1 && k < end && text[k] is '）' or ')'
            ? (k + 1, string.Concat(entry.Name, "(", text.AsSpan(aliasEnd + 1, k - aliasEnd - 1), ")"))
            : (aliasEnd, entry.Name);
    }

    // Looks only inside [start, end): a search to the text's end per sentence is quadratic on a long line.
    private static void Titles(string text, int start, int end, List<EntityName> found)
    {
        for (var i = IndexIn(text, '《', start, end); i >= 0; i = IndexIn(text, '《', i + 1, end))
        {
            var close = IndexIn(text, '》', i + 1, end);
            if (close > i + 1)
            {
                found.Add(new EntityName(i, close + 1, text[(i + 1)..close], EntityKind.Title));
                i = close;
            }
        }
    }

    private static int IndexIn(string text, char c, int start, int end) => start < end ? text.IndexOf(c, start, end - start) : -1;

    private static int IndexIn(string text, string word, int start, int end) => start < end ? text.IndexOf(word, start, end - start, StringComparison.Ordinal) : -1;

    // A name found partly inside [start, end) and partly outside it.
    private static bool Straddles(List<EntityName> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.End && (f.Start < start || f.End > end))
            {
                return true;
            }
        }

        return false;
    }

    // A catalogued alias wins over a shorter name read by its suffix inside it (岚山港 inside 岚山港务集团).
    private void Catalogued(string text, int start, int end, List<EntityName> found)
    {
        for (var i = _aliasStarts.Next(text, start, end); i >= 0; i = _aliasStarts.Next(text, i + 1, end))
        {
            // All aliases of a list start with the same letter, so compare alike: Han ones exactly, Latin ones without case.
            var latin = char.IsAsciiLetter(text[i]);
            var second = i + 1 < end ? text[i + 1] : '\0';
            // "Laos-China Railway Company": a name read by its suffix that is a shorter alias (Laos-China Railway) yields to a
            // longer alias starting where it starts; any other catalogued name covering the place rules it out.
            if (!Candidates(text[i], second, i + 2 < end ? text[i + 2] : '\0', latin, out var list))
            {
                continue;
            }

            // 「柬埔寨西哈努克港经济特区」「柬埔寨西港特区」: a name read by its suffix over a place written before a catalogued
            // name (柬埔寨西哈努克港) yields to a longer alias starting right after the place, as one starting where it starts does.
            var covering = CoveringCatalogued(found, i);
            if (covering is null || covering.Start != i)
            {
                covering = AfterPlacePrefix(found, text, i) ?? covering;
            }

            if ((covering is not null && covering.Start != i && !IsPlacePrefix(text, covering.Start, i)) || (!latin && StopEndsOn(text, start, i)))
            {
                continue;
            }

            foreach (var (alias, entry) in list)
            {
                var aliasEnd = i + alias.Length;
                if (covering is not null && aliasEnd <= covering.End)
                {
                    break;
                }

                if (aliasEnd <= end && (latin || alias.Length == 1 || alias[1] == second)
                    && text.AsSpan(i, alias.Length).Equals(alias, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    && WordList.IsWholeWord(text, i, alias.Length) && !Conflicts(found, i, aliasEnd, covering)
                    && !(entry.Kind == EntityKind.Country && aliasEnd < end && _languageAfter.At(text, aliasEnd, end) is not null)
                    && !InHoldingWord(text, start, end, i, alias))
                {
                    var (nameEnd, name) = Qualified(text, aliasEnd, end, entry);
                    if (covering is not null)
                    {
                        found.Remove(covering);
                    }

                    // The place before stays inside the name's span, as a name read over it is (希腊比雷埃夫斯港).
                    var nameStart = covering is not null && covering.Start < i ? covering.Start : i;
                    RemoveWithin(found, nameStart, nameEnd, readOnly: true);
                    found.Add(new EntityName(nameStart, nameEnd, name, entry.Kind) { Weak = entry.Weak });
                    i = nameEnd - 1;
                    break;
                }
            }
        }
    }

    // The aliases that may start at a character followed by `second`: for Han text only those agreeing with it. False when
    // there are none: most places an alias's first character stands hold none of them, and need no more looking at.
    private bool Candidates(char first, char second, char third, bool latin, out (string Alias, EntityEntry Entry)[] list)
    {
        if (latin)
        {
            var key = AsciiLower(first);
            if (_latinBySecond.TryGetValue((key, char.ToUpperInvariant(second)), out var agreeing) || _latinBySecond.TryGetValue((key, '\0'), out agreeing))
            {
                list = agreeing;
                return true;
            }

            list = [];
            return false;
        }

        if (_hanAliasesBySecond.TryGetValue(first, out var bySecond) && Array.IndexOf(bySecond.Seconds, second) is var at and >= 0)
        {
            list = bySecond.Aliases[at].Agreeing(third);
            return list.Length > 0;
        }

        if (_hanSingleAliases.TryGetValue(first, out var single))
        {
            list = single;
            return true;
        }

        list = [];
        return false;
    }

    // "the 80-km section from Belgrade to Novi Sad", "the roughly 350-km railway between Budapest and Belgrade": a thing's noun
    // (entity-names.json route_nouns) right before a route opener and two capitalised ends joined by a route link describes
    // the catalogued thing named "A-B noun" (either order, hyphen or en dash: "Belgrade-Novi Sad section", "Budapest-Belgrade
    // Railway"), written in its aliases with one of the nouns the text's noun stands for.
    // "Wuhan's China-Europe freight trains", "the China-Europe freight train service based in Xiamen": a catalogued programme
    // after a catalogued place's possessive, or followed by "service based in" (service_based) and the place, is the place's
    // own service where the catalogue names one so (中欧班列(武汉): the programme's name, the place's in parentheses), the
    // whole phrase one name; a place with no such service leaves both names as they were. Found sorted by start or not: the
    // place is looked for by its end. The name is made only for a programme standing so, which few sentences hold.
    private void CityServices(string text, List<EntityName> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var programme = found[k];
            if (programme.Kind != EntityKind.Programme || !programme.IsCatalogued)
            {
                continue;
            }

            var before = text.AsSpan(0, programme.Start).TrimEnd(' ');
            var possessive = Affixes.FirstEndingWith(before, Possessives);
            var place = possessive is null ? null : PlaceAt(found, before.Length - possessive.Length, end: true);
            if (place is null)
            {
                var after = text.AsSpan(programme.End);
                var based = Affixes.FirstStartingWith(after, _serviceBased);
                place = based is null ? null : PlaceAt(found, programme.End + based.Length, end: false);
            }

            if (place is not null && Lookup($"{programme.Name}({place.Name})") is { } service)
            {
                var (from, to) = (Math.Min(place.Start, programme.Start), Math.Max(place.End, programme.End));
                found.Remove(place);
                found[found.IndexOf(programme)] = new EntityName(from, to, service.Name, service.Kind) { Weak = service.Weak };
            }
        }
    }

    // The catalogued place (kind place) ending (or starting) at the index given.
    private static EntityName? PlaceAt(List<EntityName> found, int at, bool end)
    {
        foreach (var f in found)
        {
            if ((end ? f.End : f.Start) == at && f.IsCatalogued && f.Kind == EntityKind.Place)
            {
                return f;
            }
        }

        return null;
    }

    private void Routes(string text, int start, int end, List<EntityName> found)
    {
        // An index loop: a foreach over the interface would make an enumerator per sentence.
        for (var o = 0; o < RouteOpeners.Count; o++)
        {
            var opener = RouteOpeners[o];
            for (var at = IndexIn(text, opener, start, end); at >= 0; at = IndexIn(text, opener, at + opener.Length, end))
            {
                if (RouteNounBefore(text, start, at) is not { } noun || RouteEnds(text, at + opener.Length, end) is not { } ends)
                {
                    continue;
                }

                if (RouteEntry(text, ends, noun.Aliased) is { } entry && !Straddles(found, noun.Start, ends.SecondEnd))
                {
                    RemoveWithin(found, noun.Start, ends.SecondEnd);
                    found.Add(new EntityName(noun.Start, ends.SecondEnd, entry.Name, entry.Kind) { Weak = entry.Weak });
                }
            }
        }
    }

    private ((int Start, int End) First, (int Start, int End) Second, int SecondEnd)? RouteEnds(string text, int at, int end)
    {
        at = Blank.SkipSpaces(text, at, end);
        if (IndexIn(text, "the ", at, Math.Min(end, at + 4)) == at)
        {
            at += 4;
        }

        var first = CapitalisedWords(text, at, end);
        if (first.End == first.Start)
        {
            return null;
        }

        for (var l = 0; l < RouteLinksEnglish.Count; l++)
        {
            var link = RouteLinksEnglish[l];
            var next = Blank.SkipSpaces(text, first.End, end);
            if (next + link.Length <= end && text.AsSpan(next, link.Length).SequenceEqual(link))
            {
                var second = CapitalisedWords(text, next + link.Length, end);
                return second.End > second.Start ? (first, second, second.End) : null;
            }
        }

        return null;
    }

    // Capitalised words ("Novi Sad", "Addis Ababa") from `at`: their span, empty when none starts there.
    private static (int Start, int End) CapitalisedWords(string text, int at, int end)
    {
        at = Blank.SkipSpaces(text, at, end);
        var (wordsEnd, k) = (at, at);
        while (k < end && char.IsAsciiLetterUpper(text[k]))
        {
            while (k < end && (char.IsLetter(text[k]) || text[k] is '\'' or '’'))
            {
                k++;
            }

            wordsEnd = k;
            if (k + 1 < end && text[k] == ' ' && char.IsAsciiLetterUpper(text[k + 1]))
            {
                k++;
            }
        }

        return (at, wordsEnd);
    }

    // The route noun ending right before the opener ("section" of "the 80-km section from …"), and where it starts.
    private (int Start, string[] Aliased)? RouteNounBefore(string text, int start, int at)
    {
        foreach (var (noun, aliased) in _routeNouns)
        {
            var from = at - noun.Length;
            if (from >= start && text.AsSpan(from, noun.Length).Equals(noun, StringComparison.OrdinalIgnoreCase) && WordList.IsWholeWord(text, from, noun.Length))
            {
                return (from, aliased);
            }
        }

        return null;
    }

    private EntityEntry? RouteEntry(string text, ((int Start, int End) First, (int Start, int End) Second, int SecondEnd) ends, string[] nouns)
    {
        var a = text[ends.First.Start..ends.First.End];
        var b = text[ends.Second.Start..ends.Second.End];
        foreach (var noun in nouns)
        {
            foreach (var dash in RouteDashes)
            {
                if ((Lookup(string.Concat(a, dash, b, " ", noun)) ?? Lookup(string.Concat(b, dash, a, " ", noun))) is { } entry)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    private static readonly string[] RouteDashes = ["-", "–"];

    // "the China — Kyrgyzstan — Uzbekistan railway", "Lamu Port - South Sudan - Ethiopia corridor": a catalogued name of parts
    // joined by dashes, written with spaces around them as some outlets set it (an em dash between spaces); the parts are
    // capitalised words, the noun after the last may be lower-case. Looked up with the catalogue's hyphen or en dash, the
    // leading capitalised words dropped one by one ("In Bishkek China — …"). Few sentences hold a spaced dash.
    private void SpacedDashNames(string text, int start, int end, List<EntityName> found)
    {
        for (var at = NextSpacedDash(text, start, end); at >= 0; at = NextSpacedDash(text, at + 2, end))
        {
            var firstEnd = at;
            var firstStart = CapitalisedStartBefore(text, start, firstEnd);
            if (firstStart == firstEnd)
            {
                continue;
            }

            // The parts after each spaced dash, as long as they chain.
            var (partsEnd, next) = (at, at);
            while (next >= 0 && next == partsEnd)
            {
                var part = CapitalisedWords(text, next + 2, end);
                if (part.End == part.Start)
                {
                    break;
                }

                partsEnd = part.End;
                next = NextSpacedDash(text, part.End, Math.Min(end, part.End + 3)) == part.End ? part.End : -1;
            }

            if (partsEnd == at || SpacedDashEntry(text, firstStart, firstEnd, at, partsEnd, end) is not { } named)
            {
                continue;
            }

            RemoveWithin(found, named.Start, named.End);
            found.Add(new EntityName(named.Start, named.End, named.Entry.Name, named.Entry.Kind) { Weak = named.Entry.Weak });
            at = named.End - 2;
        }
    }

    // Where " — " stands (the index of the dash's leading space), or -1.
    private static int NextSpacedDash(string text, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            var d = text.AsSpan(k, end - k).IndexOfAny(Dashes.All);
            if (d < 0)
            {
                return -1;
            }

            k += d;
            if (k > from && text[k - 1] == ' ' && k + 1 < end && text[k + 1] == ' ')
            {
                return k - 1;
            }
        }

        return -1;
    }

    private (int Start, int End, EntityEntry Entry)? SpacedDashEntry(string text, int firstStart, int firstEnd, int firstDash, int partsEnd, int end)
    {
        // The parts joined by a plain dash, then with the lower-case noun after them ("railway"), or without it ("… Railway").
        var joined = new System.Text.StringBuilder();
        var nounEnd = Blank.SkipSpaces(text, partsEnd, end);
        while (nounEnd < end && char.IsAsciiLetterLower(text[nounEnd]))
        {
            nounEnd++;
        }

        for (var from = firstStart; from < firstEnd; from = Math.Max(from + 1, text.IndexOf(' ', from, firstEnd - from) + 1))
        {
            foreach (var dash in RouteDashes)
            {
                joined.Clear().Append(text, from, firstEnd - from);
                for (var k = firstDash; k < partsEnd; k++)
                {
                    if (text[k] == ' ' && k + 2 < partsEnd && Dashes.All.Contains(text[k + 1]) && text[k + 2] == ' ')
                    {
                        joined.Append(dash);
                        k += 2;
                    }
                    else
                    {
                        joined.Append(text[k]);
                    }
                }

                var bare = joined.Length;
                if (nounEnd > partsEnd + 1 && Lookup(joined.Append(text, partsEnd, nounEnd - partsEnd).ToString()) is { } withNoun)
                {
                    return (from, nounEnd, withNoun);
                }

                if (Lookup(joined.ToString(0, bare)) is { } entry)
                {
                    return (from, partsEnd, entry);
                }
            }

            if (text.IndexOf(' ', from, firstEnd - from) < 0)
            {
                break;
            }
        }

        return null;
    }

    // Where the capitalised words ending at `end` start ("Uzbekistan", "South Sudan"); `end` where none ends there.
    private static int CapitalisedStartBefore(string text, int start, int end)
    {
        var (wordsStart, k) = (end, end);
        while (true)
        {
            var w = k;
            while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] is '\'' or '’'))
            {
                w--;
            }

            if (w == k || !char.IsAsciiLetterUpper(text[w]))
            {
                return wordsStart;
            }

            wordsStart = w;
            if (w - 2 < start || text[w - 1] != ' ' || !char.IsLetter(text[w - 2]))
            {
                return wordsStart;
            }

            k = w - 1;
        }
    }

    // Every name inside [start, end) (a route found), or only those read by their suffix (readOnly: the catalogued alias
    // there wins): a loop, not a closure made per route or alias.
    private static void RemoveWithin(List<EntityName> found, int start, int end, bool readOnly = false)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if ((!readOnly || found[k].Kind == EntityKind.Named) && start <= found[k].Start && found[k].End <= end)
            {
                found.RemoveAt(k);
            }
        }
    }

    // A name read over [f.Start, …) that a catalogued place, country or region opens and ends right before `at`.
    private EntityName? AfterPlacePrefix(List<EntityName> found, string text, int at)
    {
        foreach (var f in found)
        {
            if (at > f.Start && at < f.End && HanText.Is(text[at]) && IsPlacePrefix(text, f.Start, at))
            {
                return f;
            }
        }

        return null;
    }

    private bool IsPlacePrefix(string text, int start, int at) =>
        at - start <= MaxPrefix && Lookup(text.AsSpan(start, at - start))?.Kind is EntityKind.Country or EntityKind.Place or EntityKind.Region;

    // The title or catalogued name covering a place, if any.
    private static EntityName? CoveringCatalogued(List<EntityName> found, int at)
    {
        foreach (var f in found)
        {
            if (at >= f.Start && at < f.End && f.Kind != EntityKind.Named)
            {
                return f;
            }
        }

        return null;
    }

    // Overlapping a title or catalogued name (but the one a longer alias replaces), or a read name that reaches outside [start, end).
    private static bool Conflicts(List<EntityName> found, int start, int end, EntityName? replaced)
    {
        foreach (var f in found)
        {
            if (!ReferenceEquals(f, replaced) && f.Start < end && start < f.End && (f.Kind != EntityKind.Named || f.Start < start || f.End > end))
            {
                return true;
            }
        }

        return false;
    }

    private void Suffixed(string text, int start, int end, List<EntityName> found, IReadOnlyList<(int Start, int End)> barriers)
    {
        // Only where a Chinese suffix or a capitalised English word starts can a name end.
        for (var i = _suffixStarts.Next(text, start, end); i >= 0; i = _suffixStarts.Next(text, i + 1, end))
        {
            if (Covered(found, i))
            {
                continue;
            }

            if (_zhSuffixWords.At(text, i, end) is { } zh
                && (i + zh.Length >= end || _zhContinuations.At(text, i + zh.Length, end) is null) && !IsActorsVerb(text, start, i, zh, end)
                && ZhNameStart(text, start, i, found, barriers) is { } nameStart)
            {
                Add(found, text, nameStart, i + zh.Length, end);
                i += zh.Length - 1;
            }
            else if (char.IsAsciiLetterUpper(text[i]) && (i == 0 || !char.IsAsciiLetter(text[i - 1]))
                && EnSuffixAt(text, i, end) is { } en
                && EnNameStart(text, start, i) is { } enStart && !Overlaps(found, enStart, i))
            {
                Add(found, text, enStart, i + en.Length, end);
                i += en.Length - 1;
            }
        }
    }

    // English suffixes match case-sensitively ("Bank", not "bank"), as whole words.
    private string? EnSuffixAt(string text, int i, int end)
    {
        foreach (var s in _enSuffixes)
        {
            if (i + s.Length <= end && text.AsSpan(i, s.Length).SequenceEqual(s) && WordList.IsWholeWord(text, i, s.Length))
            {
                return s;
            }
        }

        return null;
    }

    // A name read from the text is the catalogued one when it is an alias, or one after a catalogued place or an edition (第三届)
    // (希腊比雷埃夫斯港 → 比雷埃夫斯港, 中国国家开发银行 → 国家开发银行); 「“一带一路”高峰论坛」 stays its own name.
    private void Add(List<EntityName> found, string text, int start, int end, int limit)
    {
        var name = Balanced(text.AsSpan(start, end - start));
        for (var i = 0; i <= Math.Min(MaxPrefix, name.Length - 2); i++)
        {
            if ((i == 0 || IsEdition(name[..i]) || Lookup(name[..i])?.Kind is EntityKind.Country or EntityKind.Place or EntityKind.Region)
                && (Lookup(name[i..]) ?? QuotedWhole(text, name[i..], end)) is { } entry)
            {
                var (nameEnd, qualified) = Qualified(text, end, limit, entry);
                found.Add(new EntityName(start, nameEnd, qualified, entry.Kind) { Weak = entry.Weak });
                return;
            }
        }

        // 「中豫号回程班列」「长安号去程班列」: a kind of service (generic_qualifiers and the suffix) of a catalogued programme is
        // the programme's, as 「回程班列」 after it is.
        if ((ServiceOf(name) ?? BrandOf(name) ?? OperatedPort(name)) is { } service)
        {
            found.Add(new EntityName(start, end, service.Name, service.Kind) { Weak = service.Weak });
            return;
        }

        // 「口岸出境班列」「园区入驻企业」: a back reference noun opening the words (zh_back_references) names the thing referred back to
        // and a kind of its service or of what it holds, no name of its own: the noun's back reference reads the clause.
        if (IsReferredService(name))
        {
            return;
        }

        found.Add(new EntityName(start, end, name.ToString(), EntityKind.Named));
    }

    private bool IsReferredService(ReadOnlySpan<char> name)
    {
        foreach (var (noun, _) in ZhBackReferences)
        {
            if (name.Length > noun.Length && name.StartsWith(noun, StringComparison.Ordinal)
                && Affixes.FirstEndingWith(name[noun.Length..], _zhSuffixes) is { } suffix && OnlyQualifiers(name[noun.Length..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // The most words an operator's name before a port's may hold ("China COSCO Shipping Corporation").
    private const int MaxOperatorWords = 4;

    // "COSCO SHIPPING Piraeus Port": a catalogued company's name written before a catalogued port's (a name ending with a
    // port word) is the port its operator runs, as a place before it is (希腊比雷埃夫斯港): the port's throughput, staff and
    // fees, not the operator's. English names only (words apart); a company's own name ("Piraeus Port Authority") is its alias.
    private EntityEntry? OperatedPort(ReadOnlySpan<char> name)
    {
        var words = 0;
        for (var sp = name.IndexOf(' '); sp > 0 && ++words <= MaxOperatorWords; sp = Occurrences.Next(name, " ", sp))
        {
            var rest = name[(sp + 1)..];
            if (Lookup(name[..sp]) is { Kind: EntityKind.Institution } && Lookup(rest) is { Kind: EntityKind.Project or EntityKind.Place } port
                && Affixes.FirstEndingWith(rest, _portWordsIgnoringCase) is not null)
            {
                return port;
            }
        }

        return null;
    }

    // 「“义新欧”中欧班列」「“长安号”中欧班列」: a catalogued programme's brand (a city's or a platform's service), quoted or not,
    // written right before the name of the programme it runs under is that brand's, not the whole programme's.
    private EntityEntry? BrandOf(ReadOnlySpan<char> name)
    {
        var quoted = name.TrimStart(OpeningQuotes);
        for (var j = MinServiceBrand; j <= quoted.Length - MinServiceBrand; j++)
        {
            if (Lookup(quoted[j..].TrimStart(ClosingQuotes)) is { Kind: EntityKind.Programme } programme
                && Lookup(quoted[..j].TrimEnd(ClosingQuotes)) is { Kind: EntityKind.Programme } brand && !ReferenceEquals(brand, programme))
            {
                return brand;
            }
        }

        return null;
    }

    private static readonly char[] OpeningQuotes = ['“', '「', '"'];
    private static readonly char[] ClosingQuotes = ['”', '」', '"'];

    // The catalogued programme a name opens with when only generic qualifiers and a suffix follow it (中豫号 + 回程 + 班列).
    private EntityEntry? ServiceOf(ReadOnlySpan<char> name)
    {
        // Most names read by a suffix open with no alias's first character: nothing to look up.
        if (name.Length <= MinServiceBrand || (HanText.Is(name[0]) && !_aliasStarts.Contains(name[0])))
        {
            return null;
        }

        if (Affixes.FirstEndingWith(name, _serviceSuffixes) is not { } suffix)
        {
            return null;
        }

        for (var j = name.Length - suffix.Length; j >= MinServiceBrand; j--)
        {
            if (Lookup(name[..j]) is { Kind: EntityKind.Programme } entry && OnlyQualifiers(name[j..^suffix.Length]))
            {
                return entry;
            }
        }

        return null;
    }

    private bool OnlyQualifiers(ReadOnlySpan<char> words)
    {
        while (!words.IsEmpty && Affixes.FirstStartingWith(words, _genericQualifiers) is { } word)
        {
            words = words[word.Length..];
        }

        return words.IsEmpty;
    }

    // 「第九屆「一帶一路高峰論壇」」: a name read by its suffix ends before its closing quote; a name quoted whole is catalogued with
    // its quotes (the Hong Kong summit's 「一帶一路高峰論壇」, never the Beijing forum's “一带一路”国际合作高峰论坛), so the quote
    // closing right after the name is read with it. A rare shape: the string is made only where a quote opens the name.
    private EntityEntry? QuotedWhole(string text, ReadOnlySpan<char> name, int end) =>
        name.Length > 1 && Array.IndexOf(OpeningQuotes, name[0]) >= 0 && end < text.Length && Array.IndexOf(ClosingQuotes, text[end]) >= 0
            ? Lookup(string.Concat(name, text.AsSpan(end, 1)))
            : null;

    // The shortest brand a service is read after (中豫号, 长安号).
    private const int MinServiceBrand = 2;

    // 「第三届」「首届」: which edition of an event, not another event.
    private bool IsEdition(ReadOnlySpan<char> prefix) =>
        Affixes.IsOneOf(prefix, _editionPrefixes) || (prefix.Length >= 3 && prefix[0] == '第' && prefix[^1] is '届' or '屆');

    // 「该公司计划在…」: after an actor noun a programme suffix (计划, 行动) is the actor's verb, not a name.
    // So after a catalogued actor (「亚投行计划在…」), and before what is planned (「成渝两地计划开行班列」).
    private bool IsActorsVerb(string text, int start, int suffix, string zh, int end) =>
        ProgrammeSuffixes.Contains(zh)
        && (ActorNounEndsAt(text, start, suffix) || AliasEndsAt(text, suffix, Math.Min(MaxAliasBefore, suffix - start))
            || (suffix + zh.Length < end && _plannedVerbs.At(text, suffix + zh.Length, end) is not null));

    // A loop, not a lambda: one over the parameters costs its closure on every suffix read, programme or not.
    private bool ActorNounEndsAt(string text, int start, int suffix)
    {
        foreach (var a in _actorNouns)
        {
            if (suffix - a.Length >= start && string.CompareOrdinal(text, suffix - a.Length, a, 0, a.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A catalogued alias other than a programme, two to maxLength characters, ending just before the suffix.
    private bool AliasEndsAt(string text, int suffix, int maxLength)
    {
        for (var n = 2; n <= maxLength; n++)
        {
            if (Aliased(text.AsSpan(suffix - n, n)) is { } e && e.Kind != EntityKind.Programme)
            {
                return true;
            }
        }

        return false;
    }

    // Back from the suffix over Han letters, quotes and dashes to a stop word, a digit, a barrier or punctuation.
    private int? ZhNameStart(string text, int limit, int suffix, List<EntityName> found, IReadOnlyList<(int Start, int End)> barriers)
    {
        var j = suffix;
        while (j > limit && suffix - j < _maxZhLength && IsNameChar(text[j - 1]) && !EndsWithStop(text, limit, j) && !Covered(found, j - 1)
            && !InBarrier(barriers, j - 1))
        {
            j--;
        }

        if (j > limit && char.IsDigit(text[j - 1]) && j < suffix)
        {
            j++; // 「13家中资银行」: the measure word after the number is not part of the name
        }

        while (j < suffix && text[j] is '”' or '’' or '—' or '-')
        {
            j++;
        }

        // A name needs two characters before its suffix: 该港 and 全通道 are not names; nor is one an anaphor opens (「该品牌班列」
        // refers back to a name with the suffix, BackReferences).
        return suffix - j >= 2 && Anaphora.At(text, j, suffix) is null ? j : null;
    }

    // Asked for every character a name is read back over: an index loop, not an enumerator boxed per call.
    private static bool InBarrier(IReadOnlyList<(int Start, int End)> barriers, int at)
    {
        for (var k = 0; k < barriers.Count; k++)
        {
            var (start, end) = barriers[k];
            if (at >= start && at < end)
            {
                return true;
            }
        }

        return false;
    }

    // 「横跨亚欧大陆」「新亚欧大陆桥」: an alias (大陆, a name of 中国 in Hong Kong and Taiwan copies) inside a longer word
    // of holding_words names no entity there.
    private bool InHoldingWord(string text, int limit, int end, int at, string alias)
    {
        foreach (var word in _holdingWords)
        {
            for (var k = word.IndexOf(alias, StringComparison.Ordinal); k >= 0; k = word.IndexOf(alias, k + 1, StringComparison.Ordinal))
            {
                var from = at - k;
                if (from >= limit && from + word.Length <= end && text.AsSpan(from, word.Length).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 「其中东部地区」「其中国有企业」: a Han character that ends a stop word of two or more characters (其中) belongs to that
    // word; no alias starts on it (中东, 中国 there are glued across a word boundary).
    private bool StopEndsOn(string text, int limit, int at)
    {
        if (at == limit || !_zhStopsByLast.TryGetValue(text[at], out var stops))
        {
            return false;
        }

        foreach (var stop in stops)
        {
            if (stop.Length >= 2 && at + 1 - stop.Length >= limit && text.AsSpan(at + 1 - stop.Length, stop.Length).SequenceEqual(stop))
            {
                return true;
            }
        }

        return false;
    }

    private bool EndsWithStop(string text, int limit, int at)
    {
        if (at == 0 || !_zhStopsByLast.TryGetValue(text[at - 1], out var stops))
        {
            return false;
        }

        foreach (var stop in stops)
        {
            if (at - stop.Length >= limit && text.AsSpan(at - stop.Length, stop.Length).SequenceEqual(stop)
                && !Affixes.StartsWithAny(text.AsSpan(at - stop.Length), _zhStopWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) =>
        HanText.Is(c) || c is '“' or '”' or '‘' or '’' or '—' or '-' or '·' || char.IsAsciiLetter(c);

    // Back from an English suffix over capitalised words, to one of en_name_openers ("The", "More", "In") or a lower-case word.
    private int? EnNameStart(string text, int limit, int suffix)
    {
        var j = suffix;
        while (true)
        {
            var wordEnd = j;
            while (wordEnd > limit && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > limit && (char.IsAsciiLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '–' or '&'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !char.IsAsciiLetterUpper(text[wordStart]) || Affixes.IsOneOf(text.AsSpan(wordStart, wordEnd - wordStart), _enNameOpeners))
            {
                break;
            }

            j = wordStart;
        }

        return j < suffix ? j : null;
    }

    private static ReadOnlySpan<char> Balanced(ReadOnlySpan<char> name)
    {
        var open = name.IndexOf('“');
        var close = name.IndexOf('”');
        return close >= 0 && (open < 0 || open > close) ? name[(close + 1)..] : name;
    }

    // Case folds only Latin letters: the culture-aware fold of a Han character costs more than the whole match.
    private static char AsciiLower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static bool Covered(List<EntityName> found, int at)
    {
        foreach (var f in found)
        {
            if (at >= f.Start && at < f.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<EntityName> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.End)
            {
                return true;
            }
        }

        return false;
    }
}
