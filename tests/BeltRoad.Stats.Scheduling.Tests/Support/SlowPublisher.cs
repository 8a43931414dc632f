using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>The real publisher, made slow before staging and counting how many runs are inside it at once.</summary>
internal sealed class SlowPublisher(IReportPublisher inner, TimeSpan delay) : IReportPublisher
{
    private int _inside;

    public int MostAtOnce { get; private set; }

    public string PrepareStaging(string outputDirectory, string runId)
    {
        var now = Interlocked.Increment(ref _inside);
        MostAtOnce = Math.Max(MostAtOnce, now);
        Thread.Sleep(delay);
        return inner.PrepareStaging(outputDirectory, runId);
    }

    public void Publish(string stagingDirectory, string outputDirectory, string runId, int historyToKeep)
    {
        inner.Publish(stagingDirectory, outputDirectory, runId, historyToKeep);
        Interlocked.Decrement(ref _inside);
    }

    public void Discard(string stagingDirectory)
    {
        inner.Discard(stagingDirectory);
        Interlocked.Decrement(ref _inside);
    }
}
