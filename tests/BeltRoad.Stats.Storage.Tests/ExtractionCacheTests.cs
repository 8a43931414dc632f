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
        var entry = new CachedExtraction(doc, TextDigest.Of("全文\f第二页 𠀋"u8), facts, [new SkippedMention(doc.Name, new SourceSpan(1, 3), "第三", "ordinal")], [RunIssue.Warning(doc.Name, "page 2 has no text")]);
        using (var cache = ExtractionCache.Open(folder.Sub("history/extractions.sqlite")))
        {
            cache.Put("k1", entry);
            cache.Save(["k1"]);
        }

        using var reopened = ExtractionCache.Open(folder.Sub("history/extractions.sqlite"));
        var back = reopened.Find("k1")!;
        Assert.Equal(entry.Text, back.Text);
        Assert.Equal(entry.Document.Date, back.Document.Date);
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
        var entry = new CachedExtraction(SampleTables.Rich().Documents[0], TextDigest.Of("text"u8), [], [], []);
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

    [Fact]
    public void Its_keys_are_read_without_creating_emptying_or_changing_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("history/extractions.sqlite");
        Assert.Empty(ExtractionCache.KeysIn(path));
        Assert.False(File.Exists(path));

        var entry = new CachedExtraction(SampleTables.Rich().Documents[0], TextDigest.Of("text"u8), [], [], []);
        using (var cache = ExtractionCache.Open(path))
        {
            cache.Put("a", entry);
            cache.Put("b", entry);
            cache.Save(["a", "b"]);
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(["a", "b"], ExtractionCache.KeysIn(path).Order(StringComparer.Ordinal));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-journal"));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("extended")]
    [InlineData("foreign")]
    public void A_damaged_or_foreign_entry_is_a_miss_not_an_error(string damage)
    {
        using var folder = new TempFolder();
        var path = folder.Sub("extractions.sqlite");
        var table = SampleTables.Rich();
        var doc = table.Documents[0];
        using (var cache = ExtractionCache.Open(path))
        {
            cache.Put("k", new CachedExtraction(doc, TextDigest.Of("text"u8), [.. table.Facts.Where(f => f.Doc == doc.Name)], [], []));
            cache.Save(["k"]);
        }

        Damage(path, damage);
        using var reopened = ExtractionCache.Open(path);
        Assert.Equal(["k"], reopened.Keys());
        Assert.Null(reopened.Find("k"));
    }

    [Fact]
    public void A_cache_of_the_old_layout_that_held_every_text_is_emptied_once()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("extractions.sqlite");
        using (var old = SqliteRuntime.Open(path, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate))
        {
            SqliteRuntime.Execute(old, "CREATE TABLE extractions (key TEXT PRIMARY KEY, doc TEXT NOT NULL, payload BLOB NOT NULL); INSERT INTO extractions VALUES ('k', 'a.txt', x'7b7d');");
        }

        using (var cache = ExtractionCache.Open(path))
        {
            Assert.Empty(cache.Keys());
            cache.Put("new", new CachedExtraction(SampleTables.Rich().Documents[0], TextDigest.Of("text"u8), [], [], []));
            cache.Save(["new"]);
        }

        using var again = ExtractionCache.Open(path);
        Assert.Equal(["new"], again.Keys());
        Assert.NotNull(again.Find("new"));
    }

    [Fact]
    public void Dropping_the_entries_of_another_build_gives_their_space_back()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("extractions.sqlite");
        var table = SampleTables.Rich();
        var doc = table.Documents[0];
        var entry = new CachedExtraction(doc, TextDigest.Of("text"u8), [.. Enumerable.Repeat(table.Facts[0], 2000)], [], []);
        using (var cache = ExtractionCache.Open(path))
        {
            for (var i = 0; i < 20; i++)
            {
                cache.Put($"old{i}", entry);
            }

            cache.Save([.. Enumerable.Range(0, 20).Select(i => $"old{i}")]);
        }

        var full = new FileInfo(path).Length;
        using (var cache = ExtractionCache.Open(path))
        {
            cache.Put("new", entry);
            cache.Save(["new"]);
        }

        Assert.True(new FileInfo(path).Length < full / 5, $"{new FileInfo(path).Length} bytes left of {full}");
    }

    [Fact]
    public void A_count_larger_than_the_entry_is_not_believed()
    {
        var doc = SampleTables.Rich().Documents[0];
        var payload = CachedExtractionCodec.Encode(new CachedExtraction(doc, TextDigest.Of("text"u8), [], [], []));
        // The warnings' count, the last byte (none), made to claim more items than bytes are left.
        payload[^1] = 0x7f;
        Assert.Throws<FormatException>(() => CachedExtractionCodec.Decode(payload));
    }

    [Fact]
    public void An_entry_read_into_a_larger_reused_buffer_ends_at_its_own_length()
    {
        var doc = SampleTables.Rich().Documents[0];
        var entry = new CachedExtraction(doc, TextDigest.Of("text"u8), [], [new SkippedMention(doc.Name, new SourceSpan(0, 2), "第一", "ordinal")], []);
        var payload = CachedExtractionCodec.Encode(entry);
        // A pooled buffer holds a longer entry's leftover bytes after this one's.
        var buffer = payload.Concat(Enumerable.Repeat((byte)0x01, 64)).ToArray();

        Assert.Equal(entry.Skipped, CachedExtractionCodec.Decode(buffer, payload.Length, new SharedValues()).Skipped);
        Assert.Throws<FormatException>(() => CachedExtractionCodec.Decode(buffer, payload.Length - 1, new SharedValues()));
        Assert.Throws<FormatException>(() => CachedExtractionCodec.Decode(buffer, buffer.Length, new SharedValues()));
    }

    [Fact]
    public void Lookups_of_large_and_small_entries_in_turn_each_give_back_their_own()
    {
        using var folder = new TempFolder();
        var doc = SampleTables.Rich().Documents[0];
        CachedExtraction Entry(int skipped) => new(doc, TextDigest.Of("text"u8), [], [.. Enumerable.Range(0, skipped).Select(i => new SkippedMention(doc.Name, new SourceSpan(i, i + 1), $"第{i}", "ordinal"))], []);
        var entries = new Dictionary<string, CachedExtraction> { ["large"] = Entry(20_000), ["small"] = Entry(1), ["none"] = Entry(0) };
        using var cache = ExtractionCache.Open(folder.Sub("extractions.sqlite"));
        foreach (var (key, entry) in entries)
        {
            cache.Put(key, entry);
        }

        foreach (var key in new[] { "large", "small", "large", "none", "small", "missing" })
        {
            Assert.Equal(entries.GetValueOrDefault(key)?.Skipped, cache.Find(key)?.Skipped);
        }
    }

    [Fact]
    public void Entries_decoded_for_one_run_share_their_labels_and_skipped_texts_and_each_entry_its_periods_values_unchanged()
    {
        var table = SampleTables.Rich();
        CachedExtraction Entry(DocumentInfo doc) => new(
            doc,
            TextDigest.Of("text"u8),
            [.. table.Facts.Select(f => f with { Doc = doc.Name, Id = doc.Name + f.Id, Entity = "中欧班列", Indicator = "开行列数", AsOf = f.AsOf is null ? null : Period.AsOf(PeriodPoint.MonthEnd(2023, 6)) })],
            [new SkippedMention(doc.Name, new SourceSpan(1, 3), "第三", "ordinal")],
            []);
        var (a, b) = (Entry(table.Documents[0]), Entry(table.Documents[1]));
        var shared = new SharedValues();

        var (backA, backB) = (CachedExtractionCodec.Decode(CachedExtractionCodec.Encode(a), shared), CachedExtractionCodec.Decode(CachedExtractionCodec.Encode(b), shared));

        Assert.Equal(a.Facts.Select(f => f with { Occurrences = [] }), backA.Facts.Select(f => f with { Occurrences = [] }));
        Assert.Equal(b.Facts.Select(f => f with { Occurrences = [] }), backB.Facts.Select(f => f with { Occurrences = [] }));
        Assert.Equal(b.Skipped, backB.Skipped);
        Assert.Same(backA.Facts[0].Entity, backB.Facts[^1].Entity);
        Assert.Same(backA.Facts[0].Metric.Value, backB.Facts[0].Metric.Value);
        Assert.Same(backA.Skipped[0].Reason, backB.Skipped[0].Reason);
        Assert.Same(backA.Skipped[0].Text, backB.Skipped[0].Text);
        Assert.NotSame(backA.Facts[0].Id, backB.Facts[0].Id);
        var dated = backA.Facts.Where(f => f.AsOf is not null).ToList();
        Assert.True(dated.Count >= 2);
        Assert.All(dated, f => Assert.Same(dated[0].AsOf, f.AsOf));
        Assert.Equal(a.Facts.Select(f => f.AsOf), backA.Facts.Select(f => f.AsOf));
    }

    [Fact]
    public void An_entry_put_this_run_reads_back_as_a_hit_does_sharing_its_labels_and_a_damaged_or_missing_one_fails_loudly()
    {
        using var folder = new TempFolder();
        var table = SampleTables.Rich();
        CachedExtraction Entry(DocumentInfo doc) => new(
            doc, TextDigest.Of("text"u8), [.. table.Facts.Select(f => f with { Doc = doc.Name, Id = doc.Name + f.Id })], [new SkippedMention(doc.Name, new SourceSpan(1, 3), "第三", "ordinal")], []);
        var (hit, now) = (Entry(table.Documents[0]), Entry(table.Documents[1]));
        using (var cache = ExtractionCache.Open(folder.Sub("extractions.sqlite")))
        {
            cache.Put("hit", hit);
            cache.Save(["hit"]);
        }

        using var run = ExtractionCache.Open(folder.Sub("extractions.sqlite"));
        var found = run.Find("hit")!;
        var encoded = ExtractionCache.Encode(now);
        run.Put("now", encoded);

        var decoded = run.Reread("now");

        Assert.Equal(now.Facts.Select(f => f with { Occurrences = [] }), decoded.Facts.Select(f => f with { Occurrences = [] }));
        Assert.Equal(now.Facts.Select(f => f.Occurrences), decoded.Facts.Select(f => f.Occurrences));
        Assert.Equal((now.Document, now.Text), (decoded.Document with { Pages = now.Document.Pages }, decoded.Text));
        Assert.Equal(now.Skipped, decoded.Skipped);
        Assert.Same(found.Facts[0].Metric.Value, decoded.Facts[0].Metric.Value);
        Assert.Same(found.Skipped[0].Reason, decoded.Skipped[0].Reason);
        Assert.Equal(now.Document.Name, encoded.Doc);

        encoded.Payload[^1] ^= 0xFF;
        run.Put("damaged", encoded);
        Assert.Throws<FormatException>(() => run.Reread("damaged"));
        Assert.Throws<FormatException>(() => run.Reread("never put"));
    }

    [Fact]
    public void A_pooled_string_table_gives_each_entry_its_own_strings_whatever_the_entry_before_held()
    {
        var doc = SampleTables.Rich().Documents[0];
        CachedExtraction Entry(string text, int count) => new(doc, TextDigest.Of("text"u8), [], [.. Enumerable.Range(0, count).Select(i => new SkippedMention(doc.Name, new SourceSpan(i, i + 1), $"{text}{i}", text))], []);
        var shared = new SharedValues();
        foreach (var entry in new[] { Entry("第", 300), Entry("约", 2), Entry("届", 300), Entry("第", 1) })
        {
            Assert.Equal(entry.Skipped, CachedExtractionCodec.Decode(CachedExtractionCodec.Encode(entry), shared).Skipped);
        }
    }

    [Fact]
    public void An_entry_is_the_same_bytes_whatever_entries_were_encoded_before_it_on_the_thread()
    {
        var doc = SampleTables.Rich().Documents[0];
        var facts = SampleTables.Rich().Facts;
        CachedExtraction Entry(string text, int count) => new(doc, TextDigest.Of("text"u8), facts, [.. Enumerable.Range(0, count).Select(i => new SkippedMention(doc.Name, new SourceSpan(i, i + 1), $"{text}{i}", text))], []);
        var small = Entry("约", 2);
        var first = CachedExtractionCodec.Encode(small);

        // A larger entry, one too large for its buffers to be kept, then the small one again.
        foreach (var before in new[] { Entry("第", 300), Entry("届", 60_000) })
        {
            var larger = CachedExtractionCodec.Encode(before);
            Assert.Equal(before.Skipped, CachedExtractionCodec.Decode(larger).Skipped);
            Assert.Equal(first, CachedExtractionCodec.Encode(small));
        }
    }

    [Fact]
    public void A_text_digest_matches_only_a_file_of_exactly_those_bytes()
    {
        using var folder = new TempFolder();
        var digest = TextDigest.Of("中欧班列\f"u8);
        var same = folder.Sub("same.txt");
        File.WriteAllBytes(same, "中欧班列\f"u8.ToArray());
        var sameLength = folder.Sub("same-length.txt");
        File.WriteAllBytes(sameLength, "中欧班车\f"u8.ToArray());
        var longer = folder.Sub("longer.txt");
        File.WriteAllBytes(longer, "中欧班列\f\n"u8.ToArray());
        Assert.True(digest.Matches(same));
        Assert.False(digest.Matches(sameLength));
        Assert.False(digest.Matches(longer));
        Assert.False(digest.Matches(folder.Sub("missing.txt")));
    }

    private static void Damage(string path, string damage)
    {
        using var connection = SqliteRuntime.Open(path, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite);
        SqliteRuntime.Execute(connection, damage switch
        {
            "truncated" => "UPDATE extractions SET payload = substr(payload, 1, length(payload) / 2)",
            "extended" => "UPDATE extractions SET payload = payload || x'00'",
            "foreign" => "UPDATE extractions SET payload = CAST('{\"document\":{}}' AS BLOB)",
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        });
    }
}
