using BeltRoad.Stats.Extraction.Segmenting;

namespace BeltRoad.Stats.Extraction.Tests;

public class EndCharsTests
{
    private const string Ends = "。！？!?.";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_scan_finds_every_end_in_its_range_in_order_whichever_kind_comes_first(int seed)
    {
        // Chinese text with ends of both kinds, runs of one kind, and long stretches of neither.
        var random = new Random(seed);
        const string alphabet = "中欧班列开行7.4万列，。！？!?.,;:abc 一带一路";
        var text = new string([.. Enumerable.Range(0, 600).Select(_ => random.Next(10) == 0 ? 'x' : alphabet[random.Next(alphabet.Length)])]);
        var chars = new EndChars(Ends);

        foreach (var (from, end) in new[] { (0, text.Length), (37, 412), (100, 100), (599, 600) })
        {
            var found = new List<int>();
            var scan = chars.In(text, from, end);
            for (var i = scan.Next(); i >= 0; i = scan.Next())
            {
                found.Add(i);
            }

            Assert.Equal(Enumerable.Range(from, end - from).Where(i => Ends.Contains(text[i], StringComparison.Ordinal)), found);
            Assert.Equal(-1, scan.Next());
        }
    }

    [Theory]
    [InlineData("。", "甲。乙。丙", 0, 5, new[] { 1, 3 })] // one kind only, the other's search empty
    [InlineData(".", "7.4. A.", 0, 7, new[] { 1, 3, 6 })]
    [InlineData("。！？!?.", "甲!乙。丙.", 2, 4, new[] { 3 })] // a range that ends just after a hit, the next one outside it
    [InlineData("。！？!?.", "。.", 0, 2, new[] { 0, 1 })]
    [InlineData("。！？!?.", "甲乙", 1, 1, new int[0])]
    public void A_scan_stops_at_its_ranges_end_whatever_kinds_the_set_holds(string set, string text, int from, int end, int[] expected)
    {
        var found = new List<int>();
        var scan = new EndChars(set).In(text, from, end);
        for (var i = scan.Next(); i >= 0; i = scan.Next())
        {
            found.Add(i);
        }

        Assert.Equal(expected, found);
        Assert.Equal(-1, scan.Next());
    }

    [Theory]
    [InlineData("。", true)]
    [InlineData("!", true)]
    [InlineData(".", true)]
    [InlineData("，", false)]
    [InlineData("中", false)]
    public void A_character_is_an_end_when_it_is_one_of_either_kind(string c, bool end) =>
        Assert.Equal(end, new EndChars(Ends).Contains(c[0]));
}
