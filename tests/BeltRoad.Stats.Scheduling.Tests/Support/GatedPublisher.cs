using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>
/// The real publisher behind a gate the test opens: each run stops when it asks for its staging folder until
/// <see cref="Release"/>, so a test decides how long a run lasts instead of guessing it. Counts how many runs
/// got that far and how many were inside at once.
/// </summary>
internal sealed class GatedPublisher(IReportPublisher inner) : IReportPublisher
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _release = new(0);
    private int _inside;
    private int _entered;
    private int _mostAtOnce;

    public int Entered
    {
        get
        {
            lock (_gate)
            {
                return _entered;
            }
        }
    }

    public int MostAtOnce
    {
        get
        {
            lock (_gate)
            {
                return _mostAtOnce;
            }
        }
    }

    /// <summary>Lets the run waiting at the gate (or the next one to come) through.</summary>
    public void Release() => _release.Release();

    /// <summary>Lets every run through from now on (for shutting down).</summary>
    public void Open() => _release.Release(1000);

    public string PrepareStaging(string outputDirectory, string runId)
    {
        lock (_gate)
        {
            _entered++;
            _inside++;
            _mostAtOnce = Math.Max(_mostAtOnce, _inside);
        }

        _release.Wait();
        return inner.PrepareStaging(outputDirectory, runId);
    }

    public void Publish(string stagingDirectory, string outputDirectory, RunRecord run, int historyToKeep)
    {
        try
        {
            inner.Publish(stagingDirectory, outputDirectory, run, historyToKeep);
        }
        finally
        {
            Leave();
        }
    }

    public Task Settled => inner.Settled;

    public void Discard(string stagingDirectory)
    {
        try
        {
            inner.Discard(stagingDirectory);
        }
        finally
        {
            Leave();
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            _inside--;
        }
    }
}
