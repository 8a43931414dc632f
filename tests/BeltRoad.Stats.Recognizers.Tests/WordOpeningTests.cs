using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>
/// The candidate step skips an English word whose first three characters open no entry of the tables it reads there, and
/// the word-numeral parser one that opens no number word; a word that does open one is always read.
/// </summary>
public class WordOpeningTests
{
    private static readonly CultureTables English = CultureTables.Load(RecognizerCulture.En);

    [Fact]
    public void Every_opening_of_a_word_start_table_is_read_in_either_case_with_or_without_letters_after_it() =>
        AssertEveryOpeningRead(English.WordStartOpenings(), English.WordStarts);

    [Fact]
    public void Every_opening_of_a_number_word_is_read_in_either_case_with_or_without_letters_after_it() =>
        AssertEveryOpeningRead(English.NumberWordOpenings(), English.NumberWordStarts);

    [Theory]
    [InlineData("year")]
    [InlineData("port")]
    [InlineData("growth")]
    [InlineData("trade")]
    [InlineData("countries")]
    [InlineData("railway")]
    public void A_word_no_entry_opens_with_is_skipped(string word) => Assert.False(English.WordStarts.MayOpen(word, 0));

    [Theory]
    [InlineData("hundred")]
    [InlineData("three")]
    [InlineData("an")]
    [InlineData("a ")]
    [InlineData("R$")]
    public void A_number_word_an_article_or_a_letter_before_a_sign_is_read(string word) => Assert.True(English.WordStarts.MayOpen(word, 0));

    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("and")]
    [InlineData("another")]
    public void A_word_no_number_word_opens_with_is_no_number(string word)
    {
        Assert.False(English.NumberWordStarts.MayOpen(word, 0));
        Assert.False(new Numerals.WordNumeralParser(English).TryParse(word, 0, out _));
    }

    [Theory]
    [InlineData("an eighth")]
    [InlineData("a third")]
    [InlineData("thousands")]
    [InlineData("Twenty-one")]
    public void An_article_or_a_number_word_opens_a_number(string text) => Assert.True(English.NumberWordStarts.MayOpen(text, 0));

    private static void AssertEveryOpeningRead(IEnumerable<string> openings, WordOpenings starts)
    {
        var letters = openings.Where(o => o.Length > 1 && char.IsAsciiLetter(o[0]) && char.IsAsciiLetter(o[1])).ToList();
        Assert.NotEmpty(letters);
        foreach (var opening in letters)
        {
            var words = char.IsAsciiLetter(opening[^1]) ? new[] { opening, $"{opening} ", $"{opening}x" } : [opening];
            foreach (var word in words)
            {
                Assert.True(starts.MayOpen(word.ToLowerInvariant(), 0), word);
                Assert.True(starts.MayOpen(word.ToUpperInvariant(), 0), word);
            }
        }
    }
}
