using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A Word file's zip package, read no further than the reader needs: the main document, its styles and the core
/// properties, found through the relationship parts as Open Packaging says. Each part's unpacked size is checked
/// against the zip directory before it is opened and counted again while it inflates (<see cref="BoundedStream"/>);
/// its XML is streamed with a DTD refused (no entity expansion) and a depth limit (<see cref="Nodes"/>), never built
/// into a tree. Nothing else in the package is inflated.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationToken _cancellation;

    private DocxPackage(ZipArchive zip, CancellationToken cancellation)
    {
        _zip = zip;
        _cancellation = cancellation;
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry); // part names ignore case
        }

        var package = Relationships("_rels/.rels", "");
        MainPart = package.GetValueOrDefault("officeDocument") ?? throw new DecodeFailure("not a Word document (.docx): the package names no main document");
        CorePart = package.GetValueOrDefault("core-properties");
        var slash = MainPart.LastIndexOf('/');
        var folder = slash < 0 ? "" : MainPart[..(slash + 1)];
        StylesPart = Relationships($"{folder}_rels/{MainPart[(slash + 1)..]}.rels", folder).GetValueOrDefault("styles");
    }

    public string MainPart { get; }

    public string? StylesPart { get; }

    public string? CorePart { get; }

    /// <exception cref="DecodeFailure">The bytes are not a zip package with a main document.</exception>
    public static DocxPackage Open(byte[] bytes, CancellationToken cancellation)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DecodeFailure($"not a Word document (.docx): {e.Message}");
        }

        try
        {
            return new DocxPackage(zip, cancellation);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A part's XML as a forward-only reader; null when the package lacks the part (and <paramref name="required"/> is false).</summary>
    public XmlReader? Open(string? part, long limit, bool required = false)
    {
        if (part is null || !_entries.TryGetValue(part, out var entry))
        {
            return required ? throw new DecodeFailure($"not a Word document (.docx): the package lacks its part {part}") : null;
        }

        if (entry.Length > limit)
        {
            throw TooLarge(part, limit);
        }

        return XmlReader.Create(new BoundedStream(entry.Open(), limit, part), XmlSettings);
    }

    /// <summary>
    /// Reads <paramref name="reader"/> node by node: more than <see cref="ReadLimits.MaxNesting"/> levels deep is a
    /// failure (nothing here recurses, but no Word file nests so deep), and the time budget is checked as it goes.
    /// </summary>
    public IEnumerable<XmlReader> Nodes(XmlReader reader, string part)
    {
        for (var count = 0; Read(reader, part); count++)
        {
            if (reader.Depth > ReadLimits.MaxNesting)
            {
                throw DecodeFailure.TooDeep(part);
            }

            if ((count & 0xFFF) == 0)
            {
                _cancellation.ThrowIfCancellationRequested();
            }

            yield return reader;
        }
    }

    public static DecodeFailure TooLarge(string part, long limit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"its part {part} unpacks to more than {limit / 1048576.0:0.#} MB (Inputs.MaxUnpackedMegabytes): a zip bomb, or no document a person reads; not read"));

    private static bool Read(XmlReader reader, string part)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new DecodeFailure($"its part {part} declares a DTD (entities that expand, as a 'billion laughs' file's do), which a Word file never has; not read");
        }
        catch (XmlException e)
        {
            throw new DecodeFailure($"damaged Word document (.docx): {part}: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new DecodeFailure($"damaged Word document (.docx): {part}: {e.Message}");
        }
    }

    // The targets of a relationship part by the last segment of their type ("officeDocument", "styles"), the first of each.
    private Dictionary<string, string> Relationships(string part, string folder)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Open(part, ReadLimits.MaxSmallPartBytes);
        if (reader is null)
        {
            return targets;
        }

        foreach (var node in Nodes(reader, part))
        {
            if (node.NodeType == XmlNodeType.Element && node.LocalName == "Relationship"
                && node.GetAttribute("Type") is { } type && node.GetAttribute("Target") is { } target
                && node.GetAttribute("TargetMode") is null or "Internal")
            {
                targets.TryAdd(type[(type.LastIndexOf('/') + 1)..], Resolve(folder, target));
            }
        }

        return targets;
    }

    // A relationship's target as a part name: absolute ("/word/document.xml") or relative to the source's folder.
    private static string Resolve(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target);
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    public void Dispose() => _zip.Dispose();
}
