namespace BeltRoad.Stats.Domain;

/// <summary>Something a reader of the run should know, naming the file and the problem.</summary>
public sealed record RunIssue(Severity Severity, string? Doc, string Message)
{
    public static RunIssue Failure(string doc, string message) => new(Severity.Failure, doc, message);

    public static RunIssue Warning(string? doc, string message) => new(Severity.Warning, doc, message);

    /// <summary>The issue as a line of a log or a page: a file name's control characters and bidi overrides shown as escapes (<see cref="DisplayText.Visible"/>).</summary>
    public override string ToString() => DisplayText.Visible(Doc is null ? $"{Severity}: {Message}" : $"{Severity}: {Doc}: {Message}");
}
