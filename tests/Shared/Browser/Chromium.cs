using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BeltRoad.Stats.Testing;

/// <summary>
/// Headless Debian chromium driven over the Chrome DevTools Protocol with a plain WebSocket: no driver,
/// no browser download. It listens on loopback only and is killed (by its own process id) on dispose.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The system chromium on PATH (Debian's package), or null: never a downloaded browser.</summary>
    public static string? Executable =>
        new[] { "chromium", "chromium-browser" }.SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);

    /// <summary>Starts chromium on <paramref name="url"/> and connects to that page.</summary>
    /// <param name="width">Window width in CSS pixels; <see cref="SetViewportAsync"/> narrows it further (a phone's 390).</param>
    /// <param name="environment">Variables set for the browser's process (FONTCONFIG_FILE: a machine with other fonts).</param>
    public static async Task<Chromium> OpenAsync(string url, int width = 1280, int height = 900, IReadOnlyDictionary<string, string>? environment = null)
    {
        var profile = Directory.CreateTempSubdirectory("reporting-chromium-").FullName;
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed (apt-get install -y chromium).")) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
            string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"), url,
        })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new Chromium(process, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a command and returns its result; protocol errors throw.</summary>
    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using (var cts = new CancellationTokenSource(Timeout))
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cts.Token);
        }

        while (true)
        {
            var reply = await ReceiveAsync();
            if (reply["id"]?.GetValue<int>() != id)
            {
                continue; // an event
            }

            if (reply["error"] is { } error)
            {
                throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            }

            return reply["result"]!;
        }
    }

    /// <summary>Evaluates an expression in the page and returns its value (JSON-serialisable values only).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        JsonNode result;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
                break;
            }
            catch (InvalidOperationException e) when (attempt < 20 && IsNavigation(e))
            {
                // The page's document was replaced between the call and its answer (chromium opens on about:blank, then
                // loads the URL it was started with): ask the new document.
                await Task.Delay(100);
            }
        }

        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("Script failed: " + exception.ToJsonString());
        }

        return result["result"]?["value"];
    }

    private static bool IsNavigation(InvalidOperationException e) =>
        e.Message.Contains("Execution context was destroyed", StringComparison.Ordinal)
        || e.Message.Contains("Cannot find context with specified id", StringComparison.Ordinal);

    public async Task WaitForAsync(string condition)
    {
        var until = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < until)
        {
            // about:blank, the document chromium shows before the URL it was started with, satisfies "readyState ===
            // 'complete'" too: only the asked-for document counts.
            if (await EvaluateAsync($"location.href !== 'about:blank' && ({condition})") is JsonValue v && v.TryGetValue<bool>(out var ok) && ok)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The page never satisfied: " + condition);
    }

    /// <summary>Emulates a viewport of <paramref name="width"/> CSS pixels (a phone: 390), as a mobile browser lays it out.</summary>
    public async Task SetViewportAsync(int width, int height, bool mobile)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile });
    }

    public async Task<byte[]> ScreenshotAsync(bool fullPage = false)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = fullPage });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium's helpers may still hold a file for a moment; a temp folder left behind is harmless.
        }
    }

    private async Task ConnectAsync()
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var until = DateTime.UtcNow + Timeout;
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (_process.HasExited || DateTime.UtcNow > until)
            {
                throw new InvalidOperationException("chromium did not open its DevTools port.");
            }

            await Task.Delay(50);
        }

        var port = int.Parse(File.ReadAllLines(portFile)[0], CultureInfo.InvariantCulture);
        using var http = new HttpClient { Timeout = Timeout };
        string? page = null;
        while (page is null && DateTime.UtcNow < until)
        {
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")))!.AsArray();
            page = targets.FirstOrDefault(t => t!["type"]?.GetValue<string>() == "page")?["webSocketDebuggerUrl"]?.GetValue<string>();
            if (page is null)
            {
                await Task.Delay(50);
            }
        }

        using var cts = new CancellationTokenSource(Timeout);
        await _socket.ConnectAsync(new Uri(page ?? throw new InvalidOperationException("chromium opened no page.")), cts.Token);
    }

    private async Task<JsonNode> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        using var cts = new CancellationTokenSource(Timeout);
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cts.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
