using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

public class CharMapTests
{
    // Neighbours across the 64-character words of the bit table (中 U+4E2D, 乭 U+4E6D, 丬 U+4E2C), Latin, the first and last char.
    [Theory]
    [InlineData("中")]
    [InlineData("中乭丬丮亭亮亯亰亱亲")]
    [InlineData("abcxyzABC港路银行")]
    [InlineData("\0\uffff中")]
    public void Answers_every_character_as_a_dictionary_of_the_same_entries_does(string keys)
    {
        var entries = keys.Distinct().Select((c, i) => KeyValuePair.Create(c, $"v{i}")).ToDictionary();
        var map = new CharMap<string>(entries);

        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = entries.TryGetValue((char)c, out var value);
            Assert.Equal(expected, map.TryGetValue((char)c, out var actual));
            Assert.Equal(value, actual);
        }
    }
}
