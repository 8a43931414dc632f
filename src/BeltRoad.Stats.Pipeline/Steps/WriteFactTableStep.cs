using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Writes facts.json, facts.csv and facts.sqlite into the staging folder (the extract step has written the documents' texts).</summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    /// <summary>
    /// The three files are independent, so they are written at once: the database (the longest) on one core, the two
    /// text exports one after the other on the other. The first error is the one reported; the staging folder with
    /// whatever was written is never published.
    /// </summary>
    public async ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var dir = context.StagingDirectory;
        var table = context.Table;
        var runs = RunHistory.WithCurrent(context);
        var database = Task.Run(() => FactStore.Write(Path.Combine(dir, OutputFiles.FactsSqlite), table, runs), cancellationToken);
        var exports = Task.Run(
            () =>
            {
                FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), table, ProgramInfo.Generator);
                FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), table);
            },
            cancellationToken);
        await Task.WhenAll(database, exports).ConfigureAwait(false);

        // The table is final and the run history read (facts.sqlite has it): the run store's content goes in on a
        // worker while the reports are written.
        context.RunStore?.StoreContent(context.RunId, table, context.DocumentKeys);
    }
}
