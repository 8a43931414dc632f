using System.Diagnostics;
using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Loading.Formats;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

/// <summary>
/// Small hostile files (<see cref="HostileFiles"/>) cost their own named failure or warning, found while they are read:
/// the good document beside each still loads. The process-level cases, with memory and time measured, are in
/// Scheduling.Tests (HostileInputRunTests).
/// </summary>
public class HostileReadingTests
{
    private const string Good = "截至2023年6月底，中欧班列累计开行7.4万列。";

    [Fact]
    public void A_word_file_nesting_fifty_thousand_wrappers_is_a_named_failure_not_a_stack_overflow()
    {
        var issue = FailureOf("deep.docx", HostileFiles.DeepDocx(50_000));

        Assert.Contains("nests elements more than 512 deep", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_nesting_a_few_hundred_wrappers_is_read_as_any_other()
    {
        using var folder = new TempFolder();
        folder.Write("wrapped.docx", HostileFiles.DeepDocx(400));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Empty(result.Issues);
        Assert.Equal(Good + "\n", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void A_word_part_whose_zip_directory_states_more_than_the_unpacked_limit_is_refused_before_it_inflates()
    {
        var issue = FailureOf("bomb.docx", HostileFiles.DocxBomb(3 * 1024 * 1024), InputOptions.Default with { MaxUnpackedBytes = 1024 * 1024 });

        Assert.Contains("word/document.xml unpacks to more than 1 MB (Inputs.MaxUnpackedMegabytes)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_part_inflating_past_what_its_zip_directory_states_is_cut_there_and_named_as_damaged()
    {
        // The zip reader stops at the stated size (and BoundedStream at the limit, were it to go on): the XML ends unclosed.
        var issue = FailureOf("liar.docx", HostileFiles.DocxBomb(3 * 1024 * 1024, statedBytes: 1000), InputOptions.Default with { MaxUnpackedBytes = 1024 * 1024 });

        Assert.Contains("damaged Word document (.docx): word/document.xml: Unexpected end of file", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_whose_text_runs_past_a_tenth_of_the_size_limit_is_stopped_there()
    {
        // A 1 MB size limit allows 104,857 characters of text; the bomb unpacks to 3 MB of paragraphs.
        var issue = FailureOf("long.docx", HostileFiles.DocxBomb(3 * 1024 * 1024), InputOptions.Default with { MaxDocumentBytes = 1024 * 1024, MaxUnpackedBytes = 8 * 1024 * 1024 });

        Assert.Contains("its text runs past 104,857 characters", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_declaring_entities_is_refused_unexpanded()
    {
        var issue = FailureOf("laughs.docx", HostileFiles.BillionLaughsDocx());

        Assert.Contains("declares a DTD", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_a_hundred_thousand_unclosed_divs_is_refused_as_it_is_parsed()
    {
        var watch = Stopwatch.StartNew();
        var issue = FailureOf("nested.html", HostileFiles.NestedHtml(100_000));

        Assert.Contains("the web page nests elements more than 512 deep", issue.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}; the whole parse is quadratic (114 s)");
    }

    [Fact]
    public void A_page_of_more_elements_than_the_budget_is_refused()
    {
        var issue = FailureOf("wide.html", HostileFiles.WideHtml(ReadLimits.MaxHtmlElements + 1));

        Assert.Contains("web page of more than 500,000 elements", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_page_drawing_forms_within_forms_is_left_out_before_it_is_drawn()
    {
        var issue = FailureOf("forms.pdf", HostileFiles.PdfNestedForms(28));

        Assert.Contains("page 1: it draws forms more than 100,000 times (forms within forms)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_page_showing_more_text_than_a_page_holds_is_left_out_before_it_is_drawn()
    {
        var issue = FailureOf("text.pdf", HostileFiles.PdfPageBomb(1, lines: 1_000, lineCharacters: 1_000));

        Assert.Contains("page 1: it shows more than 400,000 bytes of text", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_page_drawing_more_content_than_the_bound_is_left_out_before_it_is_drawn()
    {
        var issue = FailureOf("drawing.pdf", HostileFiles.PdfDrawingBomb(40));

        Assert.Contains("page 1: its drawing runs past 32 MB of content", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_pages_within_the_bounds_are_read_whatever_their_number()
    {
        using var folder = new TempFolder();
        folder.Write("pages.pdf", HostileFiles.PdfPageBomb(3, lines: 20, lineCharacters: 100));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Empty(result.Issues);
        Assert.Equal(3, Assert.Single(result.Documents).Info.Pages!.Count);
    }

    [Fact]
    public void A_sidecar_larger_than_a_sidecar_may_be_is_ignored_unread_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("doc.txt", Encoding.UTF8.GetBytes("文件自己的标题\n" + Good));
        folder.Write("doc.meta.json", HostileFiles.HugeSidecar(1_000_000));

        var result = DocumentLoader.LoadFolder(folder.Path);

        Assert.Equal("文件自己的标题", Assert.Single(result.Documents).Info.Title);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("doc.txt", Severity.Warning), (issue.Doc, issue.Severity));
        Assert.Contains("more than the 64 KB a sidecar", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_is_a_line_cut_to_its_length_with_a_warning()
    {
        using var folder = new TempFolder();
        folder.Write("doc.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("doc.meta.json", HostileFiles.HugeSidecar(20_000));

        var result = DocumentLoader.LoadFolder(folder.Path);

        var title = Assert.Single(result.Documents).Info.Title;
        Assert.Equal((DocumentMetadata.MaxTitle, '…'), (title.Length, title[^1]));
        Assert.Contains("its title is 20,000 characters long; cut to 300", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_escapes_and_bidi_overrides_never_reach_a_title()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("a.meta.json", Encoding.UTF8.GetBytes("""{ "title": "报告\nFAILED: forged line \u001b[31mred\u001b[0m \u202Etxt.exe", "publisher": "\u2066出版\u2069社" }"""));

        var doc = Assert.Single(DocumentLoader.LoadFolder(folder.Path).Documents).Info;

        Assert.Equal(("报告 FAILED: forged line [31mred[0m txt.exe", "出版社"), (doc.Title, doc.Publisher));
    }

    [Fact]
    public void A_page_past_its_limit_is_cut_there_and_the_text_past_the_documents_limit_stops_the_reading()
    {
        var limits = new ReadLimits(1 << 20, 250_000, ReadLimits.DefaultTimeBudget);
        var pages = new PagedText(limits, CancellationToken.None);
        pages.Add(new string('字', ReadLimits.MaxPageCharacters + 5));
        pages.Add("第二页");

        Assert.Equal(ReadLimits.MaxPageCharacters + 1 + 4, pages.ToString().Length);
        Assert.Contains("1 page(s) hold more than 100,000 characters of text", Assert.Single(pages.Warnings), StringComparison.Ordinal);
        pages.Add(new string('字', 100_000));
        var stopped = Assert.Throws<DecodeFailure>(() => pages.Add(new string('字', 100_000)));
        Assert.Contains("its text runs past 250,000 characters", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paged_reader_that_kept_no_page_limit_has_its_pages_cut_where_every_reader_passes()
    {
        using var folder = new TempFolder();
        folder.Write("a.paged", [1]);

        var result = DocumentLoader.LoadFolder(folder.Path, new DocumentReaders([new OnePageReader(new string('字', 300_000))]));

        var doc = Assert.Single(result.Documents);
        Assert.Equal(ReadLimits.MaxPageCharacters + 1, doc.Text.Length);
        Assert.Contains("hold more than 100,000 characters", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_that_ignores_its_time_budget_is_abandoned_as_a_named_failure_and_the_others_load()
    {
        using var release = new ManualResetEventSlim();
        using var folder = new TempFolder();
        folder.Write("a.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write("stuck.odd", [1]);

        var result = DocumentLoader.LoadFolder(folder.Path, new DocumentReaders([new PlainTextReader(), new OddReader(_ => release.Wait())]),
            InputOptions.Default with { TimeBudget = TimeSpan.FromSeconds(1) });
        release.Set();

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Info.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("stuck.odd", Severity.Failure), (issue.Doc, issue.Severity));
        Assert.Contains("reading it took longer than 1 s (Inputs.MaxSecondsPerDocument); abandoned", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_that_stops_on_its_time_budget_is_a_named_failure()
    {
        // The budget is every document's, the good one's too: long enough for a cold plain-text read on a loaded machine
        // (0.3 s was not, under CI beside other work), and the half second shows the budget is printed as set.
        var issue = FailureOf("slow.odd", [1], InputOptions.Default with { TimeBudget = TimeSpan.FromMilliseconds(1500) }, cancellation => Task.Delay(-1, cancellation).Wait(cancellation));

        Assert.Contains("reading it took longer than 1.5 s (Inputs.MaxSecondsPerDocument); stopped", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_that_runs_out_of_memory_is_that_documents_failure()
    {
        var issue = FailureOf("huge.odd", [1], null, _ => throw new OutOfMemoryException("Array dimensions exceeded supported range."));

        Assert.Contains("ran out of memory while being read", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_recursing_a_hundred_thousand_deep_fits_the_readers_stack()
    {
        using var folder = new TempFolder();
        folder.Write("deep.odd", [1]);

        var result = DocumentLoader.LoadFolder(folder.Path, new DocumentReaders([new OddReader(_ => Recurse(100_000))]));

        Assert.Empty(result.Issues);
        Assert.Single(result.Documents);
    }

    private static int Recurse(int depth) => depth == 0 ? 0 : 1 + Recurse(depth - 1);

    private static RunIssue FailureOf(string name, byte[] bytes, InputOptions? options = null, Action<CancellationToken>? odd = null)
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", Encoding.UTF8.GetBytes(Good));
        folder.Write(name, bytes);
        var readers = odd is null ? DocumentReaders.Default : new DocumentReaders([new PlainTextReader(), new OddReader(odd)]);

        var result = DocumentLoader.LoadFolder(folder.Path, readers, options);

        Assert.Equal(["good.txt"], result.Documents.Select(d => d.Info.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((name, Severity.Failure), (issue.Doc, issue.Severity));
        return issue;
    }

    private sealed class OddReader(Action<CancellationToken> read) : IDocumentReader
    {
        public string Format => "odd";

        public IReadOnlyList<string> Extensions { get; } = [".odd"];

        public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation)
        {
            read(cancellation);
            return new ReadDocument(Good, "utf-8", DocumentMetadata.None);
        }
    }

    private sealed class OnePageReader(string page) : IDocumentReader
    {
        public string Format => "paged";

        public IReadOnlyList<string> Extensions { get; } = [".paged"];

        public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation) =>
            new(page + "\f", "utf-8", DocumentMetadata.None) { Pages = PageMap.FromFormFeeds(page + "\f") };
    }
}
