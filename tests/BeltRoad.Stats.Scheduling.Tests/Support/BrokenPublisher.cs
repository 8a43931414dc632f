using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>A publisher that fails to publish and then to clean up: the runner's own error handling throws, and the exception leaves the run.</summary>
internal sealed class BrokenPublisher(IReportPublisher inner) : IReportPublisher
{
    public const string DiscardError = "the staging folder cannot be removed";

    public string PrepareStaging(string outputDirectory, string runId) => inner.PrepareStaging(outputDirectory, runId);

    public void Publish(string stagingDirectory, string outputDirectory, RunRecord run, int historyToKeep) =>
        throw new InvalidOperationException("publishing broke");

    public void Discard(string stagingDirectory) => throw new InvalidOperationException(DiscardError);
}
