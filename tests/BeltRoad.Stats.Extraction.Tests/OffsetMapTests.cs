using BeltRoad.Stats.Extraction.Normalizing;

namespace BeltRoad.Stats.Extraction.Tests;

public class OffsetMapTests
{
    // Each case: the original index of normalised characters 0, 1, 2, … (the last one maps the end).
    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 })]
    [InlineData(new[] { 3, 4, 5, 9, 10, 11, 12 })] // dropped before the first character, then inside the text
    [InlineData(new[] { 0, 2, 4, 6, 7, 8 })] // a character dropped after each of the first three
    [InlineData(new[] { 0, 1, 5, 5, 6 })] // an inserted space shares its break's place
    [InlineData(new[] { 7 })]
    public void Maps_every_index_as_a_map_of_one_entry_each(int[] original)
    {
        var map = new OffsetMap();
        for (var i = 0; i < original.Length; i++)
        {
            map.Add(i, original[i]);
        }

        for (var i = 0; i < original.Length; i++)
        {
            Assert.Equal(original[i], map[i]);
        }
    }

    [Fact]
    public void An_index_outside_the_text_fails_loudly()
    {
        var normalized = TextNormalizer.Normalize("投资\u200B50亿美元");

        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.OriginalIndex(normalized.Text.Length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.OriginalIndex(-1));
        Assert.Equal(normalized.OriginalLength, normalized.OriginalIndex(normalized.Text.Length));
    }
}
