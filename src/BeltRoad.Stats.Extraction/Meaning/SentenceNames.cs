using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The names of a document's sentences, found only when a figure asks for them. A figure reads the names of its own
/// sentence, and its paragraph's topic and the earlier names of its paragraph and the one before: so when one asks, the
/// names of its sentence and of every sentence before it in those two paragraphs not yet read are found, in order, and
/// fed to <see cref="DocumentNames"/> as a sentence-by-sentence walk would. Paragraphs with no figure and none after
/// them (most of a document's text) are never read.
/// </summary>
internal sealed class SentenceNames(NameFinder finder, DocumentNames document, string simplified, IReadOnlyList<Mention> mentions)
{
    // Each sentence of the paragraph not read yet, with its mentions [From, To) in the document's list.
    private readonly List<(Sentence Sentence, int From, int To)> _pending = [];
    // Where the current paragraph's sentences start in _pending (those before are the previous paragraph's).
    private int _paragraphStart;
    private readonly List<(int, int)> _barriers = [];
    private readonly List<EntityName> _names = [];
    private EntityName? _topic;
    private IReadOnlyList<EntityName> _earlier = [];

    /// <summary>The next sentence of the document, in order, and the range of its mentions.</summary>
    public void Add(Sentence sentence, int from, int to)
    {
        if (sentence.OpensParagraph)
        {
            // A sentence reads the names of its paragraph and of the one before: older sentences not read never will be, but
            // for the region a line before the document's first figure names (its source line: 「来源：浙江省商务厅」).
            for (var k = 0; k < _paragraphStart; k++)
            {
                var (older, olderFrom, olderTo) = _pending[k];
                if (document.BeforeFirstFigure(older))
                {
                    var names = new List<EntityName>();
                    Barriers(olderFrom, olderTo);
                    finder.Find(simplified, older.Start, older.End, _barriers, names);
                    document.Abbreviations(names, simplified, older.Start, older.End);
                    document.Lead(names, simplified.AsSpan(older.Start, older.End - older.Start));
                    document.LeadLine(older, names, simplified);
                }
            }

            _pending.RemoveRange(0, _paragraphStart);
            _paragraphStart = _pending.Count;
        }

        _pending.Add((sentence, from, to));
        document.Figure(sentence, FirstFigure(sentence, from, to), simplified);
    }

    /// <summary>The names, paragraph topic and earlier names of the sentence added last.</summary>
    public (IReadOnlyList<EntityName> Names, EntityName? Topic, IReadOnlyList<EntityName> Earlier, IReadOnlyList<EntityName> Older) OfLast()
    {
        foreach (var (sentence, from, to) in _pending)
        {
            // Names never run into a date or a numeral (「2022 年全通道」 has no name; 「8届“一带一路”高峰论坛」 has one).
            Barriers(from, to);
            finder.Find(simplified, sentence.Start, sentence.End, _barriers, _names);
            document.Abbreviations(_names, simplified, sentence.Start, sentence.End);
            (_topic, _earlier) = (document.Topic(sentence, _names, simplified, FirstFigure(sentence, from, to)), document.Earlier(sentence, _names));
        }

        _pending.Clear();
        _paragraphStart = 0;
        return (_names, _topic, _earlier, document.Older);
    }

    // Where the sentence's first figure starts (its end when it has none).
    private int FirstFigure(Sentence sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (FigureMentions.IsFigure(mentions[k]))
            {
                return mentions[k].Start;
            }
        }

        return sentence.End;
    }

    private void Barriers(int from, int to)
    {
        _barriers.Clear();
        for (var k = from; k < to; k++)
        {
            var m = mentions[k];
            if (m.Kind == MentionKind.DatePeriod || FigureMentions.IsFigure(m))
            {
                _barriers.Add(Barrier(m));
            }
        }
    }

    // A date whole; an amount of money whole, its currency with it ("2 billion Malaysian ringgit", "Kazakh tenge": a
    // currency's nationality names no country); another figure up to its measure word (「9 个」 of 「9 个跨国技术转移平台」),
    // not the noun it counts.
    private static (int, int) Barrier(Mention m)
    {
        if (m.Kind == MentionKind.DatePeriod || m.Unit is MentionUnit.USD or MentionUnit.CNY or MentionUnit.EUR or MentionUnit.OtherCurrency)
        {
            return (m.Start, m.End);
        }

        var numberEnd = m.NumberStart + m.NumberLength;
        var measure = m.MeasureWord is { Length: > 0 } w ? m.Text.IndexOf(w[0], numberEnd - m.Start) : -1;
        return (m.Start, measure < 0 ? numberEnd : m.Start + measure + 1);
    }
}
