namespace BeltRoad.Stats.Scheduling;

/// <summary>
/// What the scheduler has run in this process: the exit code at shutdown (130 if a run was cut short) and
/// the tests' view of firings (they check that no two runs overlap).
/// </summary>
public sealed class ScheduleJournal
{
    private readonly Lock _gate = new();
    private readonly List<ScheduledRun> _runs = [];
    private int _running;

    public IReadOnlyList<ScheduledRun> Runs
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    /// <summary>The most runs seen going at once; 1 when executions never overlap.</summary>
    public int MostAtOnce { get; private set; }

    public bool Running => Volatile.Read(ref _running) > 0;

    internal void Started()
    {
        lock (_gate)
        {
            _running++;
            MostAtOnce = Math.Max(MostAtOnce, _running);
        }
    }

    internal void Finished(ScheduledRun run)
    {
        lock (_gate)
        {
            _running--;
            _runs.Add(run);
        }
    }
}
