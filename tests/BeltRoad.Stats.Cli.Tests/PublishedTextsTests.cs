using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Extracting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>
/// A cached document's text is linked from the published set and kept only when it is still the text the cache
/// entry names: taken on trust when its stat is the one the published manifest recorded, read and checked otherwise.
/// </summary>
public class PublishedTextsTests
{
    private static readonly byte[] Text = "截至2023年底，示范班列累计开行8.2万列。\n"u8.ToArray();
    private static readonly DocumentInfo Document = new("a.txt", "sha", Text.Length, "utf-8", DocumentLanguage.ZhHans, "a", null, Text.Length);

    [Fact]
    public void A_text_whose_stat_is_the_recorded_one_is_linked_without_being_read()
    {
        using var folder = new TempFolder();
        var source = Publish(folder, Text);
        // A digest no read could confirm: only the recorded stamp can vouch for it.
        var unread = new TextDigest("recorded-not-read", Text.Length);
        var known = StampedText.Of(unread, FileStamps.Of(source)!.Value);

        var reuse = Reuse(folder, unread, known);

        Assert.True(reuse.Reused);
        Assert.Equal(known, reuse.Stamp);
        Assert.Equal(Text, File.ReadAllBytes(Path.Combine(folder.Sub("staging"), Document.TextPath)));
    }

    [Fact]
    public void A_text_edited_in_place_is_read_and_not_reused()
    {
        using var folder = new TempFolder();
        var source = Publish(folder, Text);
        var digest = TextDigest.Of(Text);
        var known = StampedText.Of(digest, FileStamps.Of(source)!.Value);
        // Past the kernel clock's tick (a few ms), so the edit's last-write time is a later one; same inode, same size.
        Thread.Sleep(50);
        using (var file = new FileStream(source, FileMode.Open, FileAccess.Write))
        {
            file.Write("9"u8);
        }

        var reuse = Reuse(folder, digest, known);

        Assert.False(reuse.Reused);
        Assert.False(File.Exists(Path.Combine(folder.Sub("staging"), Document.TextPath)));
    }

    [Fact]
    public void A_text_replaced_by_another_of_the_same_size_and_last_write_time_is_read_and_not_reused()
    {
        using var folder = new TempFolder();
        var source = Publish(folder, Text);
        var digest = TextDigest.Of(Text);
        var known = StampedText.Of(digest, FileStamps.Of(source)!.Value);
        var written = File.GetLastWriteTimeUtc(source);
        // Moved aside, not deleted: a deleted file's inode may be given straight back to the new one (seen once in CI),
        // and then nothing in its stamp differs — the case a stamp cannot see, which this test is not about.
        File.Move(source, source + ".replaced");
        File.WriteAllBytes(source, [.. Text.Select(b => b == (byte)'8' ? (byte)'9' : b)]);
        File.SetLastWriteTimeUtc(source, written);

        Assert.False(Reuse(folder, digest, known).Reused);
    }

    [Fact]
    public void A_text_without_a_recorded_stamp_is_read_and_its_stamp_kept_only_once_settled()
    {
        using var folder = new TempFolder();
        var source = Publish(folder, Text);
        var digest = TextDigest.Of(Text);

        var settled = Reuse(folder, digest, known: null, settledBefore: long.MaxValue);
        Directory.Delete(folder.Sub("staging"), recursive: true);
        var recent = Reuse(folder, digest, known: null, settledBefore: 0);

        Assert.True(settled.Reused);
        Assert.Equal(StampedText.Of(digest, FileStamps.Of(source)!.Value), settled.Stamp);
        Assert.True(recent.Reused);
        Assert.Null(recent.Stamp);
    }

    [Fact]
    public void A_missing_text_is_not_reused_and_leaves_nothing_behind()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Sub("published"));

        Assert.False(Reuse(folder, TextDigest.Of(Text), known: null).Reused);
        Assert.False(File.Exists(Path.Combine(folder.Sub("staging"), Document.TextPath)));
    }

    private static string Publish(TempFolder folder, byte[] text) => folder.Write(Path.Combine("published", Document.TextPath), text);

    private static PublishedTexts.Reuse Reuse(TempFolder folder, TextDigest digest, StampedText? known, long settledBefore = long.MaxValue) =>
        PublishedTexts.TryReuse(folder.Sub("published"), folder.Sub("staging"), Document, digest, known, settledBefore);
}
