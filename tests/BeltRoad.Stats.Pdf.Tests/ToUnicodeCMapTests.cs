using System.Text;
using BeltRoad.Stats.Pdf.Writing;

namespace BeltRoad.Stats.Pdf.Tests;

public class ToUnicodeCMapTests
{
    [Fact]
    public void Maps_every_cid_back_to_its_text()
    {
        string?[] texts = [null, "中", "國", "A", "%", "，"];
        var parsed = ToUnicodeCMap.Parse(Encoding.ASCII.GetString(ToUnicodeCMap.Build(texts)));
        Assert.Equal(5, parsed.Count);
        for (var cid = 1; cid < texts.Length; cid++)
        {
            Assert.Equal(texts[cid], parsed[cid]);
        }
    }

    [Fact]
    public void Characters_beyond_the_basic_plane_are_written_as_surrogate_pairs()
    {
        var cmap = Encoding.ASCII.GetString(ToUnicodeCMap.Build([null, "\U00020000"]));
        Assert.Contains("<0001> <D840DC00>", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_hold_at_most_one_hundred_entries()
    {
        var texts = new List<string?> { null };
        texts.AddRange(Enumerable.Range(0x4E00, 250).Select(c => ((char)c).ToString()));
        var cmap = Encoding.ASCII.GetString(ToUnicodeCMap.Build(texts));
        Assert.Contains("100 beginbfchar", cmap, StringComparison.Ordinal);
        Assert.Contains("50 beginbfchar", cmap, StringComparison.Ordinal);
        Assert.Equal(250, ToUnicodeCMap.Parse(cmap).Count);
    }
}
