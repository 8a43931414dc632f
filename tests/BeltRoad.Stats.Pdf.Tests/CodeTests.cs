namespace BeltRoad.Stats.Pdf.Tests;

/// <summary>Rules about the library's own source: determinism and explicit resources.</summary>
public class CodeTests
{
    private static IEnumerable<string> LibrarySources()
    {
        var src = Path.Combine(RepoRoot.Path, "src", "BeltRoad.Stats.Pdf");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("UtcNow")]
    [InlineData("Guid.NewGuid")]
    [InlineData("new Random")]
    [InlineData("/usr/share/fonts")]
    [InlineData("Environment.GetFolderPath")]
    public void The_library_never_reads_the_clock_randomness_or_machine_fonts(string forbidden)
    {
        var offenders = LibrarySources().Where(f => File.ReadAllText(f).Contains(forbidden, StringComparison.Ordinal)).ToList();
        Assert.True(LibrarySources().Count() > 20, "the sources were found");
        Assert.Empty(offenders);
    }
}
