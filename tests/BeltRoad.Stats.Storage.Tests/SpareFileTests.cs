using System.Diagnostics;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>
/// A new export may be written over a spare (an expired history set's file): it then holds exactly the new bytes; a
/// spare that has another name (a set kept as hard links) or that a reader has open is never written over.
/// </summary>
public sealed class SpareFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_spare_longer_than_the_new_file_is_taken_and_cut_to_the_new_bytes()
    {
        var spare = _folder.Sub("spare.json");
        File.WriteAllBytes(spare, new byte[100_000]);
        var inode = Inode(spare);

        WriteOver(spare, "new bytes"u8);

        Assert.Equal("new bytes"u8.ToArray(), File.ReadAllBytes(_folder.Sub("facts.json")));
        Assert.Equal(inode, Inode(_folder.Sub("facts.json"))); // the spare itself, not a new file
        Assert.False(File.Exists(spare));
    }

    [Fact]
    public void A_spare_that_has_another_name_is_not_written_over()
    {
        var spare = _folder.Sub("spare.json");
        var kept = _folder.Sub("kept.json");
        File.WriteAllText(kept, "a kept set's bytes");
        Link(kept, spare);

        WriteOver(spare, "new bytes"u8);

        Assert.Equal("a kept set's bytes", File.ReadAllText(kept));
        Assert.Equal("new bytes"u8.ToArray(), File.ReadAllBytes(_folder.Sub("facts.json")));
    }

    [Fact]
    public void A_spare_a_reader_still_has_open_is_not_written_over()
    {
        var spare = _folder.Sub("spare.json");
        File.WriteAllText(spare, "an expired set's bytes");
        using var reader = new FileStream(spare, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        WriteOver(spare, "new bytes"u8);

        Assert.Equal("an expired set's bytes", new StreamReader(reader).ReadToEnd());
        Assert.Equal("new bytes"u8.ToArray(), File.ReadAllBytes(_folder.Sub("facts.json")));
    }

    [Fact]
    public void Without_a_spare_the_file_is_new()
    {
        WriteOver(_folder.Sub("none.json"), "new bytes"u8);

        Assert.Equal("new bytes"u8.ToArray(), File.ReadAllBytes(_folder.Sub("facts.json")));
    }

    private void WriteOver(string spare, ReadOnlySpan<byte> bytes)
    {
        using var file = FileOutput.Create(_folder.Sub("facts.json"), 4096, spare);
        file.Write(bytes);
        FileOutput.Finish(file);
    }

    private static void Link(string existing, string name) => Run("ln", existing, name);

    private static string Inode(string path) => Run("stat", "-c", "%i", path);

    private static string Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Trim();
    }
}
