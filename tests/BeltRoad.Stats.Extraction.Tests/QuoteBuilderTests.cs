using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;

namespace BeltRoad.Stats.Extraction.Tests;

public class QuoteBuilderTests
{
    /// <summary>
    /// Looking for line breaks only as far as a quote can reach changes no quote: over many seeded random texts,
    /// lines and figures inside their clauses, the quote equals the one found by scanning to the line ends.
    /// </summary>
    [Fact]
    public void Quotes_equal_those_found_by_scanning_to_the_line_ends()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random, random.Next(1, 400));
            var figureStart = random.Next(text.Length);
            if (text[figureStart] == '\n')
            {
                continue; // a figure starts with a character of its own
            }

            var figure = new SourceSpan(figureStart, Math.Min(text.Length, figureStart + random.Next(1, 120)));
            var clauseStart = random.Next(figure.Start + 1);
            var clause = new SourceSpan(clauseStart, random.Next(figure.End, text.Length + 1));

            Assert.Equal(ScanningToLineEnds(text, clause, figure), QuoteBuilder.Build(text, clause, figure));
        }
    }

    /// <summary>Work per figure does not grow with the line: the meter counts the same per figure on a 1 MB line as on a 10 KB one.</summary>
    [Fact]
    public void Work_per_figure_is_bounded_however_long_the_line()
    {
        var small = StepsPerFigure(10_000);
        var large = StepsPerFigure(1_000_000);

        Assert.True(large <= 2 * (QuoteBuilder.MaxLength + 20), $"{large} steps per figure on a 1 MB line");
        Assert.True(large <= small + 1, $"{small} steps per figure at 10 KB, {large} at 1 MB");
    }

    [Fact]
    public void A_quote_stays_on_the_figure_line_and_within_the_clause()
    {
        const string text = "标题\n截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家。\n下一行";
        var figure = new SourceSpan(text.IndexOf("7.4万列", StringComparison.Ordinal), text.IndexOf("7.4万列", StringComparison.Ordinal) + 5);
        var clause = new SourceSpan(text.IndexOf("中欧", StringComparison.Ordinal), figure.End);

        Assert.Equal("中欧班列累计开行7.4万列", QuoteBuilder.Build(text, clause, figure));
    }

    private static double StepsPerFigure(int length)
    {
        const string sentence = "中欧班列累计开行7.4万列，通达欧洲25个国家。";
        var text = string.Concat(Enumerable.Repeat(sentence, length / sentence.Length));
        QuoteBuilder.ResetSteps();
        var figures = 0;
        for (var at = text.IndexOf("7.4", StringComparison.Ordinal); at >= 0; at = text.IndexOf("7.4", at + 1, StringComparison.Ordinal))
        {
            _ = QuoteBuilder.Build(text, new SourceSpan(at - 8, at + 5), new SourceSpan(at, at + 5));
            figures++;
        }

        return (double)QuoteBuilder.Steps / figures;
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "一带路中欧班列7.4万，。 \n\n\r";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(30) == 0 ? (random.Next(2) == 0 ? '\uD83D' : '\uDE00') : alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    // The earlier rule, kept as the specification: scan to the line ends, then cut.
    private static string ScanningToLineEnds(string original, SourceSpan clause, SourceSpan figure)
    {
        var start = Math.Min(clause.Start, figure.Start);
        var end = Math.Max(clause.End, figure.End);
        var lineStart = original.LastIndexOf('\n', Math.Max(0, figure.Start - 1)) + 1;
        var lineEnd = original.IndexOf('\n', figure.Start);
        start = Math.Max(start, lineStart);
        end = Math.Min(end, lineEnd < 0 ? original.Length : lineEnd);
        if (end - start < 10)
        {
            start = Math.Max(lineStart, Math.Min(start, figure.Start - 8));
            end = Math.Min(lineEnd < 0 ? original.Length : lineEnd, Math.Max(end, figure.End + 8));
        }

        if (end - start > QuoteBuilder.MaxLength)
        {
            var half = (QuoteBuilder.MaxLength - figure.Length) / 2;
            start = Math.Max(start, figure.Start - Math.Max(half, 0));
            end = Math.Min(end, start + QuoteBuilder.MaxLength);
        }

        if (start > 0 && char.IsLowSurrogate(original[start]))
        {
            start--;
        }

        if (end < original.Length && end > 0 && char.IsHighSurrogate(original[end - 1]))
        {
            end++;
        }

        return original[start..end].Trim();
    }
}
