using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

public class WordTableTests
{
    // Root and inner nodes with few edges (scanned) and many (searched): a generated vocabulary over a small alphabet, so
    // words share prefixes, and every position of a text drawn from the same alphabet.
    [Theory]
    [InlineData(false, 7)]
    [InlineData(true, 7)]
    [InlineData(false, 23)]
    public void Matches_the_longest_word_at_each_position_as_a_search_of_every_word_does(bool ignoreCase, int seed)
    {
        const string alphabet = "一二三四五六七八九十百千万亿年月日个国家港路银行中欧班列ABCdefXYZ７．";
        var random = new Random(seed);
        string Draw(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var words = Enumerable.Range(0, 400).Select(_ => Draw(random.Next(1, 5))).Distinct().ToList();
        var table = new WordTable<string>(ignoreCase);
        foreach (var word in words)
        {
            table.Add(word, word);
        }

        var text = Draw(3_000);
        for (var i = 0; i < text.Length; i++)
        {
            var longest = words.Where(w => Folded(text, i, w, ignoreCase)).MaxBy(w => w.Length);
            var length = table.Match(text, i, out var value);
            Assert.Equal(longest?.Length ?? 0, length);
            if (longest is not null)
            {
                // Words that fold alike (７ and 7, A and a) are one entry: the last one added holds it.
                Assert.True(Folded(text, i, value!, ignoreCase), $"{value} at {i}");
                Assert.Equal(longest.Length, value!.Length);
            }
        }
    }

    // What the table compares: full-width forms folded to ASCII (７ is 7), and letters to lower case when it ignores case.
    private static bool Folded(string text, int at, string word, bool ignoreCase)
    {
        if (at + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var (a, b) = ignoreCase ? (CharFold.FoldLower(text[at + k]), CharFold.FoldLower(word[k])) : (CharFold.Fold(text[at + k]), CharFold.Fold(word[k]));
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }
}
