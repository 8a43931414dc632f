using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Pipeline;

/// <summary>How a run ended, and what it produced.</summary>
public sealed record RunOutcome(
    string RunId,
    RunStatus Status,
    TableAccount Account,
    IReadOnlyList<StepTiming> Timings,
    FactChanges? Changes,
    string Message)
{
    public int ExitCode { get; init; } = ExitCodes.For(Status);

    public IReadOnlyList<RunIssue> Issues => Account.Listing.Issues;
}
