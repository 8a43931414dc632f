using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Tests;

public class WordListTests
{
    // Rules look a few characters before or after a figure; at the text's start or end that window reaches past it and
    // covers what it overlaps (it threw ArgumentOutOfRange before).
    [Theory]
    [InlineData(-3, 8, new[] { 0 })]
    [InlineData(4, 40, new[] { 7 })]
    [InlineData(-5, 99, new[] { 0, 7 })]
    [InlineData(-9, -1, new int[0])]
    [InlineData(50, 60, new int[0])]
    public void A_window_past_the_texts_ends_covers_the_text_it_overlaps(int start, int end, int[] expected)
    {
        const string text = "同比增长5%，同比下降";
        var words = new WordList(["同比"]);

        Assert.Equal(expected, words.Find(text, start, end).Select(m => m.Start));
        Assert.Equal(expected.Length > 0, words.Any(text, start, end));
        Assert.Equal(expected.Length > 0 ? expected[^1] : -1, words.Last(text, start, end));
        Assert.Null(words.At(text, -1, 5));
        Assert.Null(words.At("同", 0, 10)); // an end past the text: no word runs past its last character
    }
}
