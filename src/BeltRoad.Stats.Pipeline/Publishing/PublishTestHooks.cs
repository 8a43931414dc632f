namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Test-only switches, read once from the environment, so crash tests can stop the real process at a known
/// point of publishing and kill it there instead of guessing when to. Without the variables (production) the
/// publisher does exactly what it always does; <see cref="Pause"/> is then one null check.
/// <list type="bullet">
/// <item><c>BELTROAD_STATS_TEST_PAUSE_AT=&lt;point&gt;</c>: on reaching that point the publisher writes the point's
/// name to <c>.&lt;output&gt;.paused</c> beside the output folder and waits until that file is deleted (the test
/// resumes it) or two minutes have gone by. Points: see the constants below.</item>
/// <item><c>BELTROAD_STATS_TEST_PUBLISH=two-renames</c>: publish with the two-rename fallback, as on a file system
/// without <c>RENAME_EXCHANGE</c>.</item>
/// </list>
/// </summary>
internal static class PublishTestHooks
{
    public const string PauseVariable = "BELTROAD_STATS_TEST_PAUSE_AT";
    public const string PublishVariable = "BELTROAD_STATS_TEST_PUBLISH";

    /// <summary>The staging folder exists and is still empty; the run has not written anything yet.</summary>
    public const string StagingCreated = "staging-created";

    /// <summary>Staging holds the run's files, not yet the carried history.</summary>
    public const string BeforeCarry = "before-carry";

    /// <summary>Staging holds the run's files and the carried history, not yet this run's run-log row.</summary>
    public const string BeforeRunLog = "before-runlog";

    /// <summary>Staging is complete; the output is still the old set.</summary>
    public const string BeforeSwap = "before-swap";

    /// <summary>Two-rename fallback only: the old set is moved aside, the new one not yet in place (no output folder).</summary>
    public const string BetweenRenames = "between-renames";

    /// <summary>The output is the new set; the old one (beside it) is not yet deleted.</summary>
    public const string AfterSwap = "after-swap";

    private const int PollMs = 20;
    private const int MaxPauseMs = 120_000;

    private static readonly string? PauseAt = Environment.GetEnvironmentVariable(PauseVariable) is { Length: > 0 } point ? point : null;

    public static bool ForceTwoRenames { get; } = Environment.GetEnvironmentVariable(PublishVariable) == "two-renames";

    public static void Pause(PublishPaths paths, string point)
    {
        if (PauseAt is null || !string.Equals(PauseAt, point, StringComparison.Ordinal))
        {
            return;
        }

        var marker = paths.PauseMarker;
        File.WriteAllText(marker, point);
        // Counted, not timed: publishing reads no clock.
        for (var waited = 0; waited < MaxPauseMs && File.Exists(marker); waited += PollMs)
        {
            Thread.Sleep(PollMs);
        }
    }
}
