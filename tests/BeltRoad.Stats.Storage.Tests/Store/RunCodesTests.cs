using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests.Store;

/// <summary>Every run status and trigger has a stored code that reads back as itself; an unknown code is refused.</summary>
public sealed class RunCodesTests
{
    [Fact]
    public void Every_run_status_round_trips_through_its_code() =>
        Assert.All(Enum.GetValues<RunStatus>(), s => Assert.Equal(s, RunStatusCodes.Parse(s.Code())));

    [Fact]
    public void Every_run_trigger_round_trips_through_its_code() =>
        Assert.All(Enum.GetValues<RunTrigger>(), t => Assert.Equal(t, RunTriggerCodes.Parse(t.Code())));

    [Fact]
    public void The_trigger_codes_are_the_ones_the_readme_documents() =>
        Assert.Equal(["cron", "missed", "run_now", "manual"], Enum.GetValues<RunTrigger>().Select(t => t.Code()));

    [Fact]
    public void An_unknown_trigger_code_is_refused() => Assert.Throws<FormatException>(() => RunTriggerCodes.Parse("hourly"));
}
