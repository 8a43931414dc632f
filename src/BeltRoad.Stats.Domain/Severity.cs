namespace BeltRoad.Stats.Domain;

public enum Severity
{
    Info,
    Warning,

    /// <summary>The document could not be processed; the run goes on with the others.</summary>
    Failure,
}
