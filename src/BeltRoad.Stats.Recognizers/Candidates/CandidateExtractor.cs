using BeltRoad.Stats.Recognizers.Numerals;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Candidates;

/// <summary>
/// Finds the candidate at one position: a word of the label table (a period, a vague amount, a URL to skip), or up
/// to four prefix words, an English month name and the numeral after them. Every look is bounded, so the pass over
/// the text stays linear.
/// </summary>
internal sealed class CandidateExtractor(ScanText text, Fractions fractions)
{
    private const int MaxPrefixes = 4;

    private readonly CultureTables tables = text.Tables;

    public Candidate At(int i)
    {
        ScanMeter.Add(1);

        // Words are matched only at word starts in cultures that spell numbers with letters.
        if (text.Words is not null && char.IsAsciiLetter(text[i]) && i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            return Candidate.Skip(text.SkipWord(i));
        }

        if (text.Words is not null && char.IsAsciiLetter(text[i]) && !tables.WordStarts.MayOpen(text.Text, i))
        {
            return Candidate.Skip(text.SkipWord(i));
        }

        var labelLength = tables.Labels.Match(text.Text, i, out var label, skipInnerSpaces: true);
        if (labelLength > 0 && label is not null && text.WordBoundaryAfter(i + labelLength) && !OutrunsLabel(i, labelLength, label))
        {
            return label.Role switch
            {
                WordRole.Url => Candidate.Skip(SkipUrl(i, labelLength)),
                WordRole.Skip => Candidate.Skip(i + labelLength),
                _ => Candidate.OfWord(i, i + labelLength, label),
            };
        }

        var prefixes = ReadPrefixes(i, out var j);
        var numeralStart = j > i ? text.SkipBlank(j) : i;
        // 「由一季度的5801个增至二季度的7918个」: a qualifier word before a period's word (二季度) leaves the period whole.
        if (j > i && prefixes.TimeStart < 0 && prefixes.Count == 1 && prefixes.QualifierStart >= 0
            && tables.Labels.Match(text.Text, numeralStart, out var period, skipInnerSpaces: true) > 0 && period?.Role == WordRole.Period)
        {
            return Candidate.Skip(numeralStart);
        }

        if (!text.TryNumeral(numeralStart, prefixes.HasLoneScaleLicense, out var numeral) && (prefixes.Count > 0 || !GluedNumeral(i, out numeral)))
        {
            if (NamedMonth(prefixes, j))
            {
                return Candidate.OfMonth(prefixes, j);
            }

            return Candidate.Skip(text.Words is not null && char.IsAsciiLetter(text[i]) ? text.SkipWord(i) : i + 1);
        }

        numeral = fractions.Read(numeral);
        if (prefixes.SignStart >= 0 && numeral.Value is { } signed)
        {
            // "minus five point five", "negative one": the sign is a word before the numeral.
            numeral = new Numeral(prefixes.SignStart, numeral.End, -signed, numeral.Flags | NumeralFlags.Negative, numeral.IntegerDigits);
        }

        return Candidate.OfFigure(prefixes, numeral);
    }

    // "admitted asthree members": a spelled-out number a scraped page ran into the short word before it. Only numbers of
    // four letters or more ("three", "seven"), so that "often" and "atone" stay words.
    private bool GluedNumeral(int i, out Numeral numeral)
    {
        numeral = default;
        if (text.Words is null || !char.IsAsciiLetter(text[i]) || tables.GluedWords.Match(text.Text, i, out _) is not (var glued and > 0)
            || i + glued >= text.Length || !char.IsAsciiLetter(text[i + glued]) || tables.Words.Match(text.Text, i + glued, out _) < 4)
        {
            return false;
        }

        return text.Words.TryParse(text.Text, i + glued, out numeral) && numeral.Length >= 4;
    }

    // Numbers inside a URL (…q=30%25…) are not figures.
    private int SkipUrl(int i, int labelLength)
    {
        var end = i + labelLength;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        ScanMeter.Add(end - i);
        return end;
    }

