using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// What a page would make PdfPig draw, weighed from the page's structure before PdfPig draws it: PdfPig builds every
/// letter of a page at once and cannot be stopped inside a page, so a page that shows a million characters (450 MB of
/// letters), or forms nested 28 deep that each draw the next twice (2^28 draws, for ever), has to be seen before it is
/// read. The content streams are inflated with a bound and scanned (<see cref="PdfContentScan"/>), each form weighed
/// once and counted as often as it is drawn. A page over a bound is left out, the reader says which and why.
/// </summary>
internal sealed class PdfPageBudget
{
    /// <summary>Bytes of strings a page shows, forms counted each time drawn: four times the characters a page may have (two-byte fonts, spacing).</summary>
    public const long MaxStringBytes = 4L * ReadLimits.MaxPageCharacters;

    /// <summary>Content a page has interpreted, forms counted each time drawn: a dense page has 50–200 KB; a map, a few MB.</summary>
    public const long MaxContentBytes = 32L * 1024 * 1024;

    /// <summary>Forms a page draws: a chart of markers drawn as forms has thousands.</summary>
    public const long MaxFormDraws = 100_000;

    // Forms nested deeper than this are not weighed further: the page is left out (PdfPig itself stops at 256).
    private const int MaxFormNesting = 64;

    private readonly PdfDocument _document;
    private readonly IPdfTokenScanner _scanner;
    private readonly ILookupFilterProvider _filters;
    private readonly Dictionary<IndirectReference, Cost> _forms = [];
    private readonly HashSet<IndirectReference> _weighing = [];

    public PdfPageBudget(PdfDocument document)
    {
        _document = document;
        _scanner = document.Structure.TokenScanner;
        _filters = document.Structure.FilterProvider;
        document.AddPageFactory(new NodeFactory());
    }

    /// <summary>Why page <paramref name="number"/> is not to be read; null when it is within every bound (or cannot be weighed: PdfPig judges it then).</summary>
    public string? Over(int number)
    {
        Cost cost;
        try
        {
            var page = _document.GetPage<PageNode>(number);
            var resources = Resources(page);
            cost = Contents(page.Dictionary).Aggregate(Cost.None, (sum, stream) => sum + Weigh(stream, resources, 0));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return null;
        }

        return cost.Draws > MaxFormDraws ? string.Create(CultureInfo.InvariantCulture, $"it draws forms more than {MaxFormDraws:N0} times (forms within forms)")
            : cost.Strings > MaxStringBytes ? string.Create(CultureInfo.InvariantCulture, $"it shows more than {MaxStringBytes:N0} bytes of text")
            : cost.Content > MaxContentBytes ? string.Create(CultureInfo.InvariantCulture, $"its drawing runs past {MaxContentBytes / 1048576} MB of content")
            : null;
    }

    private Cost Weigh(StreamToken stream, DictionaryToken? resources, int depth)
    {
        var content = Inflate(stream);
        if (content is null)
        {
            return Cost.TooMuchContent;
        }

        var (strings, draws) = PdfContentScan.Of(content.Value.Span);
        var cost = new Cost(content.Value.Length, strings, 0);
        foreach (var (name, times) in draws)
        {
            if (Form(resources, name) is not ({ } reference, { } form))
            {
                continue;
            }

            cost += (Weigh(reference, form, resources, depth + 1) + new Cost(0, 0, 1)) * times;
            if (cost.IsOver)
            {
                break;
            }
        }

        return cost;
    }

