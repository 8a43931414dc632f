using BeltRoad.Stats.Domain;
namespace BeltRoad.Stats.Pipeline;

/// <summary>The process exit codes, documented in --help and the README.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int BadUsage = 2;
    public const int SomeDocumentsFailed = 3;

    /// <summary>
    /// The disk filled up while the run wrote its output: named as such (no space left), the published set stays. Shares
    /// 3 with <see cref="SomeDocumentsFailed"/>: whatever the input or the disk, a run ends 0 or 3 unless the program failed.
    /// </summary>
    public const int NoSpaceLeft = 3;

    /// <summary>Another run held the output folder for the whole lock wait; this run did nothing (recorded as failed).</summary>
    public const int OutputBusy = 4;
    public const int Cancelled = 130;

    public static int For(RunStatus status) => status switch
    {
        RunStatus.Succeeded or RunStatus.UpToDate => Ok,
        RunStatus.PartiallyFailed => SomeDocumentsFailed,
        RunStatus.Cancelled => Cancelled,
        _ => Unexpected,
    };
}
