using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>Writes facts.json, facts.csv, facts.sqlite and the documents' texts (what the spans index) into the staging folder.</summary>
internal sealed class WriteFactTableStep : IRunStep
{
    public string Name => "store";

    public ValueTask ExecuteAsync(RunContext context, CancellationToken cancellationToken)
    {
        var dir = context.StagingDirectory;
        FactsJsonWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsJson), context.Table, ProgramInfo.Generator);
        FactsCsvWriter.WriteFile(Path.Combine(dir, OutputFiles.FactsCsv), context.Table);
        FactStore.Write(Path.Combine(dir, OutputFiles.FactsSqlite), context.Table, RunHistory.WithCurrent(context));
        var texts = context.Load.Documents.ToDictionary(d => d.Info.Name, d => d.Text, StringComparer.Ordinal);
        DocumentTextsWriter.WriteFiles(dir, context.Table.Documents.Select(d => (d, texts[d.Name])));
        return ValueTask.CompletedTask;
    }
}