    // A form, weighed once whatever draws it; a form drawing itself, or nested past the limit, draws without end.
    private Cost Weigh(IndirectReference reference, StreamToken form, DictionaryToken? inherited, int depth)
    {
        if (_forms.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (depth > MaxFormNesting || !_weighing.Add(reference))
        {
            return Cost.EndlessForms;
        }

        var own = form.StreamDictionary.TryGet(NameToken.Create("Resources"), _scanner, out DictionaryToken? resources) ? resources : inherited;
        var cost = Weigh(form, own, depth);
        _weighing.Remove(reference);
        _forms[reference] = cost;
        return cost;
    }

    private (IndirectReference Reference, StreamToken Form)? Form(DictionaryToken? resources, string name)
    {
        if (resources is null || !resources.TryGet(NameToken.Create("XObject"), _scanner, out DictionaryToken? objects)
            || !objects.Data.TryGetValue(name, out var token) || token is not IndirectReferenceToken reference)
        {
            return null;
        }

        return DirectObjectFinder.TryGet(reference, _scanner, out StreamToken? stream)
            && stream.StreamDictionary.TryGet(NameToken.Create("Subtype"), _scanner, out NameToken? subtype) && subtype.Data == "Form"
            ? (reference.Data, stream)
            : null;
    }

    // The page's resources, or the nearest ancestor's in the page tree (inherited, as PDF allows).
    private DictionaryToken? Resources(PageNode page) =>
        page.Dictionary.TryGet(NameToken.Create("Resources"), _scanner, out DictionaryToken? own) ? own : page.Inherited.FirstOrDefault();

    private IEnumerable<StreamToken> Contents(DictionaryToken page)
    {
        if (!page.Data.TryGetValue("Contents", out var contents))
        {
            yield break;
        }

        var tokens = DirectObjectFinder.TryGet(contents, _scanner, out ArrayToken? array) ? array.Data : [contents];
        foreach (var token in tokens)
        {
            if (DirectObjectFinder.TryGet(token, _scanner, out StreamToken? stream))
            {
                yield return stream;
            }
        }
    }

    // The stream decoded, inflating a plain Flate stream with the bound (a content stream can be a zip bomb of its own);
    // null past the bound. Other filters are PdfPig's.
    private Memory<byte>? Inflate(StreamToken stream)
    {
        var dictionary = stream.StreamDictionary;
        var filter = dictionary.Data.GetValueOrDefault("Filter");
        var flate = filter is NameToken { Data: "FlateDecode" } || filter is ArrayToken { Data: [NameToken { Data: "FlateDecode" }] };
        if (filter is null)
        {
            return stream.Data;
        }

        if (!flate || dictionary.Data.ContainsKey("DecodeParms"))
        {
            return stream.Decode(_filters, _scanner);
        }

        try
        {
            var packed = MemoryMarshal.TryGetArray<byte>(stream.Data, out var segment) ? segment : new ArraySegment<byte>(stream.Data.ToArray());
            using var zlib = new ZLibStream(new MemoryStream(packed.Array!, packed.Offset, packed.Count, writable: false), CompressionMode.Decompress);
            var inflated = new byte[Math.Min(MaxContentBytes + 1, Math.Max(4096, packed.Count * 4L))];
            var length = 0;
            for (int read; (read = zlib.Read(inflated, length, inflated.Length - length)) > 0;)
            {
                length += read;
                if (length > MaxContentBytes)
                {
                    return null;
                }

                if (length == inflated.Length)
                {
                    Array.Resize(ref inflated, (int)Math.Min(MaxContentBytes + 1, inflated.Length * 2L));
                }
            }

            return inflated.AsMemory(0, length);
        }
        catch (InvalidDataException)
        {
            return stream.Decode(_filters, _scanner); // a damaged stream PdfPig reads leniently
        }
    }

    /// <summary>What drawing something costs: content interpreted, string bytes shown, forms drawn; saturating at past every bound.</summary>
    private readonly record struct Cost(long Content, long Strings, long Draws)
    {
        private const long Cap = long.MaxValue / 4;

        public static Cost None => new(0, 0, 0);

        public static Cost TooMuchContent => new(Cap, 0, 0);

        public static Cost EndlessForms => new(0, 0, Cap);

        public bool IsOver => Content > MaxContentBytes || Strings > MaxStringBytes || Draws > MaxFormDraws;

        public static Cost operator +(Cost a, Cost b) => new(Math.Min(Cap, a.Content + b.Content), Math.Min(Cap, a.Strings + b.Strings), Math.Min(Cap, a.Draws + b.Draws));

        public static Cost operator *(Cost a, int times) => new(Times(a.Content, times), Times(a.Strings, times), Times(a.Draws, times));

        private static long Times(long value, int times) => value > Cap / Math.Max(1, times) ? Cap : value * times;
    }

    /// <summary>A page as the page tree gives it, before PdfPig reads it: its dictionary and the resources of its ancestors.</summary>
    private sealed record PageNode(DictionaryToken Dictionary, IReadOnlyList<DictionaryToken> Inherited);

    private sealed class NodeFactory : IPageFactory<PageNode>
    {
        public PageNode Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations annotations) =>
            new(dictionary, [.. pageTreeMembers.ParentResources]);
    }
}
