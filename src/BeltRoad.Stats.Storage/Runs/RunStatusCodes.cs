using BeltRoad.Stats.Domain;
namespace BeltRoad.Stats.Storage;

/// <summary>The snake_case codes a run status is stored and shown as.</summary>
public static class RunStatusCodes
{
    public static string Code(this RunStatus status) => status switch
    {
        RunStatus.Succeeded => "succeeded",
        RunStatus.UpToDate => "up_to_date",
        RunStatus.PartiallyFailed => "partially_failed",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        RunStatus.Running => "running",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static RunStatus Parse(string code) => code switch
    {
        "succeeded" => RunStatus.Succeeded,
        "up_to_date" => RunStatus.UpToDate,
        "partially_failed" => RunStatus.PartiallyFailed,
        "failed" => RunStatus.Failed,
        "cancelled" => RunStatus.Cancelled,
        "running" => RunStatus.Running,
        _ => throw new FormatException($"Unknown run status '{code}'."),
    };
}
