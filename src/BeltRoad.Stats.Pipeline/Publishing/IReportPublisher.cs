using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>
/// Makes a run's output visible as one piece: a run writes everything into a staging folder beside the
/// output, and only a complete staging folder is published. Nothing already published is lost or half-written.
/// </summary>
public interface IReportPublisher
{
    /// <summary>
    /// Clears what an interrupted earlier publish left behind, then creates an empty staging folder beside
    /// <paramref name="outputDirectory"/> (same file system, so renames are atomic).
    /// </summary>
    string PrepareStaging(string outputDirectory, string runId);

    /// <summary>
    /// Gives the staging folder what the new output keeps of the old one (its history), ahead of <see cref="Publish"/>,
    /// so the run can time it; a publisher that does nothing here does it all in <see cref="Publish"/>.
    /// </summary>
    void CarryHistory(string stagingDirectory, string outputDirectory, string runId, int historyToKeep)
    {
    }

    /// <summary>
    /// Replaces the published set with the staging folder's and keeps the previous <paramref name="historyToKeep"/> sets in
    /// history; <paramref name="run"/> is the run's row as its run.json (written last) gives it, for the run log.
    /// </summary>
    void Publish(string stagingDirectory, string outputDirectory, RunRecord run, int historyToKeep);

    /// <summary>
    /// Done when what the last <see cref="Publish"/> left to do after the swap (deleting expired history) is done; never
    /// faults. A run on this publisher waits for it before it touches the output; a process waits for it before it exits.
    /// </summary>
    Task Settled => Task.CompletedTask;

    /// <summary>Removes a staging folder of a run that did not finish.</summary>
    void Discard(string stagingDirectory);
}
