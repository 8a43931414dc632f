namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// A range of a published file appended to an export lands where a write of its bytes would: after what the export's
/// buffer held, with what is written after it following on; by the kernel into a file, by a plain write elsewhere.
/// </summary>
public class MappedFileTests
{
    // Longer than the 1 MB copy buffer, so a long range is copied in several writes.
    private static readonly byte[] Published = [.. Enumerable.Range(0, 3_000_000).Select(i => (byte)(i * 7 % 251))];

    [Theory]
    [InlineData(0, 300_000)]
    [InlineData(1, 2)]
    [InlineData(4097, 250_001)]
    [InlineData(5, 5)]
    [InlineData(6, 3_000_000)] // past the buffer: "before" is 6 bytes, so the same place within the page (by the kernel)
    [InlineData(1, 3_000_000)] // shifted within the page: through the buffer
    [InlineData(4096 + 6, 2_500_001)]
    [InlineData(4096 + 7, 2_500_001)]
    public void A_copied_range_sits_between_the_bytes_written_before_and_after_it(int start, int end)
    {
        using var folder = new TempFolder();
        var path = folder.Write("published", Published);
        using var file = MappedFile.Open(new PublishedExport(path, Published.Length, Account()))!;

        using (var output = FileOutput.Create(folder.Sub("export"), 1 << 10))
        {
            output.Write("before"u8);
            file.CopyTo(output, start, end);
            output.Write("after"u8);
        }

        var buffer = new MemoryStream();
        buffer.Write("before"u8);
        file.CopyTo(buffer, start, end);
        buffer.Write("after"u8);

        byte[] expected = [.. "before"u8, .. Published.AsSpan(start, end - start), .. "after"u8];
        Assert.Equal(expected, File.ReadAllBytes(folder.Sub("export")));
        Assert.Equal(expected, buffer.ToArray());
    }

    [Fact]
    public void The_kernel_copies_a_range_only_to_the_same_place_within_the_page()
    {
        using var folder = new TempFolder();
        var path = folder.Write("published", Published);
        using var source = File.OpenHandle(path);
        using var output = FileOutput.Create(folder.Sub("export"), 1 << 10);
        output.Write("before"u8);

        Assert.Equal(0L, KernelCopy.Append(source, 7, 100_000, output)); // would land 1 byte further into the page
        Assert.Equal(OperatingSystem.IsLinux() ? 100_000L : 0L, KernelCopy.Append(source, 6, 100_000, output));
    }

    [Fact]
    public void A_published_file_of_another_size_than_recorded_is_not_opened()
    {
        using var folder = new TempFolder();
        var path = folder.Write("published", Published);

        Assert.Null(MappedFile.Open(new PublishedExport(path, Published.Length + 1, Account())));
    }

    private static PublishedFacts Account() => new("run-1", [], new HashSet<string>());
}
