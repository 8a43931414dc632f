namespace BeltRoad.Stats.Storage;

/// <summary>The codes a <see cref="RunTrigger"/> is stored as.</summary>
public static class RunTriggerCodes
{
    public static string Code(this RunTrigger trigger) => trigger switch
    {
        RunTrigger.Cron => "cron",
        RunTrigger.Missed => "missed",
        RunTrigger.RunNow => "run_now",
        RunTrigger.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    public static RunTrigger Parse(string code) => code switch
    {
        "cron" => RunTrigger.Cron,
        "missed" => RunTrigger.Missed,
        "run_now" => RunTrigger.RunNow,
        "manual" => RunTrigger.Manual,
        _ => throw new FormatException($"Unknown run trigger '{code}'."),
    };
}