    // 超过, 人民币, 百分之, 第, 截至 … then an English month name before a day or year ("June 30, 2023", "end-June 2023").
    private PrefixSet ReadPrefixes(int i, out int j)
    {
        var prefixes = PrefixSet.Empty;
        j = i;
        for (var count = 0; count < MaxPrefixes; count++)
        {
            var k = count == 0 ? j : text.SkipBlank(j);
            var length = tables.Prefixes.Match(text.Text, k, out var word, skipInnerSpaces: true);
            if (length == 0 || word is null || !text.WordBoundaryAfter(k + length))
            {
                break;
            }

            // "the Lao section reached 2.25 million": a numbering word ("section", "page") numbers only what follows it
            // at once, so one with another prefix word after it is a noun of the prose, and the reading starts past it.
            if (prefixes.LabelStart >= 0 && word.Role != WordRole.LabelPrefix)
            {
                j = i;
                return PrefixSet.Empty;
            }

            prefixes.Add(word, k, text.Text, k + length);
            j = k + length;
        }

        var monthAt = j > i ? text.SkipBlank(j) : i;
        if (tables.Months.Match(text.Text, monthAt, out var month) is var monthLength and > 0 && text.WordBoundaryAfter(monthAt + monthLength))
        {
            prefixes.MonthStart = monthAt;
            prefixes.Month = month;
            prefixes.Count++;
            j = monthAt + monthLength;
        }

        return prefixes;
    }

    // "as of June this year", "since March", "June last year": a capitalised month's name with no day or year after it
    // (nor a comma and one: "as of June, 2023" is that year's) is a month where an as-of or since word stands before it or
    // a year named relative to the reference date follows it ("in June" and "the end of June" are labels of their own;
    // "by June" alone is left).
    private bool NamedMonth(PrefixSet prefixes, int monthEnd)
    {
        if (prefixes.MonthStart < 0 || prefixes.TimeIsEnd || text.Words is null || !char.IsAsciiLetterUpper(text[prefixes.MonthStart]))
        {
            return false;
        }

        var k = text.SkipInline(monthEnd);
        if (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] == ',' && text.TryNumeral(text.SkipInline(k + 1), false, out var year) && year.IsYearLike)))
        {
            return false;
        }

        return (prefixes.TimeStart >= 0 && prefixes.Time is TimeRole.AsOf or TimeRole.Since)
            || text.RelativeYearAt(k, out _) > 0;
    }

    // 万分之三 and 十分之一 are figures even though 万分 and 十分 ("very") are words: the longer reading wins.
    private bool OutrunsLabel(int i, int labelLength, TableWord label)
    {
        // "in May 20", "in May 2023", "in May, 2023": a month with a day or a year after it is a written date ("In June,
        // 1,515 trains ran": after a comma only a year is); "in January-June 2024": a longer period word starts at the
        // month's name.
        if (label.IsOneMonth)
        {
            var end = i + labelLength;
            var k = text.SkipInline(end);
            var comma = k < text.Length && text[k] == ',';
            k = comma ? text.SkipInline(k + 1) : k;
            var month = text.Text.LastIndexOf(' ', end - 1, labelLength) + 1;
            return (k < text.Length && char.IsAsciiDigit(text[k]) && (!comma || (text.TryNumeral(k, false, out var year) && year.IsYearLike)))
                || (month > i && month + tables.Labels.Match(text.Text, month, out _, skipInnerSpaces: true) > end);
        }

        if (label.Role != WordRole.Skip)
        {
            return false;
        }

        if (tables.Prefixes.Match(text.Text, i, out _) > labelLength)
        {
            return true;
        }

        return text.Numerals.StartsNumber(text.Text, i) && text.Numerals.TryParse(text.Text, i, false, out var numeral)
            && fractions.Read(numeral).End > i + labelLength;
    }
}
