using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>
/// The file system cases of issue 11, each beside a good document: the listing names the problem, keeps the good
/// document, and never blocks (every test is bounded by its timeout).
/// </summary>
public class InputListingTests
{
    private const int Bounded = 20_000;
    private static readonly byte[] Good = Encoding.UTF8.GetBytes("中欧班列累计开行7.4万列。");

    [Fact(Timeout = Bounded)]
    public async Task A_fifo_named_like_a_document_is_skipped_with_a_warning_and_never_opened()
    {
        using var folder = WithGoodDocument();
        Shell(folder, "mkfifo x.txt");

        var result = await Load(folder);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "x.txt", Severity.Warning, "named pipe");
    }

    [Theory(Timeout = Bounded)]
    [InlineData("x.pdf")]
    [InlineData("x.html")]
    [InlineData("x.docx")]
    [InlineData("good.meta.json")]
    public async Task A_fifo_named_like_any_format_or_a_sidecar_is_skipped_and_never_opened(string name)
    {
        using var folder = WithGoodDocument();
        Shell(folder, $"mkfifo {name}");

        var result = await Load(folder);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, name, Severity.Warning, "named pipe");
    }

    [Fact]
    public void A_sidecar_is_listed_beside_its_document_and_never_as_one()
    {
        using var folder = WithGoodDocument();
        folder.Write("good.meta.json", Encoding.UTF8.GetBytes("""{ "title": "边车标题" }"""));

        var listing = InputLister.List(folder.Path, InputOptions.Default);

        Assert.Equal(["good.txt"], listing.Entries.Select(e => e.Name));
        Assert.Equal(["good.meta.json"], listing.Sidecars.Select(e => e.Name));
        Assert.Equal("边车标题", Assert.Single(DocumentLoader.Load(listing).Documents).Info.Title);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_sidecar_linked_from_outside_the_folder_is_not_read()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.json", Encoding.UTF8.GetBytes("""{ "title": "外面的标题" }"""));
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("good.meta.json"), secret);

        var result = await Load(folder);

        AssertIssue(result, "good.meta.json", Severity.Warning, "outside the input folder");
        Assert.NotEqual("外面的标题", Assert.Single(result.Documents).Info.Title);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_file_replaced_by_a_fifo_after_listing_fails_its_read_without_blocking()
    {
        using var folder = new TempFolder();
        Shell(folder, "mkfifo late.txt");

        var read = await Task.Run(() => Record.Exception(() => InputReader.ReadAll(new InputEntry("late.txt", PathBytes.Of(folder.Sub("late.txt")), 10), 100)));

        Assert.Contains("no longer a regular file", Assert.IsType<IOException>(read).Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_link_to_dev_zero_is_outside_the_folder_and_a_device_when_followed()
    {
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("zero.txt"), "/dev/zero");

        AssertIssue(await Load(folder), "zero.txt", Severity.Warning, "outside the input folder");
        var followed = await Load(folder, InputOptions.Default with { FollowLinksOutside = true });
        AssertIssue(followed, "zero.txt", Severity.Warning, "device");
        Assert.Equal(["good.txt"], followed.Documents.Select(d => d.Info.Name));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_dangling_link_is_named_as_dangling()
    {
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("gone.txt"), "no-such-file.txt");

        var result = await Load(folder);

        AssertIssue(result, "gone.txt", Severity.Warning, "dangling");
        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_loop_of_file_links_is_named_as_a_loop()
    {
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("a.txt"), "b.txt");
        File.CreateSymbolicLink(folder.Sub("b.txt"), "a.txt");

        var result = await Load(folder);

        AssertIssue(result, "a.txt", Severity.Warning, "loop");
        AssertIssue(result, "b.txt", Severity.Warning, "loop");
        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
    }

    [Fact(Timeout = Bounded)]
    public async Task Directory_links_back_up_are_walked_once_so_every_document_is_read_once()
    {
        using var folder = WithGoodDocument();
        folder.Write("sub/inner.txt", Good);
        Directory.CreateSymbolicLink(folder.Sub("loop"), ".");
        Directory.CreateSymbolicLink(folder.Sub("sub/up"), "..");

        var result = await Load(folder);

        Assert.Equal(["good.txt", "sub/inner.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "loop", Severity.Warning, "directory loop");
        AssertIssue(result, "sub/up", Severity.Warning, "directory loop");
    }

    [Fact(Timeout = Bounded)]
    public async Task A_second_name_for_a_file_inside_the_folder_reads_it_once()
    {
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("same.txt"), "good.txt");

        var result = await Load(folder);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "same.txt", Severity.Warning, "the same file as good.txt");
    }

    [Fact(Timeout = Bounded)]
    public async Task A_link_outside_the_folder_is_not_read_unless_allowed()
    {
        using var outside = new TempFolder();
        var target = outside.Write("passwd", Encoding.UTF8.GetBytes("root:x:0:0:root:/root:/bin/bash\n"));
        using var folder = WithGoodDocument();
        File.CreateSymbolicLink(folder.Sub("passwd.txt"), target);

        var result = await Load(folder);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "passwd.txt", Severity.Warning, "outside the input folder");
        Assert.Contains("passwd.txt", (await Load(folder, InputOptions.Default with { FollowLinksOutside = true })).Documents.Select(d => d.Info.Name));
    }

    [Fact(Timeout = Bounded)]
    public async Task A_backslash_in_a_name_stays_a_backslash_beside_the_folder_of_that_name()
    {
        using var folder = WithGoodDocument();
        folder.Write("a\\b.txt", Encoding.UTF8.GetBytes("共有25个国家参加。"));
        folder.Write("a/b.txt", Encoding.UTF8.GetBytes("共有30个城市参加。"));

        var result = await Load(folder);

        Assert.Equal(["a/b.txt", "a\\b.txt", "good.txt"], result.Documents.Select(d => d.Info.Name));
        Assert.Contains("25", result.Documents.Single(d => d.Info.Name == "a\\b.txt").Text, StringComparison.Ordinal);
        Assert.Empty(result.Issues);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_name_that_is_not_utf8_is_read_and_shown_escaped()
    {
        using var folder = WithGoodDocument();
        Shell(folder, "printf '共有25个国家参加。' > \"$(printf 'bad\\377.txt')\"");

        var result = await Load(folder);

        var doc = Assert.Single(result.Documents, d => d.Info.Name != "good.txt");
        Assert.Equal("bad\\xFF.txt", doc.Info.Name);
        Assert.Contains("25", doc.Text, StringComparison.Ordinal);
        AssertIssue(result, "bad\\xFF.txt", Severity.Warning, "not valid UTF-8");
    }

    [Fact(Timeout = Bounded)]
    public async Task A_path_longer_than_path_max_is_reported_and_the_rest_is_read()
    {
        using var folder = WithGoodDocument();
        // Built in pieces moved into each other: no single call may name a path over PATH_MAX.
        var ten = string.Join('/', Enumerable.Repeat(new string('d', 200), 10));
        Shell(folder, $"mkdir -p c1/{ten} c2/{ten} c3/{ten} && printf '共有25个国家参加。' > c3/{ten}/deep.txt && mv c3 c2/{ten}/ && mv c2 c1/{ten}/");

        LoadResult result;
        try
        {
            result = await Load(folder);
        }
        finally
        {
            Shell(folder, "rm -rf c1"); // deeper than .NET's own delete goes
        }

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(Severity.Failure, issue.Severity);
        Assert.Contains("longer than the system limit", issue.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = Bounded)]
    public async Task A_document_over_the_size_limit_is_a_named_failure()
    {
        using var folder = WithGoodDocument();
        folder.Write("big.txt", [.. Enumerable.Repeat((byte)'x', 2048)]);

        var result = await Load(folder, InputOptions.Default with { MaxDocumentBytes = 1024 });

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        AssertIssue(result, "big.txt", Severity.Failure, "over the per-document limit");
    }

    [Fact(Timeout = Bounded)]
    public async Task A_file_that_grew_past_the_limit_after_listing_fails_without_reading_past_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("grows.txt", [.. Enumerable.Repeat((byte)'x', 4096)]);

        var read = await Task.Run(() => Record.Exception(() => InputReader.ReadAll(new InputEntry("grows.txt", PathBytes.Of(path), 10), 1024)));

        Assert.Contains("over the per-document limit", Assert.IsType<IOException>(read).Message, StringComparison.Ordinal);
    }

    private static TempFolder WithGoodDocument()
    {
        var folder = new TempFolder();
        folder.Write("good.txt", Good);
        return folder;
    }

    private static Task<LoadResult> Load(TempFolder folder, InputOptions? options = null) =>
        Task.Run(() => DocumentLoader.Load(InputLister.List(folder.Path, options ?? InputOptions.Default)));

    private static void AssertIssue(LoadResult result, string doc, Severity severity, string reason)
    {
        var issue = Assert.Single(result.Issues, i => i.Doc == doc);
        Assert.Equal(severity, issue.Severity);
        Assert.Contains(reason, issue.Message, StringComparison.Ordinal);
    }

    private static void Shell(TempFolder folder, string script)
    {
        var (code, _, error) = ExternalProcess.Run("sh", "-ec", $"cd '{folder.Path}' && {script}");
        Assert.True(code == 0, error);
    }
}
