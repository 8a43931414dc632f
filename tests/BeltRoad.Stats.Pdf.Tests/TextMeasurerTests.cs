using BeltRoad.Stats.Pdf.Tests.Support;

namespace BeltRoad.Stats.Pdf.Tests;

public class TextMeasurerTests
{
    private static readonly PdfTextStyle Style = PdfTextStyle.Of(TestDocuments.Font, 10);

    [Fact]
    public void Width_is_the_sum_of_the_font_advances()
    {
        Assert.Equal(40, TextMeasurer.Width("一带一路", Style), 6);
        Assert.Equal(TextMeasurer.Width("Belt", Style) + TextMeasurer.Width("一", Style), TextMeasurer.Width("Belt一", Style), 9);
        Assert.Equal(2 * TextMeasurer.Width("Road", Style), TextMeasurer.Width("Road", Style.WithSize(20)), 9);
    }

    [Fact]
    public void Height_covers_ascent_and_descent()
    {
        Assert.Equal((1918 + 483) / 2048.0 * 10, TextMeasurer.Height(Style), 6);
    }
}
