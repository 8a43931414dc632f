using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Writes facts.json, facts.csv and facts.sqlite into the staging folder (the extract step has written the documents' texts).</summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var dir = context.StagingDirectory;
        FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), context.Table, ProgramInfo.Generator);
        FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), context.Table);
        FactStore.Write(Path.Combine(dir, OutputFiles.FactsSqlite), context.Table, RunHistory.WithCurrent(context));
        return ValueTask.CompletedTask;
    }
}
