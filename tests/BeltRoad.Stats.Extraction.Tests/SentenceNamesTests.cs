using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Normalizing;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Tests;

public class SentenceNamesTests
{
    public static TheoryData<string, int> SeedsAndStrides()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in Directory.GetFiles(RepoRoot.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(seed), 3);
            data.Add(Path.GetFileName(seed), 7);
        }

        return data;
    }

    // Names are found only for the sentences a figure asks about; what it gets must be what a walk over every sentence gives.
    [Theory]
    [MemberData(nameof(SeedsAndStrides))]
    public void A_sentence_asked_about_gets_the_names_topic_and_earlier_names_of_a_walk_over_every_sentence(string seed, int stride)
    {
        var document = DocumentLoader.LoadFolder(RepoRoot.Seeds).Documents.Single(d => d.Info.Name == seed);
        var text = TextNormalizer.Normalize(document.Text).Text;
        var simplified = HanScript.ToSimplified(text);
        var mentions = NumberRecognizer.For(document.Info.Language.ToCulture()).Recognize(text);
        var sentences = Segmenter.Split(text);
        var everySentence = new SentenceNames(MeaningCatalogs.BuiltIn.Names, new DocumentNames(MeaningCatalogs.BuiltIn.Names, document.Info.Title), simplified, mentions);
        var someSentences = new SentenceNames(MeaningCatalogs.BuiltIn.Names, new DocumentNames(MeaningCatalogs.BuiltIn.Names, document.Info.Title), simplified, mentions);

        var next = 0;
        var asked = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            while (next < mentions.Count && mentions[next].Start < sentences[s].Start)
            {
                next++;
            }

            var from = next;
            while (next < mentions.Count && mentions[next].Start < sentences[s].End)
            {
                next++;
            }

            everySentence.Add(sentences[s], from, next);
            someSentences.Add(sentences[s], from, next);
            var expected = everySentence.OfLast();
            if (s % stride != 0)
            {
                continue;
            }

            var actual = someSentences.OfLast();
            asked++;
            Assert.Equal(expected.Names, actual.Names);
            Assert.Equal(expected.Topic, actual.Topic);
            Assert.Equal(expected.Earlier, actual.Earlier);
        }

        Assert.True(asked > 3, "the seed has sentences to ask about");
    }
}
