namespace BeltRoad.Stats.Storage;

/// <summary>A document of a run's extraction queue: its place in the run's listing, its name and its extraction key (<see cref="ExtractionQueue"/>).</summary>
public sealed record QueuedDocument(int Position, string Doc, string Key);

/// <summary>A run whose documents are being shared out: its id and its staging folder, relative to the output folder, where a helper writes their texts.</summary>
public sealed record SharedRun(string RunId, string Staging);

/// <summary>A document of the queue that is done: by whom, and its extraction entry (null when none was stored: it could not be read or extracted there).</summary>
public sealed record FinishedDocument(int Position, string ExtractedBy, EncodedExtraction? Entry);
