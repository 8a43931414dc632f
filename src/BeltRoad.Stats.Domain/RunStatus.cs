namespace BeltRoad.Stats.Domain;

public enum RunStatus
{
    Succeeded,

    /// <summary>Nothing changed since the last published run; nothing was rewritten.</summary>
    UpToDate,

    /// <summary>Some documents failed; the others were processed and published.</summary>
    PartiallyFailed,
    Failed,
    Cancelled,

    /// <summary>Recorded when a run starts; a row still running when the next run takes the output lock is one whose process died.</summary>
    Running,
}
