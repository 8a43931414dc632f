using System.Text.Json;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A segment, route or direction of a named project or programme (entity-names.json <c>segments</c>): 「中国段286万人次、
/// 老挝段41万人次」, 「其中南通道…累计开行371列」, 「西、中、东通道分别开行中欧班列4324列、1563列、2754列」, "the Laos section
/// carried …", "the southern route": the figure is the segment's, named as the project and the segment (中老铁路中国段,
/// 中欧班列南通道), never the project's whole (MEANING.md: segments of a named project keep the project).
/// </summary>
internal sealed class Segments
{
    private const int MaxHeadName = 6;
    private static readonly EntityKind[] HeadKinds = [EntityKind.Country, EntityKind.Place, EntityKind.Region, EntityKind.CountryGroup];
    private const string CountChars = "一二两三四五六七八九十0123456789";
    private const string CountMeasures = "条个";

    private readonly WordList _zhNouns;
    private readonly WordList _zhHeads;
    private readonly IReadOnlyDictionary<string, string> _enNouns;
    private readonly IReadOnlyDictionary<string, string> _enHeads;
    private readonly IReadOnlyDictionary<string, string> _zhHomeHeads;

    private Segments(WordList zhNouns, WordList zhHeads, IReadOnlyDictionary<string, string> enNouns, IReadOnlyDictionary<string, string> enHeads,
        IReadOnlyDictionary<string, string> zhHomeHeads) =>
        (_zhNouns, _zhHeads, _enNouns, _enHeads, _zhHomeHeads) = (zhNouns, zhHeads, enNouns, enHeads, zhHomeHeads);

