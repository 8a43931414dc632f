using System.Text.Json;

namespace BeltRoad.Stats.Recognizers.Tests;

public sealed class MentionJsonTests
{
    [Fact]
    public void Writes_the_recognize_command_fields_in_snake_case()
    {
        var mentions = NumberRecognizer.For(RecognizerCulture.ZhHans).Recognize("超过 7.4 万列，2013—2022 年");
        using var doc = JsonDocument.Parse(MentionJson.Serialize(mentions));
        var first = doc.RootElement[0];
        Assert.Equal("超过 7.4 万列", first.GetProperty("text").GetString());
        Assert.Equal("quantity", first.GetProperty("kind").GetString());
        Assert.Equal(74000m, first.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("value_high").ValueKind);
        Assert.Equal("trains", first.GetProperty("unit").GetString());
        Assert.Equal("more_than", first.GetProperty("qualifier").GetString());
        Assert.Equal(3, first.GetProperty("number_start").GetInt32());
        Assert.Equal(5, first.GetProperty("number_length").GetInt32());
        var span = doc.RootElement[1];
        Assert.Equal("date_period", span.GetProperty("kind").GetString());
        Assert.Equal("span", span.GetProperty("time").GetProperty("role").GetString());
        Assert.Equal("2013/2022", span.GetProperty("time").GetProperty("iso").GetString());
        Assert.Equal("2013", span.GetProperty("time").GetProperty("from").GetString());
        Assert.Equal("2022", span.GetProperty("time").GetProperty("to").GetString());
    }
}
