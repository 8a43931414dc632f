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

    // The lead is a paragraph before the document's first figure: a figure in a paragraph no figure asks about (never read)
    // still comes first, so the later paragraph's programme is no lead for a sparse reader either.
    [Fact]
    public void The_document_actor_does_not_depend_on_which_sentences_were_asked_about()
    {
        var text = TextNormalizer.Normalize("Rail freight update\n\nTrade rose 5 percent in May.\n\nOfficials met on Monday.\n\nChina-Europe freight trains made 1,500 trips in May.\n").Text;
        var simplified = HanScript.ToSimplified(text);
        var mentions = NumberRecognizer.For(RecognizerCulture.En).Recognize(text);
        var sentences = Segmenter.Split(text);
        var finder = MeaningCatalogs.BuiltIn.Names;
        var (everyDocument, someDocument) = (new DocumentNames(finder, "Rail freight update"), new DocumentNames(finder, "Rail freight update"));
        var everySentence = new SentenceNames(finder, everyDocument, simplified, mentions);
        var someSentences = new SentenceNames(finder, someDocument, simplified, mentions);

        var next = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var from = next;
            while (next < mentions.Count && mentions[next].Start < sentences[s].End)
            {
                next++;
            }

            everySentence.Add(sentences[s], from, next);
            someSentences.Add(sentences[s], from, next);
            everySentence.OfLast();
        }

        someSentences.OfLast();
        Assert.Equal("中国", everyDocument.DocumentEntity);
        Assert.Equal(everyDocument.DocumentEntity, someDocument.DocumentEntity);
    }

    // "Malaysian" is an alias of 马来西亚, but in "2 billion Malaysian ringgit" it is the amount's currency: an amount of
    // money is a barrier over its whole span, its currency with it; the country named outside an amount is still found.
    [Theory]
    [InlineData("Malaysia signed the loan, worth 2 billion Malaysian ringgit, in 2023.", "马来西亚")]
    [InlineData("Japan lent 50 billion Japanese yen and 12 billion Thai baht in 2022.", "日本")]
    [InlineData("Hungary spent 30 billion Hungarian forints and 90 billion Kazakh tenge in 2023.", "匈牙利")]
    public void A_currency_nationality_inside_an_amount_names_no_country(string sentence, string country)
    {
        var text = TextNormalizer.Normalize("Loan update\n\n" + sentence + "\n").Text;
        var simplified = HanScript.ToSimplified(text);
        var mentions = NumberRecognizer.For(RecognizerCulture.En).Recognize(text);
        var sentences = Segmenter.Split(text);
        var finder = MeaningCatalogs.BuiltIn.Names;
        var names = new SentenceNames(finder, new DocumentNames(finder, "Loan update"), simplified, mentions);

        var next = 0;
        foreach (var s in sentences)
        {
            var from = next;
            while (next < mentions.Count && mentions[next].Start < s.End)
            {
                next++;
            }

            names.Add(s, from, next);
        }

        var found = names.OfLast().Names;
        Assert.Equal([country], found.Where(n => n.Kind == EntityKind.Country).Select(n => n.Name));
    }
}
