namespace BeltRoad.Stats.Storage.Tests.Store;

public sealed class StoreSettingsTests
{
    [Theory]
    [InlineData("Host=db.example;Database=beltroad;Username=team;Password=s3cret", StoreProvider.Postgres)]
    [InlineData("Server=db.example;Database=beltroad;Password=s3cret", StoreProvider.Postgres)]
    [InlineData("Data Source=team.sqlite", StoreProvider.Sqlite)]
    [InlineData("/srv/beltroad/team.sqlite", StoreProvider.Sqlite)]
    public void The_store_option_tells_the_provider_from_the_connection_string(string text, StoreProvider expected) =>
        Assert.Equal(expected, StoreSettings.Parse(text).Provider);

    [Fact]
    public void A_shown_store_never_contains_its_password()
    {
        var shown = StoreSettings.Parse("Host=db.example;Database=beltroad;Username=team;Password=s3cret").ToString();
        Assert.DoesNotContain("s3cret", shown, StringComparison.Ordinal);
        Assert.Contains("db.example", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => StoreSettings.Of("oracle", "x"));
        Assert.Contains("oracle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_postgres_connection_string_is_refused_at_once() =>
        Assert.Throws<ArgumentException>(() => StoreSettings.Of("postgres", "Host=x;NoSuchKeyword=1"));
}
