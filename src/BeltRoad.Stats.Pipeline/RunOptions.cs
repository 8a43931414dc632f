namespace BeltRoad.Stats.Pipeline;

/// <summary>What one run reads and writes.</summary>
/// <param name="ConfigFile">Optional JSON settings (metric catalogue overlay, history size); embedded defaults otherwise.</param>
/// <param name="Force">Regenerate even when the inputs, settings and program are unchanged since the last published run.</param>
public sealed record RunOptions(string InputDirectory, string OutputDirectory, string? ConfigFile = null, bool Force = false);
