using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The run store: every run (one row each, whatever its outcome) and every published run's documents, facts and
/// findings under its run id. Two backends behind it, SQLite and PostgreSQL, with the same tables and views.
/// </summary>
public interface IRunStore
{
    /// <summary>The store as it may be shown: provider and connection string without the password.</summary>
    string Name { get; }

    /// <summary>Adds the run's row, or replaces the row with the same run id.</summary>
    void Record(RunRecord run);

    /// <summary>
    /// The run's row, documents, facts and findings, in one transaction: all of them or none. Facts and findings
    /// already stored by an earlier run (same content) are only named, not written again.
    /// </summary>
    void RecordPublished(RunRecord run, FactTable table) => RecordPublished(run, PublishedContent.Of(table));

    /// <inheritdoc cref="RecordPublished(RunRecord, FactTable)"/>
    void RecordPublished(RunRecord run, PublishedContent content);

    /// <summary>
    /// The fact sets and findings of <paramref name="content"/> that the store does not hold yet, in one transaction,
    /// named by no run: a run's content may be stored while it still writes its reports, so that recording it after its
    /// swap (<see cref="RecordPublished(RunRecord, PublishedContent)"/>) only names them. Content a run stored and never
    /// published stays, unnamed, and is named by the next run that publishes it; the views show only what runs name.
    /// </summary>
    void StoreContent(PublishedContent content);

    /// <summary>
    /// Whether <see cref="StoreContent(PublishedContent, string)"/> copies the rows from the run's facts.sqlite, and so
    /// is to be called only once that file is written; when false the content's rows are bound at once.
    /// </summary>
    bool CopiesFromFactStore => false;

    /// <summary>
    /// <inheritdoc cref="StoreContent(PublishedContent)" path="/summary"/> <paramref name="factStorePath"/> is the run's
    /// facts.sqlite, complete, holding the same table: a store that <see cref="CopiesFromFactStore"/> takes the rows from there.
    /// </summary>
    void StoreContent(PublishedContent content, string factStorePath) => StoreContent(content);

    /// <summary>
    /// The row of a run about to replace the published set, written where the set's run log already is (so the log
    /// need not be copied into the new set), and marked as publishing until <see cref="SettlePublishing"/>.
    /// </summary>
    void RecordPublishing(RunRecord run);

    /// <summary>
    /// Ends the mark <see cref="RecordPublishing"/> left: the row stays as recorded when that run is
    /// <paramref name="publishedRunId"/> (its set was swapped in); else its publish was stopped before the swap (or
    /// the swap threw) and the row becomes failed. Returns the id of the run so failed; null when nothing was pending
    /// or it published.
    /// </summary>
    string? SettlePublishing(string? publishedRunId);

    /// <summary>Every run, oldest first.</summary>
    IReadOnlyList<RunRecord> ReadRuns();

    /// <summary>
    /// Marks every run still recorded as running as failed: called by a run holding the output lock, so any other
    /// run still "running" is one whose process died (killed, crashed, machine down). Returns their ids.
    /// <paramref name="during"/>: what the process was doing, when known (" while reading a.docx"), added to their message.
    /// </summary>
    IReadOnlyList<string> FailInterrupted(DateTimeOffset now, string during = "");
}
