using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public class ExtractionCacheTests
{
    [Fact]
    public void Gives_back_exactly_what_was_put_decimal_scale_and_warnings_included()
    {
        using var folder = new TempFolder();
        var table = SampleTables.Rich();
        var doc = table.Documents[2];
        var facts = table.Facts.Where(f => f.Doc == doc.Name).Select(f => f with { Value = f.Value * 1.0m }).ToList();
        var entry = new CachedExtraction(doc, "全文\f第二页 𠀋", facts, [new SkippedMention(doc.Name, new SourceSpan(1, 3), "第三", "ordinal")], [RunIssue.Warning(doc.Name, "page 2 has no text")]);
        using (var cache = ExtractionCache.Open(folder.Sub("history/extractions.sqlite")))
        {
            cache.Put("k1", entry);
            cache.Save(["k1"]);
        }

        using var reopened = ExtractionCache.Open(folder.Sub("history/extractions.sqlite"));
        var back = reopened.Find("k1")!;
        Assert.Equal(entry.Text, back.Text);
        Assert.Equal(entry.Document, back.Document with { Pages = entry.Document.Pages });
        Assert.Equal(entry.Document.Pages!.Starts, back.Document.Pages!.Starts);
        Assert.Equal(facts.Select(f => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), back.Facts.Select(f => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var none = Array.Empty<SourceSpan>();
        Assert.Equal(facts.Select(f => f with { Occurrences = none }), back.Facts.Select(f => f with { Occurrences = none }));
        Assert.Equal(facts.Select(f => f.Occurrences), back.Facts.Select(f => f.Occurrences));
        Assert.Equal(entry.Skipped, back.Skipped);
        Assert.Equal(entry.Warnings, back.Warnings);
    }

    [Fact]
    public void Keeps_only_the_entries_of_the_last_run_and_forgets_what_was_not_saved()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("extractions.sqlite");
        var entry = new CachedExtraction(SampleTables.Rich().Documents[0], "text", [], [], []);
        using (var cache = ExtractionCache.Open(path))
        {
            cache.Put("old", entry);
            cache.Put("kept", entry);
            cache.Save(["kept"]);
        }

        using (var cache = ExtractionCache.Open(path))
        {
            Assert.Equal(["kept"], cache.Keys());
            cache.Put("unsaved", entry);
        }

        using var last = ExtractionCache.Open(path);
        Assert.Equal(["kept"], last.Keys());
        Assert.Null(last.Find("old"));
    }
}
