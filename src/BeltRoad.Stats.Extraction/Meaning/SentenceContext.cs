using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Metrics;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Extraction.Time;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What the meaning resolvers know of a figure's sentence, all on one coordinate system: the normalised text (and its
/// simplified copy, same indices), the sentence's mentions, figures, time cues and names, the names of its heading
/// and paragraph, the names its paragraph (and the one before) gave before it, those of the document's paragraphs before them, the document's, where the measure catalogue's words stand,
/// the indicators the sentence before it gave its figures (what "The figure compares with …" refers back to), and that
/// sentence itself (what 「由1702列增加到…」 under the caption 「中欧班列年开行数量」, or "It came to …", measures).
/// </summary>
internal sealed record SentenceContext(
    DocumentInfo Document,
    string Simplified,
    Sentence Sentence,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Mention> Figures,
    IReadOnlyList<TimeCue> TimeCues,
    IReadOnlyList<EntityName> Names,
    EntityName? HeadingName,
    EntityName? ParagraphTopic,
    string DocumentEntity,
    IReadOnlyList<EntityName> PreviousNames,
    IReadOnlyList<EntityName> OlderNames,
    IReadOnlyList<MeasureHit> MeasureHits,
    IReadOnlyList<(Unit Unit, string Indicator)> PreviousIndicators,
    Sentence? Before)
{
    private string? _text;

    /// <summary>Whether <see cref="DocumentEntity"/> is a port the headline names before the trains that pass it.</summary>
    public bool DocumentIsPort { get; init; }

    /// <summary>The region the document speaks of as its own (「全省」「我市」: the one its title or lead names), if any.</summary>
    public string? SelfRegion { get; init; }

    /// <summary>The place the document's title sends China's lending or investment to, and that measure's rows, if any.</summary>
    public TitleRecipient? TitleRecipient { get; init; }

    /// <summary>The rows of the finance the document's title names ("China's Overseas Development Finance …"), if any.</summary>
    public (string Row, string Named)[]? TitleInstrument { get; init; }

    /// <summary>
    /// The place a source the sentence cites sends China's lending to ("According to the Chinese Loans to Africa Database,
    /// …"), read once for every figure of a lending row in it.
    /// </summary>
    public TitleRecipient? CitedRecipient(TitleRecipients titles, NameFinder finder, string partners)
    {
        if (!_citedRead)
        {
            (_cited, _citedRead) = (titles.InSentence(Simplified, Sentence.Start, Sentence.End, finder, partners), true);
        }

        return _cited;
    }

    private TitleRecipient? _cited;
    private bool _citedRead;

    /// <summary>The sentence alone (simplified), cut once for every figure in it.</summary>
    public string SentenceText => _text ??= Simplified[Sentence.Start..Sentence.End];

    public int ClauseOf(int index) => SentenceTimeCues.ClauseOf(Sentence, index);
}
