using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>
/// The candidate step skips an English word whose first two letters open no entry of the tables it reads there; a word
/// that does open one is always read.
/// </summary>
public class WordOpeningTests
{
    private static readonly CultureTables English = CultureTables.Load(RecognizerCulture.En);

    [Fact]
    public void Every_opening_of_a_word_start_table_is_read_in_either_case()
    {
        var openings = English.WordStartOpenings()
            .Where(o => char.IsAsciiLetter(o.First) && o.Second is { } s && char.IsAsciiLetter(s)).ToList();
        Assert.NotEmpty(openings);
        foreach (var (first, second) in openings)
        {
            var word = $"{first}{second}x";
            Assert.True(English.MayOpenWord(word.ToLowerInvariant(), 0), word);
            Assert.True(English.MayOpenWord(word.ToUpperInvariant(), 0), word);
        }
    }

    [Theory]
    [InlineData("year")]
    [InlineData("port")]
    [InlineData("growth")]
    public void A_word_no_entry_opens_with_is_skipped(string word) => Assert.False(English.MayOpenWord(word, 0));

    [Theory]
    [InlineData("hundred")]
    [InlineData("three")]
    [InlineData("an")]
    [InlineData("a ")]
    [InlineData("R$")]
    public void A_number_word_an_article_or_a_letter_before_a_sign_is_read(string word) => Assert.True(English.MayOpenWord(word, 0));
}
