namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>What an external tool printed and how it ended.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Errors)
{
    public string FirstError => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {ExitCode}";
}
