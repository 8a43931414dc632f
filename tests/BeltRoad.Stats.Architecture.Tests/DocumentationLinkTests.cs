using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Architecture.Tests;

/// <summary>
/// The README and docs/ as a newcomer follows them: every relative link leads to a file or folder of the checkout, and
/// every #anchor to a heading of its page (GitHub's anchors: the heading lower-cased, punctuation dropped, spaces as
/// hyphens). Links inside code blocks and inline code are text, not links; web addresses are not followed, nor links that
/// leave the checkout (the team's ../shared folder, which a fresh clone does not have).
/// </summary>
public sealed partial class DocumentationLinkTests
{
    [Fact]
    public void Every_relative_link_and_anchor_in_the_readme_and_docs_leads_somewhere()
    {
        var pages = Pages().ToList();
        var dead = pages.SelectMany(page => Links(page).Where(link => !Leads(page, link)).Select(link => $"{Relative(page)}: ({link})")).ToList();

        Assert.True(pages.Count >= 5, $"{pages.Count} pages found");
        Assert.True(dead.Count == 0, "dead links:\n" + string.Join("\n", dead));
    }

    [Fact]
    public void The_readme_fits_on_a_screen_of_300_lines_and_links_the_docs_map()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoRoot.Path, "README.md"));

        Assert.InRange(readme.Length, 1, 300);
        Assert.Contains(Links(Path.Combine(RepoRoot.Path, "README.md")), link => link == "docs/README.md");
    }

    [Theory]
    [InlineData("## The pipeline", "the-pipeline")]
    [InlineData("## A team: one fact store, a clustered schedule (PostgreSQL)", "a-team-one-fact-store-a-clustered-schedule-postgresql")]
    [InlineData("## PDF: PdfPig, compared with poppler", "pdf-pdfpig-compared-with-poppler")]
    [InlineData("## facts.parquet", "factsparquet")]
    [InlineData("## How `as_of` is decided", "how-as_of-is-decided")]
    [InlineData("## 数据质量 Data quality", "数据质量-data-quality")]
    public void A_heading_s_anchor_is_github_s(string heading, string anchor) =>
        Assert.Contains(anchor, Anchors([heading]));

    private static IEnumerable<string> Pages()
    {
        yield return Path.Combine(RepoRoot.Path, "README.md");
        foreach (var page in Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return page;
        }
    }

    private static bool Leads(string page, string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var (path, anchor) = hash < 0 ? (link, null) : (link[..hash], link[(hash + 1)..]);
        var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (!target.StartsWith(RepoRoot.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }

        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return false;
        }

        return anchor is null || (File.Exists(target) && Anchors(File.ReadAllLines(target)).Contains(anchor));
    }

    /// <summary>The relative links of a page, outside code.</summary>
    private static IEnumerable<string> Links(string page) =>
        Prose(File.ReadAllLines(page))
            .SelectMany(line => Link().Matches(InlineCode().Replace(line, "")).Select(m => m.Groups["target"].Value))
            .Where(target => !Scheme().IsMatch(target));

    private static HashSet<string> Anchors(IEnumerable<string> lines) =>
        [.. Prose(lines).Where(l => l.StartsWith('#')).Select(l => Slug(l.TrimStart('#')))];

    private static string Slug(string heading) =>
        NotInAnchor().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    // The lines outside fenced code blocks.
    private static IEnumerable<string> Prose(IEnumerable<string> lines)
    {
        var fenced = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced)
            {
                yield return line;
            }
        }
    }

    private static string Relative(string page) => Path.GetRelativePath(RepoRoot.Path, page);

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    // GitHub keeps letters, digits, underscores, hyphens and spaces (then hyphens) of a heading.
    [GeneratedRegex(@"[^\p{L}\p{Nd}\p{Mn}_\- ]")]
    private static partial Regex NotInAnchor();
}
