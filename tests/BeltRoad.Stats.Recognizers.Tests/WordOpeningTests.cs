using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>
/// The candidate step skips an English word whose first three characters open no entry of the tables it reads there; a
/// word that does open one is always read.
/// </summary>
public class WordOpeningTests
{
    private static readonly CultureTables English = CultureTables.Load(RecognizerCulture.En);

    [Fact]
    public void Every_opening_of_a_word_start_table_is_read_in_either_case_with_or_without_letters_after_it()
    {
        var openings = English.WordStartOpenings().Where(o => o.Length > 1 && char.IsAsciiLetter(o[0]) && char.IsAsciiLetter(o[1])).ToList();
        Assert.NotEmpty(openings);
        foreach (var opening in openings)
        {
            foreach (var word in new[] { opening, $"{opening} ", $"{opening}x" })
            {
                Assert.True(English.MayOpenWord(word.ToLowerInvariant(), 0), word);
                Assert.True(English.MayOpenWord(word.ToUpperInvariant(), 0), word);
            }
        }
    }

    [Theory]
    [InlineData("year")]
    [InlineData("port")]
    [InlineData("growth")]
    [InlineData("trade")]
    [InlineData("countries")]
    [InlineData("railway")]
    public void A_word_no_entry_opens_with_is_skipped(string word) => Assert.False(English.MayOpenWord(word, 0));

    [Theory]
    [InlineData("hundred")]
    [InlineData("three")]
    [InlineData("an")]
    [InlineData("a ")]
    [InlineData("R$")]
    public void A_number_word_an_article_or_a_letter_before_a_sign_is_read(string word) => Assert.True(English.MayOpenWord(word, 0));
}
