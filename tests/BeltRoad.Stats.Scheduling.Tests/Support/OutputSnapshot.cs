using System.Security.Cryptography;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>Every published file (history excluded) with its bytes' hash and last write time: equal snapshots mean nothing was rewritten.</summary>
internal static class OutputSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("history/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f =>
            {
                var path = Path.Combine(output, f);
                return $"{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))} {File.GetLastWriteTimeUtc(path).Ticks}";
            });

    /// <summary>The published file names, history and dot-files excluded.</summary>
    public static IReadOnlySet<string> Names(string output) =>
        Take(output).Keys.Where(f => !f.StartsWith('.')).ToHashSet();
}
