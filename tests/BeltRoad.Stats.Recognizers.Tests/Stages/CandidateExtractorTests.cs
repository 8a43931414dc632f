using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Tables;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

public sealed class CandidateExtractorTests
{
    [Fact]
    public void A_figure_candidate_carries_its_prefix_words_and_the_numeral_alone()
    {
        var text = Stage.Text("超过150个国家");
        var candidate = Stage.Extractor(text).At(0);
        Assert.Equal(CandidateKind.Figure, candidate.Kind);
        Assert.Equal(MentionQualifier.MoreThan, candidate.Prefixes.Qualifier);
        Assert.Equal(0, candidate.Prefixes.QualifierStart);
        Assert.Equal((2, 5, 150m), (candidate.Numeral.Start, candidate.Numeral.End, candidate.Numeral.Value));
    }

    [Fact]
    public void A_fraction_is_read_into_the_candidate_numeral()
    {
        var candidate = Stage.Extractor(Stage.Text("三分之一的项目")).At(0);
        Assert.Equal(CandidateKind.Figure, candidate.Kind);
        Assert.Equal(4, candidate.Numeral.End);
        Assert.Equal(1m / 3m, candidate.Numeral.Value);
    }

    [Fact]
    public void A_period_word_is_a_word_candidate()
    {
        var candidate = Stage.Extractor(Stage.Text("上半年进出口")).At(0);
        Assert.Equal(CandidateKind.Word, candidate.Kind);
        Assert.Equal(WordRole.Period, candidate.Word!.Role);
        Assert.Equal((0, 3), (candidate.Start, candidate.End));
    }

    [Fact]
    public void Numbers_inside_a_url_are_skipped_to_its_end()
    {
        const string input = "https://example.org/a?q=30%25 共30个";
        var candidate = Stage.Extractor(Stage.Text(input, RecognizerCulture.En)).At(0);
        Assert.Equal(CandidateKind.Skip, candidate.Kind);
        Assert.Equal(input.IndexOf(' ', StringComparison.Ordinal), candidate.End);
    }

    [Fact]
    public void Letters_inside_an_english_word_are_skipped_as_one_word()
    {
        var candidate = Stage.Extractor(Stage.Text("someone 5", RecognizerCulture.En)).At(4);
        Assert.Equal(CandidateKind.Skip, candidate.Kind);
        Assert.Equal(7, candidate.End);
    }
}
