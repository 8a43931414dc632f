using System.Text;

namespace BeltRoad.Stats.Storage.Tests;

public class HtmlSafeJsonStreamTests
{
    // Every case the final pass decides over several bytes: a surrogate-pair escape, an escaped backslash before "u",
    // U+2028/U+2029, HTML characters, Chinese.
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("{\"q\": \"極小值 \\uD840\\uDC0B, C:\\\\uD840 </script>&a\u2028b\u2029c 中\", \"e\": \"\\\"\\u0041\\\\\"}");

    public static TheoryData<int> Pieces => [.. Enumerable.Range(1, 13)];

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Written_in_pieces_gives_the_same_bytes_as_escaped_whole(int piece)
    {
        using var output = new MemoryStream();
        var stream = new HtmlSafeJsonStream(output);
        for (var i = 0; i < Json.Length; i += piece)
        {
            stream.Write(Json.AsSpan(i, Math.Min(piece, Json.Length - i)));
        }

        stream.Complete();
        Assert.Equal(HtmlSafeJson.Escape(Json), output.ToArray());
    }

    [Fact]
    public void Every_split_point_gives_the_same_bytes()
    {
        var whole = HtmlSafeJson.Escape(Json);
        Assert.Contains("𠀋", Encoding.UTF8.GetString(whole), StringComparison.Ordinal);
        for (var split = 0; split <= Json.Length; split++)
        {
            using var output = new MemoryStream();
            var stream = new HtmlSafeJsonStream(output);
            stream.Write(Json.AsSpan(0, split));
            stream.Write(Json.AsSpan(split));
            stream.Complete();
            Assert.Equal(whole, output.ToArray());
        }
    }
}
