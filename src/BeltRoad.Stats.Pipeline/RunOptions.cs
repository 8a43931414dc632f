using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline;

/// <summary>What one run reads and writes.</summary>
/// <param name="ConfigFile">Optional JSON settings (metric catalogue overlay, history size); embedded defaults otherwise.</param>
/// <param name="Force">Regenerate even when the inputs, settings and program are unchanged since the last published run.</param>
/// <param name="Store">The run store (<c>--store</c>); null for the default, the output's <c>history/runs.sqlite</c>.</param>
public sealed record RunOptions(string InputDirectory, string OutputDirectory, string? ConfigFile = null, bool Force = false, StoreSettings? Store = null)
{
    /// <summary>The store every run is recorded in: the configured one, else the output's run log.</summary>
    public StoreSettings RunStore => Store ?? StoreSettings.SqliteFile(Publishing.RunLog.PathFor(OutputDirectory));

    /// <summary>How many documents are extracted at once (one per core by default); the output is the same bytes whatever it is.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
