namespace BeltRoad.Stats.Recognizers.Tests;

/// <summary>A date read with a same-period word ("the same period of 2023") is marked as the period a comparison holds against.</summary>
public class SamePeriodDateTests
{
    [Theory]
    [InlineData("up from 236,012 tonnes in the same period of 2023.")]
    [InlineData("up 5 percent from the same month of 2022.")]
    [InlineData("up from 953,099 in the same quarter of 2022.")]
    [InlineData("against 1.2 million in a similar period of 2021.")]
    public void A_date_after_a_same_period_word_is_marked_same_period(string text) =>
        Assert.True(DateOf(text).SamePeriod);

    [Theory]
    [InlineData("up from 236,012 tonnes in 2023.")]
    [InlineData("Revenue for the year ended 31 December 2023 was 758.7 billion yuan.")]
    public void A_date_without_one_is_not(string text) => Assert.False(DateOf(text).SamePeriod);

    private static TimeExpression DateOf(string text) =>
        Assert.Single(NumberRecognizer.For(RecognizerCulture.En).Recognize(text), m => m.Time is not null).Time!;
}
