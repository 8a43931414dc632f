using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BeltRoad.Stats.Architecture.Tests;

/// <summary>Tests about the code itself: layers point inward, no clock in the pure layers, pinned packages.</summary>
public partial class CodeTests
{
    private static readonly string Root = FindRoot();

    // Which projects each layer may reference; anything else is an arrow pointing outward.
    private static readonly Dictionary<string, string[]> AllowedReferences = new()
    {
        ["BeltRoad.Stats.Domain"] = [],
        ["BeltRoad.Stats.Recognizers"] = [],
        ["BeltRoad.Stats.Pdf"] = [],
        ["BeltRoad.Stats.Charts"] = [],
        ["BeltRoad.Stats.Extraction"] = ["BeltRoad.Stats.Domain", "BeltRoad.Stats.Recognizers"],
        ["BeltRoad.Stats.Storage"] = ["BeltRoad.Stats.Domain"],
        ["BeltRoad.Stats.Reporting"] = ["BeltRoad.Stats.Domain", "BeltRoad.Stats.Charts", "BeltRoad.Stats.Pdf"],
        ["BeltRoad.Stats.Pipeline"] = ["BeltRoad.Stats.Domain", "BeltRoad.Stats.Extraction", "BeltRoad.Stats.Storage", "BeltRoad.Stats.Reporting"],
        ["BeltRoad.Stats.Scheduling"] = ["BeltRoad.Stats.Pipeline"],
        ["BeltRoad.Stats.Cli"] = ["BeltRoad.Stats.Pipeline", "BeltRoad.Stats.Scheduling", "BeltRoad.Stats.Recognizers"],
    };

    public static TheoryData<string> SourceProjects() => [.. Directory.GetDirectories(Path.Combine(Root, "src")).Select(d => Path.GetFileName(d))];

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_references_point_inward(string project)
    {
        Assert.True(AllowedReferences.ContainsKey(project), $"{project} is a new project: give it a place in the layer map");
        var references = XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
        Assert.All(references, r => Assert.Contains(r, AllowedReferences[project]));
    }

    [Theory]
    [InlineData("BeltRoad.Stats.Recognizers")]
    [InlineData("BeltRoad.Stats.Pdf")]
    [InlineData("BeltRoad.Stats.Domain")]
    public void Inner_libraries_use_no_packages(string project)
    {
        var packages = XDocument.Load(Path.Combine(Root, "src", project, project + ".csproj")).Descendants("PackageReference");
        Assert.Empty(packages);
    }

    // Charts are drawn by ScottPlot on SkiaSharp (issue 51): those, their text shaping and the Linux native libraries only.
    [Fact]
    public void The_chart_library_uses_ScottPlot_and_its_Skia_packages_only()
    {
        var packages = XDocument.Load(Path.Combine(Root, "src", "BeltRoad.Stats.Charts", "BeltRoad.Stats.Charts.csproj"))
            .Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!);
        Assert.All(packages, p => Assert.Matches(@"^(ScottPlot|SkiaSharp(\.HarfBuzz|\.NativeAssets\.Linux\.NoDependencies)?|HarfBuzzSharp(\.NativeAssets\.Linux)?)$", p));
    }

    [Theory]
    [InlineData("BeltRoad.Stats.Domain")]
    [InlineData("BeltRoad.Stats.Recognizers")]
    [InlineData("BeltRoad.Stats.Extraction")]
    [InlineData("BeltRoad.Stats.Charts")]
    [InlineData("BeltRoad.Stats.Reporting")]
    [InlineData("BeltRoad.Stats.Pdf")]
    [InlineData("BeltRoad.Stats.Storage")]
    [InlineData("BeltRoad.Stats.Pipeline")]
    public void Only_the_scheduler_and_the_command_line_read_the_clock_directly(string project) =>
        Assert.Empty(SourcesMatching(project, Clock()));

    // The run writes its reports, facts.json, facts.csv and run.json's account on lowered threads (Pipeline's
    // LowPriorityThread): a lowered thread that asks the pool for work can make it start a worker that inherits the
    // lowered priority for the rest of the process. Work beside such code goes on threads of its own (BesideThread).
    [Theory]
    [InlineData("BeltRoad.Stats.Reporting")]
    [InlineData("BeltRoad.Stats.Charts")]
    [InlineData("BeltRoad.Stats.Pdf")]
    [InlineData("BeltRoad.Stats.Storage/Json")]
    [InlineData("BeltRoad.Stats.Storage/Csv")]
    [InlineData("BeltRoad.Stats.Storage/Exports")]
    public void Code_run_on_lowered_threads_never_queues_pool_work(string folder) =>
        Assert.Empty(SourcesMatching(folder, PoolWork()));

    [Fact]
    public void Package_versions_are_central_and_pinned()
    {
        var versions = XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion").ToList();
        Assert.NotEmpty(versions);
        // An exact version, no range or wildcard; a fourth part is a package's own revision (DuckDB.NET 1.5.6.1).
        Assert.All(versions, v => Assert.Matches(@"^\d+\.\d+\.\d+(\.\d+)?$", v.Attribute("Version")!.Value));
        var projects = Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories);
        Assert.All(projects, p => Assert.DoesNotContain(XDocument.Load(p).Descendants("PackageReference"), r => r.Attribute("Version") is not null));
    }

    [Fact]
    public void Every_project_is_in_the_solution()
    {
        var solution = File.ReadAllText(Path.Combine(Root, "BeltRoad.Stats.sln"));
        var projects = Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension);
        Assert.All(projects, p => Assert.Contains($"\"{p}\"", solution, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\bTask\.Run\(|\bParallel\.|\bThreadPool\.|\.AsParallel\(|Task\.Factory\.StartNew\((?![^;]*LongRunning)")]
    private static partial Regex PoolWork();

    /// <summary>The C# sources under <c>src/<paramref name="folder"/></c> (build output aside) that <paramref name="pattern"/> matches, relative to the root.</summary>
    private static IEnumerable<string> SourcesMatching(string folder, Regex pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, "src", folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => pattern.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root, f));

    private static string FindRoot() => RepoRoot.Path;
}
