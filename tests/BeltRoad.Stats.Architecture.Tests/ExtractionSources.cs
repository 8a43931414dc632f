using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Architecture.Tests;

/// <summary>The C# sources of the extraction project (build output aside), by path relative to it, without their comments.</summary>
internal static partial class ExtractionSources
{
    public const string Project = "BeltRoad.Stats.Extraction";

    private static readonly string Root = System.IO.Path.Combine(RepoRoot.Path, "src", Project);

    public static IReadOnlyList<(string Path, string Code)> All { get; } = [.. Directory.EnumerateFiles(Root, "*.cs", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => (f, Code(File.ReadAllText(System.IO.Path.Combine(Root, f)))))];

    /// <summary>The code without its comments (line comments are the only kind the project writes).</summary>
    public static string Code(string source) => LineComment().Replace(source, "");

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
