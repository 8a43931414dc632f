using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Resolvers;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

/// <summary>The resolvers one at a time, each over a candidate the extractor found.</summary>
public sealed class ResolverTests
{
    [Fact]
    public void The_unit_resolver_scales_by_a_multiplier_and_reads_the_currency()
    {
        var text = Stage.Text("436亿美元的贷款");
        var candidate = Stage.Extractor(text).At(0);
        var draft = Stage.Units(text).Resolve(MentionDraft.OfNumeral(candidate.Numeral), candidate.Prefixes, candidate.Numeral);
        Assert.Equal(MentionKind.Quantity, draft.Kind);
        Assert.Equal(MentionUnit.USD, draft.Unit);
        Assert.Equal(43_600_000_000m, draft.Value);
        Assert.Equal(6, draft.End);
        Assert.Equal(MentionQualifier.Exact, draft.Qualifier);
    }

    [Fact]
    public void The_qualifier_resolver_reads_a_more_word_after_the_numeral_and_a_word_after_the_unit()
    {
        var text = Stage.Text("150多个国家；500万标箱以上");
        var extractor = Stage.Extractor(text);
        var units = Stage.Units(text);
        var qualifiers = new QualifierResolver(text);
        MentionDraft Resolve(int at)
        {
            var c = extractor.At(at);
            return qualifiers.Resolve(units.Resolve(MentionDraft.OfNumeral(c.Numeral), c.Prefixes, c.Numeral), c.Prefixes, c.Numeral);
        }

        Assert.Equal(MentionQualifier.MoreThan, Resolve(0).Qualifier);
        var atLeast = Resolve(text.Text.IndexOf("500", StringComparison.Ordinal));
        Assert.Equal(MentionQualifier.AtLeast, atLeast.Qualifier);
        Assert.Equal(text.Length, atLeast.End);
    }

    [Fact]
    public void The_range_resolver_gives_a_percent_range_a_low_and_a_high_value()
    {
        var text = Stage.Text("增长2.8%—9.7%");
        var candidate = Stage.Extractor(text).At(2);
        var ranges = new RangeResolver(text, new ScanState(new RecognitionOptions()), new DateParts(text), new Fractions(text));
        Assert.True(ranges.TryRange(candidate.Prefixes, candidate.Numeral, MentionDraft.OfNumeral(candidate.Numeral), out var draft, out _));
        Assert.Equal((MentionQualifier.Range, 2.8m, 9.7m), (draft.Qualifier, draft.Value, draft.ValueHigh));
    }

    [Fact]
    public void A_date_resolver_remembers_the_year_for_later_months()
    {
        var text = Stage.Text("2023年1—6月");
        var state = new ScanState(new RecognitionOptions());
        var parts = new DateParts(text);
        var dates = new CalendarDateResolver(text, state, parts, new WrittenDateResolver(text, state));
        var candidate = Stage.Extractor(text).At(0);
        Assert.True(dates.TryDate(candidate.Prefixes, candidate.Numeral, MentionDraft.OfNumeral(candidate.Numeral), out var draft));
        Assert.Equal("2023-01/2023-06-30", draft.Time!.ToIso());
        Assert.Equal(2023, state.LastYear);
    }

    [Theory]
    [InlineData("超过32万亿美元、5万亿美元", MentionQualifier.MoreThan)]
    [InlineData("超过32万亿美元，5万亿美元", MentionQualifier.Exact)]
    [InlineData("超过32万亿美元、5万亿元", MentionQualifier.Exact)]
    public void An_amount_inherits_the_qualifier_of_the_amount_before_it_only_in_a_same_unit_list(string input, MentionQualifier second)
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize(input);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(MentionQualifier.MoreThan, mentions[0].Qualifier);
        Assert.Equal(second, mentions[1].Qualifier);
    }
}
