using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Recognizers;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>
/// Numbers with a unit that are still no fact (../shared/gold/README.md; MEANING.md's Series section): the bound of a class
/// of things (投资额超过1亿美元的国家, 5000万美元以上的项目, "cities with more than 100 trains"), a floor held over
/// consecutive periods (连续19个月单月开行超过1000列), a count of the items just listed (西、中、东三条通道), a count of the
/// text's own parts (体现在三个方面), a number naming a quoted slogan (“4个深化”). The words are data (tier-words.json).
/// </summary>
internal static class NotFacts
{
    // How far back in its clause a floor's consecutive word may stand.
    private const int ConsecutiveReach = 20;

    /// <summary>Why the mention is no fact, or null. <paramref name="text"/> is the simplified text the words match.</summary>
    public static string? Reason(Mention mention, string text, TierWords words)
    {
        var bounded = mention.Qualifier is MentionQualifier.MoreThan or MentionQualifier.AtLeast or MentionQualifier.UpTo;
        if (ClassBound(mention, text, words, bounded))
        {
            return SkipReasons.Threshold;
        }

        if (bounded && EachBound(mention, text, words))
        {
            return SkipReasons.Threshold;
        }

        if (bounded && words.Consecutive.Any(text, ClauseStart(text, mention.Start, ConsecutiveReach), mention.Start))
        {
            return SkipReasons.Floor;
        }

        if (ListCount(mention, text) || DistributiveCount(mention, text, words))
        {
            return SkipReasons.ListCount;
        }

        if (ConversionTerm(mention, text, words))
        {
            return SkipReasons.Rate;
        }

        // 「开行1万列所需的时间」: the size of a milestone whose time is measured, not an amount run.
        if (mention.Kind is MentionKind.Quantity && After(words.MilestoneAfter, text, mention.End, 2))
        {
            return SkipReasons.Threshold;
        }

        // 「3个多小时」: a length of time; 「两位数增长」: the digits of a rate, a vague magnitude.
        var numeralEnd = mention.NumberStart + mention.NumberLength;
        if (After(words.Durations, text, mention.End, 2))
        {
            return SkipReasons.Duration;
        }

        if (After(words.DigitCounts, text, numeralEnd, 0))
        {
            return SkipReasons.Vague;
        }

        // "Georgia's three biggest trading partners", "the ten largest borrowers": a set chosen by rank, as "second-largest" is.
        if (mention.Kind is MentionKind.Quantity && After(words.RankAfter, text, numeralEnd, 1))
        {
            return SkipReasons.Ordinal;
        }

        if (WholeShare(mention, text, words))
        {
            return SkipReasons.Label;
        }

        if (PageChrome(mention, text, words))
        {
            return SkipReasons.Label;
        }

        if (SetReference(mention, text, words))
        {
            return SkipReasons.ListCount;
        }

        if (words.Sections.Any(text, mention.NumberStart + mention.NumberLength, Math.Min(text.Length, mention.End + 2)) || QuotedName(mention, text))
        {
            return SkipReasons.Label;
        }

        return null;
    }

    // 「5000万美元以上的项目」「投资额超过1亿美元的国家」: a bound that qualifies the noun after it names a class of things
    // (a percentage is left alone: 「超过90%的员工」 is a share of them); "cities with more than 100 trains", "Deals below
    // USD100 million are not tracked".
    private static bool ClassBound(Mention mention, string text, TierWords words, bool bounded)
    {
        var after = text.AsSpan(mention.End).TrimStart();
        if (bounded && mention.Kind is MentionKind.Quantity && after.StartsWith("的")
            && (mention.Qualifier is not MentionQualifier.MoreThan || (Measured(mention.Unit) && BoundBefore(mention, text, words))))
        {
            return true;
        }

        if (mention.Kind is not MentionKind.Quantity)
        {
            return false;
        }

        // English: [plural noun] [link]? [bound] [figure]; with no link, the class is the subject of the verb after it.
        // The recognizer may hold the bound inside the mention ("more than 100 trains") or leave it before.
        var lineStart = LineStart(text, mention.Start, 40);
        var before = text.AsSpan(lineStart, mention.Start - lineStart).TrimEnd();
        // "loans larger than $25 million": a comparative right after a plural noun qualifies it, whatever the verb after.
        if (words.ComparativeBounds.EndOf(before) is { } comparative && EndsWithPlural(before[..^comparative.Length].TrimEnd()))
        {
            return true;
        }

        if (words.ClassBounds.EndOf(before) is { } outside)
        {
            before = before[..^outside.Length].TrimEnd();
        }
        else if (words.ClassBounds.At(text, mention.Start, mention.NumberStart) is null)
        {
            return false;
        }

        var link = words.ClassLinks.EndOf(before);
        if (link is not null)
        {
            before = before[..^link.Length].TrimEnd();
        }

        // With a link the figure must measure the class ("cities with more than 100 trains"), not count what the
        // verb reaches ("signed documents with more than 150 countries").
        return EndsWithPlural(before) && (link is null ? words.SubjectVerbs.EndOf(FirstWord(after)) is not null : Measured(mention.Unit));
    }