    public static Segments Read(JsonElement e) => new(
        new WordList(e.GetProperty("zh_nouns").EnumerateArray().Select(x => x.GetString()!)),
        new WordList(e.GetProperty("zh_heads").EnumerateArray().Select(x => x.GetString()!)),
        e.GetProperty("en_nouns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase),
        e.GetProperty("en_heads").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase),
        e.GetProperty("zh_home_heads").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));

    /// <summary>The segment the figure reports on (project + segment), or null where its clause names none or no project is known.</summary>
    public static string? Of(FigureContext figure, NameFinder finder)
    {
        var segments = finder.Segments;
        var segment = segments.Listed(figure, finder) ?? segments.Single(figure, finder);
        if (segment is not { } found)
        {
            return null;
        }

        var project = ProjectBefore(figure, finder, found.Start);
        return project is null ? null : project + found.Name;
    }

    // A segment named in the figure's clause, after a figure listed before it (「中国段286万人次、老挝段41万人次」; a
    // movement's second value keeps the first's: 「中国段…由35列增至51列」); a rate of change right after its amount
    // (「南通道…开行371列，年增33%」) reads the amount's clause.
    private (int Start, string Name)? Single(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var start = figure.Clause.Start;
        var figures = figure.In.Figures;
        var earlierInClause = false;
        for (var k = 0; k < figures.Count; k++)
        {
            if (figures[k].End <= figure.Mention.Start && figures[k].Start >= figure.Clause.Start)
            {
                earlierInClause = true;
                var between = text.AsSpan(figures[k].End, figure.Mention.Start - figures[k].End).TrimStart();
                if (between.Length > 0 && (Conjunctions.IsListJoint(between[0]) || between[0] is '，' or ',' or '；'))
                {
                    start = figures[k].End;
                }
            }
        }

        var found = In(text, start, figure.Mention.Start, finder);
        if (found is null && !earlierInClause && figure.Unit == Domain.Unit.Percent && figure.In.ClauseOf(figure.Mention.Start) is var own and > 0)
        {
            var previous = figure.In.Sentence.Clauses[own - 1];
            found = In(text, previous.Start, previous.End, finder);
        }

        return found;
    }

    private (int Start, string Name)? In(string text, int start, int end, NameFinder finder)
    {
        (int Start, string Name)? last = null;
        foreach (var (at, nounEnd) in _zhNouns.Find(text, start, end))
        {
            var noun = text[at..nounEnd];
            if (Head(text, start, at, finder) is { } head && !ListedHead(text, start, at - head.Length, finder))
            {
                last = (at - head.Length, head.Name + noun);
            }
        }

        return last ?? English(text, start, end, finder);
    }

    // 「西、中、东通道」: the last of heads listed before one noun is no segment of its own (Listed maps them).
    private bool ListedHead(string text, int start, int headStart, NameFinder finder) =>
        headStart - 1 > start && Conjunctions.IsListJoint(text[headStart - 1]) && Head(text, start, headStart - 1, finder) is not null;

    // "the Laos section", "the southern route": a head word before an English segment noun.
    private (int Start, string Name)? English(string text, int start, int end, NameFinder finder)
    {
        (int Start, string Name)? last = null;
        var span = text.AsSpan(start, end - start);
        var words = new List<(int At, string Word)>();
        for (var i = 0; i < span.Length;)
        {
            while (i < span.Length && !char.IsAsciiLetter(span[i]))
            {
                i++;
            }

            var from = i;
            while (i < span.Length && char.IsAsciiLetter(span[i]))
            {
                i++;
            }

            if (i > from)
            {
                words.Add((start + from, span[from..i].ToString()));
            }
        }

        for (var k = 1; k < words.Count; k++)
        {
            if (_enNouns.TryGetValue(words[k].Word, out var noun) && text.AsSpan(words[k - 1].At + words[k - 1].Word.Length, words[k].At - words[k - 1].At - words[k - 1].Word.Length).SequenceEqual(" "))
            {
                var head = _enHeads.TryGetValue(words[k - 1].Word, out var direction) ? direction
                    : finder.Lookup(words[k - 1].Word) is { } entry && HeadKinds.Contains(entry.Kind) ? entry.Name : null;
                if (head is not null)
                {
                    last = (words[k - 1].At, head + noun);
                }
            }
        }

        return last;
    }

    // The head right before a noun at `at`: a catalogued country or place (中国段, 老挝段), else a head word (南通道, 境外段);
    // 「国内段」「境内段」 are the writer's own country's section (中国段), 「老挝境内段」 the country's before it (老挝段).
    private (int Length, string Name)? Head(string text, int start, int at, NameFinder finder)
    {
        if (Catalogued(text, start, at, finder) is { } catalogued)
        {
            return catalogued;
        }

        if (_zhHeads.EndOf(text.AsSpan(start, at - start)) is not { } word)
        {
            return null;
        }

        if (!_zhHomeHeads.TryGetValue(word, out var home))
        {
            return (word.Length, word);
        }

        return Catalogued(text, start, at - word.Length, finder) is { } country ? (country.Length + word.Length, country.Name) : (word.Length, home);
    }

    private static (int Length, string Name)? Catalogued(string text, int start, int at, NameFinder finder)
    {
        for (var length = Math.Min(MaxHeadName, at - start); length >= 2; length--)
        {
            if (finder.Lookup(text.Substring(at - length, length)) is { } entry && HeadKinds.Contains(entry.Kind))
            {
                return (length, entry.Name);
            }
        }

        return null;
    }

    // 「西、中、东通道分别开行中欧班列4324列、1563列、2754列」「西、中、东三条通道…同比分别增长25%、9%、10%」: heads listed
    // before one noun, earlier in the sentence, map onto the figures listed in the figure's clause, when the counts agree.
    private (int Start, string Name)? Listed(FigureContext figure, NameFinder finder)
    {
        var text = figure.Text;
        var list = ListedFigures.SameUnitInClause(figure);
        var index = list.IndexOf(figure.Mention);
        if (list.Count < 2 || index < 0 || !ListedFigures.Listed(text, list))
        {
            return null;
        }

        var sentenceStart = figure.In.Sentence.Start;
        foreach (var (at, nounEnd) in _zhNouns.Find(text, sentenceStart, list[0].Start))
        {
            var noun = text[at..nounEnd];
            var end = at;
            if (end > sentenceStart && CountMeasures.Contains(text[end - 1]))
            {
                end--;
                while (end > sentenceStart && CountChars.Contains(text[end - 1]))
                {
                    end--;
                }
            }

            var heads = new List<(int Start, string Name)>();
            while (Head(text, sentenceStart, end, finder) is { } head)
            {
                heads.Insert(0, (end - head.Length, head.Name));
                end -= head.Length;
                if (end <= sentenceStart || !Conjunctions.IsListJoint(text[end - 1]))
                {
                    break;
                }

                end--;
            }

            if (heads.Count == list.Count)
            {
                return (heads[index].Start, heads[index].Name + noun);
            }
        }

        return null;
    }

    // The project the segment belongs to: a project or programme named right before it (中老铁路中国段), else the last one
    // named before the figure in its sentence, else earlier in its paragraph, else the paragraph's topic, the box's, the document's,
    // else the last one the document's earlier paragraphs named.
    private static string? ProjectBefore(FigureContext figure, NameFinder finder, int segmentStart)
    {
        var names = figure.In.Names;
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].End <= figure.Mention.Start && IsProject(names[k].Kind))
            {
                return names[k].Name;
            }
        }

        var previous = figure.In.PreviousNames;
        for (var k = previous.Count - 1; k >= 0; k--)
        {
            if (IsProject(previous[k].Kind))
            {
                return previous[k].Name;
            }
        }

        foreach (var name in new[] { figure.In.ParagraphTopic, figure.In.HeadingName })
        {
            if (name is not null && IsProject(name.Kind))
            {
                return name.Name;
            }
        }

        if (finder.Lookup(figure.In.DocumentEntity) is { } document && IsProject(document.Kind))
        {
            return document.Name;
        }

        // "As of 20 February, the Lao section had carried …" under a headline naming the railway's operating company: the
        // project named paragraphs before (news runs one sentence to a paragraph).
        var older = figure.In.OlderNames;
        for (var k = older.Count - 1; k >= 0; k--)
        {
            if (IsProject(older[k].Kind))
            {
                return older[k].Name;
            }
        }

        return null;
    }

    private static bool IsProject(EntityKind kind) => kind is EntityKind.Project or EntityKind.Programme;
}
