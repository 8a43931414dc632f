using System.Collections.Concurrent;
using System.Text;
using BeltRoad.Stats.Pipeline;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>A file name is whatever the file system allows: shown on the console and in the log, it never forges a line or drives the terminal.</summary>
public class TextHygieneTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_newline_or_escape_in_a_file_name_is_shown_as_an_escape_in_the_summary()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", Encoding.UTF8.GetBytes("截至2023年6月底，中欧班列累计开行7.4万列。"));
        folder.Write("in/x\nFAILED: forged.txt", []);
        folder.Write("in/\u001b[2J\u202Etxt.exe.txt", []);

        var (exit, output, _) = await Cli.Run("run", "--input", folder.Sub("in"), "--output", folder.Sub("out"));

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("FAILED", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("warning: x\\x0AFAILED: forged.txt: skipped: the file is empty", output, StringComparison.Ordinal);
        Assert.Contains("warning: \\x1B[2J\\u202Etxt.exe.txt: skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_message_shows_control_characters_and_bidi_overrides_as_escapes()
    {
        var lines = new ConcurrentQueue<string>();
        using var provider = new VisibleTextLoggerProvider(new LinesProvider(lines));

        provider.CreateLogger("run").LogWarning("Reading {Document}", "a\r\n2026-01-01 fail: forged\u001b]0;title\u0007\u2066b");

        Assert.Equal("Reading a\\x0D\\x0A2026-01-01 fail: forged\\x1B]0;title\\x07\\u2066b", Assert.Single(lines));
    }

    private sealed class LinesProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new LineLogger(lines);

        public void Dispose()
        {
        }
    }
}