    // "Total | $209.0bn | 100.0%": in a table's total row the whole's share of itself, which states nothing.
    private static bool WholeShare(Mention mention, string text, TierWords words)
    {
        if (mention.Kind is not MentionKind.Percent || mention.Value is not 100m || mention.Start == 0)
        {
            return false;
        }

        var k = text.LastIndexOf('\n', mention.Start - 1) + 1;
        while (k < mention.Start && text[k] is ' ' or '|' or '\t')
        {
            k++;
        }

        return words.TotalRows.At(text, k, mention.Start) is not null && text.AsSpan(k, mention.Start - k).IndexOfAny("|\t") >= 0;
    }

    // 「全线客流最多的两座车站」「三条通道运输组织持续优化」: two or three things counted with a Chinese numeral name a set the text
    // has in view (the two stations, the three corridors), not a statistic; a figure opening the noun phrase (两个15万吨级码头,
    // 两台66万千瓦机组) makes the count a specification of the works, which stays a fact, and so do machines (两台“华龙一号”机组).
    private static bool SetReference(Mention mention, string text, TierWords words)
    {
        if (mention.Kind is not MentionKind.Quantity || mention.Unit is not MentionUnit.Items || mention.Qualifier is not MentionQualifier.Exact
            || mention.NumberLength != 1 || words.SetNumerals.At(text, mention.NumberStart, mention.NumberStart + 1) is null
            || words.SetKeptMeasures.At(text, mention.NumberStart + 1, mention.End) is not null)
        {
            return false;
        }

        var next = Blank.SkipSpaces(text, mention.End, text.Length);
        return next >= text.Length || !char.IsAsciiDigit(text[next]);
    }

    // How far a page's chrome line or block heading is looked at: its own line, and the heading over a list of links.
    private const int ChromeReach = 400;

    // "Related: UNRA seeks Shs1.2 trillion … | Share this article", "Enjoying this article? … Just $5 a month.": a line the web
    // page wraps around the article (a link to another story, a sharing or subscription prompt); "Recent Stories" over a
    // paragraph of other stories' headlines. Their figures belong to other articles or to the page, not to this one.
    private static bool PageChrome(Mention mention, string text, TierWords words)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        lineStart = mention.Start == 0 ? 0 : lineStart;
        var lineEnd = text.IndexOf('\n', mention.End);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        if (lineEnd - lineStart <= ChromeReach && words.ChromeLines.Any(text, lineStart, lineEnd))
        {
            return true;
        }

        // The paragraph's first line is a heading over a list of links ("Recent Stories", 「相关阅读」).
        var paragraph = lineStart < 2 ? -1 : text.LastIndexOf("\n\n", lineStart - 1, Math.Min(lineStart, ChromeReach), StringComparison.Ordinal);
        var headStart = paragraph < 0 ? -1 : paragraph + 2;
        if (headStart < 0 || headStart >= lineStart)
        {
            return false;
        }

