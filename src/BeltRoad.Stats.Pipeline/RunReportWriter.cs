using BeltRoad.Stats.Pipeline.Fingerprinting;
using System.Text.Encodings.Web;
using System.Text.Json;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline;

/// <summary>Writes run.json: what the run read (with SHA-256), what it found, what went wrong, and how long each step took.</summary>
/// <remarks>
/// Three parts of one indented object, each written as an object of its own and joined by their inner lines (top-level
/// properties are indented alike either way): the head (the run and its outcome), the body (its account of the table:
/// documents, counts, issues, findings, changes; ~10 MB at 100 MB of documents, 92 MB at 1 GB) and the timings. The body
/// is final once the table and the changes are, so the store step serializes it beside the exports into a file of the
/// staging folder (<see cref="WriteBodyFile"/>) and the publish step, on the run's critical path, only writes the head and
/// the timings around the file's inner lines. A file, not memory: held in memory the body sat beside the whole store and
/// report stage, whose peak is the run's (docs/scale.md, "Cost model").
/// </remarks>
internal static class RunReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The name, in the staging folder, of the body's file (<see cref="WriteBodyFile"/>): never listed or published, deleted once run.json holds it.</summary>
    public const string BodyFile = ".run.json.body";

    public static void Write(string path, RunContext context, RunStatus status, DateTimeOffset finishedUtc)
    {
        // Taken once: the file is deleted below, and a second write (none today) serializes it anew.
        var body = context.RunReportBody ?? WriteBodyFile(context, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, BodyFile));
        context.RunReportBody = null;
        using var head = Part(json => WriteHead(json, context, status, finishedUtc));
        using var timings = Part(json => WriteTimings(json, context.Timings));
        using (var stream = File.Create(path))
        {
            stream.Write("{"u8);
            WriteInner(stream, head);
            stream.Write(","u8);
            WriteInnerOfFile(stream, body);
            stream.Write(","u8);
            WriteInner(stream, timings);
            stream.Write(Newline);
            stream.Write("}"u8);
        }

        File.Delete(body);
    }

    /// <summary>Writes the body as an indented object into the file at <paramref name="path"/> and returns the path; run.json takes its inner lines (<see cref="WriteInnerOfFile"/>, which checks its shape).</summary>
    public static string WriteBodyFile(RunContext context, string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var blocks = new StreamedBytes(file);
        using (var json = new Utf8JsonWriter(blocks, Options))
        {
            json.WriteStartObject();
            WriteBody(json, context);
            json.WriteEndObject();
        }

        return path;
    }

    private static readonly byte[] Newline = System.Text.Encoding.UTF8.GetBytes(Options.NewLine);

    private static PooledBytes Part(Action<Utf8JsonWriter> write)
    {
        var buffer = new PooledBytes();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return buffer;
    }

    // An indented object's lines between its braces: "{" + lines + newline + "}" as Utf8JsonWriter writes it.
    private static void WriteInner(Stream stream, PooledBytes part)
    {
        CheckIndentedObject(part);
        part.WriteTo(stream, 1, 1 + Newline.Length);
    }

    private static void CheckIndentedObject(PooledBytes part) =>
        CheckIndentedObject(part.Length, part.Slice(0, 1), part.Length < 1 + Newline.Length ? [] : part.Slice(part.Length - 1 - Newline.Length, 1 + Newline.Length));

    private static void CheckIndentedObject(long length, ReadOnlySpan<byte> first, ReadOnlySpan<byte> last)
    {
        if (length < 2 + Newline.Length || first[0] != (byte)'{' || !last.SequenceEqual([.. Newline, (byte)'}']))
        {
            throw new InvalidOperationException("run.json: a part is not an indented object");
        }
    }

    // The same lines of an indented object written to a file, copied through a small buffer.
    private static void WriteInnerOfFile(Stream stream, string path)
    {
        using var part = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = part.Length;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            Span<byte> first = stackalloc byte[1];
            Span<byte> last = stackalloc byte[1 + Newline.Length];
            if (length >= 2 + Newline.Length)
            {
                part.ReadExactly(first);
                part.Position = length - last.Length;
                part.ReadExactly(last);
            }

            CheckIndentedObject(length, first, last);
            part.Position = 1;
            for (var left = length - 1 - last.Length; left > 0;)
            {
                var read = part.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    throw new EndOfStreamException($"run.json: {path} ended early");
                }

                stream.Write(buffer, 0, read);
                left -= read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void WriteHead(Utf8JsonWriter json, RunContext context, RunStatus status, DateTimeOffset finishedUtc)
    {
        json.WriteString("run_id", context.RunId);
        json.WriteString("status", status.Code());
        json.WriteString("program", ProgramInfo.Name);
        json.WriteString("version", context.ProgramVersion);
        json.WriteString("build", InputFingerprint.ProgramVersion);
        json.WriteString("started_utc", context.StartedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("finished_utc", finishedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("fingerprint", context.Fingerprint);
        json.WriteString("node", context.Start.Node);
        json.WriteString("trigger", context.Start.Trigger.Code());
        if (context.Start.ScheduledFireTime is { } due)
        {
            json.WriteString("scheduled_fire_time", due.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("scheduled_fire_time");
        }
    }

    private static void WriteBody(Utf8JsonWriter json, RunContext context)
    {
        var table = context.Table;
        json.WriteString("input", Path.GetFullPath(context.Options.InputDirectory));
        json.WriteString("data_date", context.DataDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var counts = RunReportCounts.Of(table);
        json.WriteStartArray("documents");
        foreach (var doc in table.Documents)
        {
            ExportJson.WriteDocument(json, doc, w => w.WriteNumber("facts", counts.FactsPerDocument.GetValueOrDefault(doc.Name)));
        }

        json.WriteEndArray();

        json.WriteStartObject("counts");
        json.WriteNumber("documents", table.Documents.Count);
        json.WriteNumber("facts", table.Facts.Count);
        json.WriteNumber("occurrences", counts.Occurrences);
        json.WriteNumber("merged_duplicates", counts.Occurrences - table.Facts.Count);
        json.WriteNumber("corroborated", table.Findings.Count(f => f.Kind == FindingKind.Corroborated));
        json.WriteNumber("conflicts", table.Findings.Count(f => f.Kind == FindingKind.Conflict));
        json.WriteNumber("skipped_mentions", table.Skipped.Count);
        json.WriteNumber("warnings", table.Issues.Count(i => i.Severity == Severity.Warning));
        json.WriteNumber("failures", table.Issues.Count(i => i.Severity == Severity.Failure));
        WriteCounts(json, "facts_by_metric", counts.FactsByMetric);
        WriteCounts(json, "skipped_by_reason", counts.SkippedByReason);
        json.WriteEndObject();

        json.WriteStartArray("issues");
        foreach (var issue in table.Issues)
        {
            json.WriteStartObject();
            json.WriteString("severity", issue.Severity.ToString().ToLowerInvariant());
            json.WriteString("doc", issue.Doc);
            json.WriteString("message", issue.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        for (var i = 0; i < table.Findings.Count; i++)
        {
            ExportJson.WriteFinding(json, table.Findings[i], i + 1);
        }

        json.WriteEndArray();

        WriteChanges(json, context.Changes);
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }

    private static void WriteTimings(Utf8JsonWriter json, IEnumerable<StepTiming> timings)
    {
        json.WriteStartArray("timings");
        foreach (var timing in timings)
        {
            json.WriteStartObject();
            json.WriteString("step", timing.Step);
            json.WriteNumber("ms", Math.Round(timing.Elapsed.TotalMilliseconds, 1));
            json.WriteNumber("peak_mb", Math.Round(timing.PeakBytes / 1048576.0, 1));
            if (timing.Group is { } group)
            {
                json.WriteString("group", group);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteChanges(Utf8JsonWriter json, FactChanges? changes)
    {
        if (changes is null)
        {
            json.WriteNull("changes");
            return;
        }

        json.WriteStartObject("changes");
        json.WriteString("previous_run_id", changes.PreviousRunId);
        json.WriteNumber("added", changes.Count(FactChangeKind.Added));
        json.WriteNumber("removed", changes.Count(FactChangeKind.Removed));
        json.WriteNumber("changed", changes.Count(FactChangeKind.Changed));
        json.WriteStartArray("items");
        foreach (var change in changes.Items)
        {
            json.WriteStartObject();
            json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
            json.WriteString("doc", (change.After ?? change.Before)!.Doc);
            json.WriteString("metric", change.Key.Metric.Value);
            json.WriteString("subject", change.Key.Subject);
            json.WriteString("as_of", change.Key.AsOf);
            if (change.Before is { } before)
            {
                json.WriteNumber("before", before.Value);
            }

            if (change.After is { } after)
            {
                json.WriteNumber("after", after.Value);
                json.WriteString("unit", after.Unit.Code());
            }
            else
            {
                json.WriteString("unit", change.Before!.Unit.Code());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
