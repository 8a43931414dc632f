using BeltRoad.Stats.Reporting.Formatting;

namespace BeltRoad.Stats.Reporting.Tests;

public class TextCutTests
{
    [Theory]
    [InlineData("中欧班列", 10, "中欧班列")]
    [InlineData("中欧班列累计开行", 5, "中欧班列…")]
    [InlineData("甲乙丙𠀋丁", 5, "甲乙丙…")]
    public void Cuts_to_length_with_an_ellipsis_and_never_splits_a_surrogate_pair(string text, int max, string expected) =>
        Assert.Equal(expected, TextCut.Cut(text, max));
}