        var headEnd = text.IndexOf('\n', headStart);
        var heading = text.AsSpan(headStart, headEnd - headStart).Trim();
        return words.ChromeBlocks.EndOf(heading) is { } block && block.Length == heading.Length;
    }

    // How far back in its clause an "each" may stand before a bounded amount ("each transaction above $100 million").
    private const int EachReach = 28;

    // "projects worth more than USD50 million each", "groups that each earned over $1 billion", "each deal above $100
    // million": a bound every one of a set clears (or stays under) is the floor of a class, not an amount anyone reached.
    // "each year more than $1 billion" is a rate, not a class: a period noun after the "each" leaves the figure alone.
    private static bool EachBound(Mention mention, string text, TierWords words)
    {
        if (mention.Kind is not MentionKind.Quantity || !Measured(mention.Unit))
        {
            return false;
        }

        if (words.Each.At(text, Blank.SkipSpaces(text, mention.End, text.Length), text.Length) is not null)
        {
            return true;
        }

        // Before the figure only a floor: "ships each carrying up to 14,000 TEUs" states what each can hold.
        var from = ClauseStart(text, mention.Start, EachReach);
        return mention.Qualifier is not MentionQualifier.UpTo && words.Each.Any(text, from, mention.Start) && !words.EachPeriods.Any(text, from, mention.Start);
    }

    /// <summary>
    /// 「开行1066列，首次突破千列」「首次突破百亿美元，达到112.5亿美元」, "tops 50 billion yuan for the first time": a round
    /// bound a figure crossed for the first time, in a sentence that states the figure itself (the same unit, no bound,
    /// at least as large), names the milestone, not a second amount.
    /// </summary>
    public static bool RestatedMilestone(Mention mention, List<Mention> inSentence, string text, TierWords words)
    {
        if (mention.Qualifier is not (MentionQualifier.MoreThan or MentionQualifier.AtLeast) || mention.Value is not { } bound || !FirstTime(mention, text, words))
        {
            return false;
        }

        foreach (var other in inSentence)
        {
            if (other.Start != mention.Start && other.Kind == mention.Kind && other.Unit == mention.Unit && other.Value is { } value && value >= bound
                && other.Qualifier is MentionQualifier.Exact or MentionQualifier.Approx && !PartBreakBetween(text, other, mention))
            {
                return true;
            }
        }

        return false;
    }

    // How far after the figure "for the first time" may close its clause ("crossed $1 trillion in a half-year for the first time").
    private const int FirstTimeReach = 32;

    // 首次 / 首度 right before the bound, or "for the first time" later in the figure's clause.
    private static bool FirstTime(Mention mention, string text, TierWords words)
    {
        var from = LineStart(text, mention.Start, 6);
        if (words.FirstTime.EndOf(text.AsSpan(from, mention.Start - from).TrimEnd()) is not null)
        {
            return true;
        }

        var end = Math.Min(text.Length, mention.End + FirstTimeReach);
        var stop = text.AsSpan(mention.End, end - mention.End).IndexOfAny("，,。；;\n");
        return words.FirstTime.Any(text, mention.End, stop < 0 ? end : mention.End + stop);
    }

    // 「…首次突破1000列；2022年全年开行4639列」: a semicolon parts a sentence's statements; the figure a milestone restates stands in its part.
    private static bool PartBreakBetween(string text, Mention a, Mention b)
    {
        var (from, to) = a.Start < b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return from < to && text.AsSpan(from, to - from).IndexOfAny("；;") >= 0;
    }

    // A sum or a measure (美元, 列, 吨), not a count of things: 「超过40个国家的150多个伙伴」 counts the countries themselves.
    private static bool Measured(MentionUnit unit) =>
        unit is not (MentionUnit.Countries or MentionUnit.Organizations or MentionUnit.Persons or MentionUnit.PersonTimes
            or MentionUnit.Items or MentionUnit.Projects or MentionUnit.Documents or MentionUnit.Other);

    // 超过, 不少于 … right before the numeral (inside the mention or before it): 「640多亿美元的协议」 has none.
    private static bool BoundBefore(Mention mention, string text, TierWords words)
    {
        var from = LineStart(text, mention.NumberStart, 6);
        return words.Bounds.EndOf(text.AsSpan(from, mention.NumberStart - from)) is not null;
    }

    // A word of four letters or more ending in a single s ("deals", "cities"; not "was", "has", "class").
    private static bool EndsWithPlural(ReadOnlySpan<char> text)
    {
        var word = text.Length;
        while (word > 0 && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }

        return text.Length - word >= 4 && text[^1] is 's' or 'S' && text[^2] is not ('s' or 'S');
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    // 「西、中、东三条通道」「阿拉山口、霍尔果斯…同江6个口岸」: a count right after a list of as many items, joined with 、, counts
    // the list. 「老挝、泰国等10余个国家」 (等, more than the items) is a figure.
    private static bool ListCount(Mention mention, string text)
    {
        if (mention.Qualifier is not MentionQualifier.Exact || mention.Value is not { } value || value < 2 || value > 20 || mention.Start == 0 || !HanText.Is(text[mention.Start - 1]) || text[mention.Start - 1] == '等')
        {
            return false;
        }

        var items = 1;
        for (var k = mention.Start - 1; k >= 0 && (HanText.Is(text[k]) || text[k] == '、'); k--)
        {
            items += text[k] == '、' ? 1 : 0;
        }

        return items >= 2 && items == value && !DigitInClauseAfter(text, mention.End);
    }

    // Rates read against the listed count (西、中、东三条通道开行班列数量同比分别增长25%、9%、10%) take their indicator's base
    // from it today (IndicatorResolver's "change of its base"): such a count is kept until the rates find their base without it.
    private static bool DigitInClauseAfter(string text, int from)
    {
        for (var k = from; k < text.Length && text[k] is not ('，' or ',' or '。' or '；' or ';' or '\n'); k++)
        {
            if (char.IsDigit(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    // How far before a rate word the first term's numeral may stand (「1元人民币兑」, "1 USD =").
    private const int RateTermReach = 6;

    // 「以1元人民币兑4.52元新台币计」, "(1 USD = 7.1 CNY)": the two terms of an exchange rate stated beside converted figures.
    // The first amount has a rate word and a number right after it; the second, a rate word right before it with a
    // numeral just before that (the first term), so 「到期兑付100亿元」 stays an amount.
    private static bool ConversionTerm(Mention mention, string text, TierWords words)
    {
        if (mention.Unit.ToUnit() is not { } unit || !unit.IsCurrency())
        {
            return false;
        }

        var after = Blank.SkipSpaces(text, mention.End, text.Length);
        if (words.RateJoiners.At(text, after, text.Length) is { } joiner
            && Blank.SkipSpaces(text, after + joiner.Length, text.Length) is var next && next < text.Length && char.IsAsciiDigit(text[next]))
        {
            return true;
        }

        var before = text.AsSpan(0, mention.Start).TrimEnd(' ');
        return words.RateJoiners.EndOf(before) is { } ending
            && before[..^ending.Length] is var first
            && first[Math.Max(0, first.Length - RateTermReach)..].ContainsAnyInRange('0', '9');
    }

    // Whether one of the words stands at `from`, after at most `skip` characters of 多, 余, 几 or a space (「3个多小时」).
    private static bool After(WordList words, string text, int from, int skip)
    {
        for (var k = 0; k <= skip && from < text.Length; k++, from++)
        {
            if (words.At(text, from, text.Length) is not null)
            {
                return true;
            }

            if (text[from] is not ('多' or '余' or '几' or ' '))
            {
                return false;
            }
        }

        return false;
    }

    // 「两项指标均创历史新高」「西、中、东三条通道…同比分别增长」: a small count whose set is named right after it and then given
    // values item by item (均, 分别) counts the items the text named before, not a quantity of its own: after a list joined
    // with 、 the set's noun may run on (「3个自治区对共建国家进出口增速均」); a count word alone (两, 三) needs the
    // distributive word right after a short noun (「两项指标均」), where it can only refer back.
    private static bool DistributiveCount(Mention mention, string text, TierWords words)
    {
        if (mention.Qualifier is not MentionQualifier.Exact || mention.Value is not { } value || value < 2 || value > 10)
        {
            return false;
        }

        var reach = ListedBefore(mention, text) ? ListedReach : char.IsAsciiDigit(text[mention.NumberStart]) ? 0 : WordReach;
        for (var k = mention.End; k < Math.Min(text.Length, mention.End + reach); k++)
        {
            if (!HanText.Is(text[k]))
            {
                return false;
            }

            if (words.Distributive.At(text, k, text.Length) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // How far after a listed count its set's noun may run before the distributive word (「条通道开行班列数量同比分别」),
    // and after a count word (「项指标均」).
    private const int ListedReach = 16;
    private const int WordReach = 4;

    // 「广西、新疆、内蒙古3个自治区」: a list joined with 、 right before the count.
    private static bool ListedBefore(Mention mention, string text)
    {
        for (var k = mention.Start - 1; k >= 0 && (HanText.Is(text[k]) || text[k] == '、'); k--)
        {
            if (text[k] == '、')
            {
                return true;
            }
        }

        return false;
    }

    // 「“4个深化”」: a number opening a short quoted phrase is the phrase's name.
    private static bool QuotedName(Mention mention, string text)
    {
        if (mention.Start == 0 || text[mention.Start - 1] is not ('“' or '「' or '『' or '"'))
        {
            return false;
        }

        var close = text.AsSpan(mention.End, Math.Min(6, text.Length - mention.End)).IndexOfAny("”」』\"");
        return close >= 0;
    }


    // Where the clause holding `at` starts, at most `reach` characters back.
    private static int ClauseStart(string text, int at, int reach)
    {
        var from = LineStart(text, at, reach);
        var stop = text.AsSpan(from, at - from).LastIndexOfAny("，,：:");
        return stop < 0 ? from : from + stop + 1;
    }

    // Where the line holding `at` starts, at most `reach` characters back (a sentence's end stops it too).
    private static int LineStart(string text, int at, int reach)
    {
        var from = Math.Max(0, at - reach);
        var stop = text.AsSpan(from, at - from).LastIndexOfAny("\n。！？；!?;");
        return stop < 0 ? from : from + stop + 1;
    }
}
