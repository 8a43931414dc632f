using System.Text;

namespace BeltRoad.Stats.Cli.Tests;

public class DiskFullTests
{
    [RootFact(Timeout = 120_000)]
    public async Task A_full_disk_is_named_as_such_and_the_published_set_stays()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        var disk = folder.Sub("disk");
        Directory.CreateDirectory(disk);
        Assert.Equal(0, ExternalProcess.Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk).ExitCode);
        try
        {
            var output = Path.Combine(disk, "out");
            Assert.Equal(0, (await Cli.Run("run", "--input", folder.Sub("in"), "--output", output)).ExitCode);
            var published = File.ReadAllBytes(Path.Combine(output, "facts.json"));
            Fill(Path.Combine(disk, "filler"));

            var (exit, text, _) = await Cli.Run("run", "--force", "--input", folder.Sub("in"), "--output", output);

            Assert.Equal(3, exit);
            Assert.Contains("the disk is full (no space left", text, StringComparison.Ordinal);
            Assert.DoesNotContain("cannot rollback", text, StringComparison.Ordinal);
            Assert.Equal(published, File.ReadAllBytes(Path.Combine(output, "facts.json")));
        }
        finally
        {
            ExternalProcess.Run("umount", "-l", disk);
        }
    }

    private static void Fill(string path)
    {
        using var file = File.Create(path);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // Full: exactly what the test needs.
        }
    }
}
