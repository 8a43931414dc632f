using System.Text;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Extraction.Loading.Formats;

namespace BeltRoad.Stats.Extraction.Tests.Formats;

public class DocumentReadersTests
{
    [Fact]
    public void A_reader_that_throws_on_a_file_is_that_files_named_failure_and_the_others_load()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Encoding.UTF8.GetBytes("中欧班列累计开行7.4万列。"));
        folder.Write("b.odd", [1, 2, 3]);

        var result = DocumentLoader.LoadFolder(folder.Path, new DocumentReaders([new PlainTextReader(), new ThrowingReader()]));

        Assert.Equal(["a.txt"], result.Documents.Select(d => d.Info.Name));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("b.odd", Severity.Failure), (issue.Doc, issue.Severity));
        Assert.Contains("could not be read as odd: InvalidOperationException: parser broke", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_are_chosen_by_extension_whatever_its_case() =>
        Assert.Equal(["docx", "html", "html", "pdf", "text", "text"], new[] { "a.DOCX", "b.htm", "c.HTML", "d.Pdf", "e.md", "f.txt" }
            .Select(n => DocumentReaders.Default.For(n)!.Format));

    [Fact]
    public void Two_readers_claiming_one_extension_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => new DocumentReaders([new PlainTextReader(), new PlainTextReader()]));

    private sealed class ThrowingReader : IDocumentReader
    {
        public string Format => "odd";

        public IReadOnlyList<string> Extensions { get; } = [".odd"];

        public ReadDocument Read(byte[] bytes, ReadLimits limits, CancellationToken cancellation) => throw new InvalidOperationException("parser broke");
    }
}
