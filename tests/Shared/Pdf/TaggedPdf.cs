using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Testing;

/// <summary>
/// A tagged PDF as assistive technology meets it, read through qpdf's JSON (object streams expanded, streams decoded): the
/// structure tree with each element's text (its marked content decoded by the font's ToUnicode, or its /Alt and
/// /ActualText), and what PDF/UA-1 asks of it — every painting operator inside marked content the tree reaches or inside
/// an artifact, every Figure with /Alt and /BBox, every Table with TH cells that have a scope, every link annotation in the tree
/// with /Contents. <see cref="ReadAloud"/> is a screen reader's view: the tree in order, one block a line.
/// </summary>
internal sealed partial class TaggedPdf
{
    private static readonly HashSet<string> PaintingOperators = ["Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"];
    private static readonly HashSet<string> Lines = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "Caption", "TR", "TOCI", "Figure", "LI"];

    private readonly Dictionary<string, JsonElement> _objects;
    private readonly List<string> _pages;
    private readonly Dictionary<(string Page, int Mcid), string> _text = [];
    private readonly List<string> _problems = [];
    private readonly HashSet<(string Page, int Mcid)> _reached = [];
    private readonly HashSet<string> _reachedAnnotations = [];

    private TaggedPdf(JsonDocument json)
    {
        var root = json.RootElement;
        _objects = root.GetProperty("qpdf")[1].EnumerateObject().ToDictionary(p => p.Name.StartsWith("obj:", StringComparison.Ordinal) ? p.Name[4..] : p.Name, p => p.Value.Clone());
        _pages = [.. root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("object").GetString()!)];
        Catalog = Value(_objects["trailer"].GetProperty("value").GetProperty("/Root").GetString()!);
    }

    public JsonElement Catalog { get; }

    /// <summary>The structure tree's root element (/Document), read.</summary>
    public Element Root { get; private set; } = null!;

    /// <summary>What PDF/UA-1 asks and this file does not do; empty when it does all of it.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public string Xmp { get; private set; } = string.Empty;

    public static TaggedPdf Read(string pdf)
    {
        var (code, output, error) = ExternalProcess.Run("qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized", pdf);
        if (code is not (0 or 3))
        {
            throw new InvalidOperationException($"qpdf --json failed ({code}): {error}");
        }

        using var json = JsonDocument.Parse(output);
        var tagged = new TaggedPdf(json);
        tagged.Load();
        return tagged;
    }

    /// <summary>The screen reader's view: each block (paragraph, heading, row, card, figure) one line, in structure order.</summary>
    public IReadOnlyList<string> ReadAloud()
    {
        var lines = new List<string>();
        void Walk(Element e)
        {
            if (Lines.Contains(e.Type) || (e.Type == "Div" && e.Kids.Count > 0 && e.Kids.All(k => k is Element { Type: "Link" or "Span" })))
            {
                lines.Add(e.Type switch
                {
                    "Figure" => "［图］" + e.Alt,
                    "TR" => string.Join(" | ", e.Kids.OfType<Element>().Select(c => c.Text(""))),
                    "Div" => string.Join(" · ", e.Kids.OfType<Element>().Select(c => c.Text(" "))),
                    _ => e.Text(""),
                });
                return;
            }

            foreach (var kid in e.Kids.OfType<Element>())
            {
                Walk(kid);
            }
        }

        Walk(Root);
        return lines;
    }

    private void Load()
    {
        Check(Catalog.TryGetProperty("/MarkInfo", out var mark) && Resolve(mark).GetProperty("/Marked").GetBoolean(), "The catalog has no /MarkInfo <</Marked true>>.");
        Check(Catalog.TryGetProperty("/Lang", out _), "The catalog has no /Lang.");
        Check(Catalog.TryGetProperty("/ViewerPreferences", out var prefs) && Resolve(prefs).TryGetProperty("/DisplayDocTitle", out var show) && show.GetBoolean(), "DisplayDocTitle is not true.");
        if (Catalog.TryGetProperty("/Metadata", out var metadata))
        {
            Xmp = Encoding.UTF8.GetString(StreamData(metadata.GetString()!));
        }

        foreach (var page in _pages)
        {
            ReadContent(page);
        }

        if (!Catalog.TryGetProperty("/StructTreeRoot", out var tree))
        {
            _problems.Add("The catalog has no /StructTreeRoot.");
            return;
        }

        var kids = Resolve(Resolve(tree).GetProperty("/K"));
        Root = ReadElement(kids.ValueKind == JsonValueKind.Array ? kids[0] : Resolve(tree).GetProperty("/K"));
        foreach (var e in Root.Descendants())
        {
            Check(e.Type != "Figure" || !string.IsNullOrWhiteSpace(e.Alt), "A Figure has no /Alt.");
            Check(e.Type != "Figure" || e.Boxed, "A Figure has no /BBox.");
            Check(e.Type != "TH" || e.Scope is "Column" or "Row" or "Both", "A TH has no /Scope.");
            Check(e.Type != "Table" || e.Descendants().Any(d => d.Type == "TH"), "A Table has no TH cell: " + e.Text("")[..Math.Min(40, e.Text("").Length)]);
        }

        CheckAnnotations();
        _problems.AddRange(Untagged());
    }

    private void CheckAnnotations()
    {
        foreach (var (page, index) in _pages.Select((p, i) => (p, i)))
        {
            if (!Value(page).TryGetProperty("/Annots", out var annots))
            {
                continue;
            }

            foreach (var annot in Resolve(annots).EnumerateArray().Select(a => a.GetString()!))
            {
                var a = Value(annot);
                Check(a.TryGetProperty("/StructParent", out _) && _reachedAnnotations.Contains(annot), $"page {index + 1}: link annotation {annot} is not in the structure tree.");
                Check(a.TryGetProperty("/Contents", out _), $"page {index + 1}: link annotation {annot} has no /Contents.");
            }
        }
    }

    private Element ReadElement(JsonElement reference)
    {
        var id = reference.GetString()!;
        var e = Value(id);
        var page = e.TryGetProperty("/Pg", out var pg) ? pg.GetString() : null;
        var element = new Element(
            Name(e.GetProperty("/S")),
            Text(e, "/Alt"),
            Text(e, "/ActualText"),
            Text(e, "/Lang"),
            e.TryGetProperty("/A", out var a) && Resolve(a).TryGetProperty("/Scope", out var scope) ? Name(scope) : null,
            e.TryGetProperty("/A", out var layout) && Resolve(layout).TryGetProperty("/BBox", out _));
        if (e.TryGetProperty("/K", out var k))
        {
            var kids = Resolve(k);
            foreach (var kid in kids.ValueKind == JsonValueKind.Array ? [.. kids.EnumerateArray()] : new[] { kids })
            {
                ReadKid(element, kid, page);
            }
        }

        return element;
    }

    private void ReadKid(Element element, JsonElement kid, string? page)
    {
        if (kid.ValueKind == JsonValueKind.Number)
        {
            Marked(element, page!, kid.GetInt32());
        }
        else if (kid.ValueKind == JsonValueKind.Object && kid.TryGetProperty("/Type", out var type) && type.GetString() == "/MCR")
        {
            Marked(element, kid.GetProperty("/Pg").GetString()!, kid.GetProperty("/MCID").GetInt32());
        }
        else if (kid.ValueKind == JsonValueKind.Object && kid.TryGetProperty("/Type", out var objr) && objr.GetString() == "/OBJR")
        {
            _reachedAnnotations.Add(kid.GetProperty("/Obj").GetString()!);
        }
        else
        {
            element.Kids.Add(ReadElement(kid));
        }
    }

    private void Marked(Element element, string page, int mcid)
    {
        _reached.Add((page, mcid));
        element.Kids.Add(_text.GetValueOrDefault((page, mcid), string.Empty));
    }

    /// <summary>Walks a page's content: which operators paint where, and the text of each MCID.</summary>
    private void ReadContent(string page)
    {
        var dict = Value(page);
        var fonts = new Dictionary<string, Dictionary<int, string>>();
        var resources = Resolve(dict.GetProperty("/Resources"));
        if (resources.TryGetProperty("/Font", out var fontDict))
        {
            foreach (var f in Resolve(fontDict).EnumerateObject())
            {
                fonts[f.Name.TrimStart('/')] = ToUnicode(Value(f.Value.GetString()!).GetProperty("/ToUnicode").GetString()!);
            }
        }

        var content = Encoding.Latin1.GetString(StreamData(dict.GetProperty("/Contents").GetString()!));
        var stack = new Stack<(bool Artifact, int Mcid)>();
        var operands = new List<string>();
        Dictionary<int, string>? font = null;
        var painted = new List<(string Op, bool Artifact, int Mcid)>();
        foreach (var token in Tokens(content))
        {
            if (!IsOperator(token))
            {
                operands.Add(token);
                continue;
            }

            switch (token)
            {
                case "BDC":
                    var mcid = Regex.Match(operands[^1], @"/MCID (\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
                    stack.Push((operands[0] == "/Artifact" || stack.Any(s => s.Artifact), mcid >= 0 ? mcid : stack.Count > 0 ? stack.Peek().Mcid : -1));
                    break;
                case "BMC":
                    stack.Push((operands[0] == "/Artifact" || stack.Any(s => s.Artifact), stack.Count > 0 ? stack.Peek().Mcid : -1));
                    break;
                case "EMC":
                    stack.Pop();
                    break;
                case "Tf":
                    font = fonts.GetValueOrDefault(operands[0][1..]);
                    break;
            }

            if (PaintingOperators.Contains(token))
            {
                var (artifact, at) = stack.Count > 0 ? stack.Peek() : (false, -1);
                painted.Add((token, artifact, at));
                if (at >= 0 && token is "Tj" or "TJ" && font is not null)
                {
                    _text[(page, at)] = _text.GetValueOrDefault((page, at), string.Empty) + string.Concat(operands.Where(o => o.StartsWith('<')).Select(o => Decode(o, font)));
                }
            }

            operands.Clear();
        }

        _pending.Add((page, painted));
    }

    private readonly List<(string Page, List<(string Op, bool Artifact, int Mcid)> Painted)> _pending = [];

    /// <summary>After the tree is read: every painting operator must be an artifact's or reached content's.</summary>
    private List<string> Untagged() =>
        [.. _pending.SelectMany(p => p.Painted.Where(x => !x.Artifact && !_reached.Contains((p.Page, x.Mcid)))
            .Select(x => $"page {_pages.IndexOf(p.Page) + 1}: '{x.Op}' " + (x.Mcid < 0 ? "outside marked content" : $"in MCID {x.Mcid}, which no structure element owns")))];

    private static string Decode(string hex, Dictionary<int, string> font)
    {
        var digits = hex.Trim('<', '>');
        var text = new StringBuilder();
        for (var i = 0; i + 4 <= digits.Length; i += 4)
        {
            text.Append(font.GetValueOrDefault(Convert.ToInt32(digits.Substring(i, 4), 16), string.Empty));
        }

        return text.ToString();
    }

    private Dictionary<int, string> ToUnicode(string reference)
    {
        var cmap = Encoding.Latin1.GetString(StreamData(reference));
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
            {
                map[Convert.ToInt32(pair.Groups[1].Value, 16)] = Encoding.BigEndianUnicode.GetString(Convert.FromHexString(pair.Groups[2].Value));
            }
        }

        return map;
    }

    /// <summary>Content-stream tokens: strings, names, numbers, dictionaries and arrays whole, operators.</summary>
    private static IEnumerable<string> Tokens(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '<' && i + 1 < s.Length && s[i + 1] == '<')
            {
                var end = s.IndexOf(">>", i, StringComparison.Ordinal) + 2;
                yield return s[i..end];
                i = end;
            }
            else if (c == '<')
            {
                var end = s.IndexOf('>', i) + 1;
                yield return s[i..end];
                i = end;
            }
            else if (c == '[' || c == ']')
            {
                i++;
            }
            else if (c == '(')
            {
                var depth = 0;
                var start = i;
                do
                {
                    depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
                    i += s[i] == '\\' ? 2 : 1;
                }
                while (depth > 0 && i < s.Length);
                yield return s[start..i];
            }
            else
            {
                var start = i++;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('/' or '<' or '[' or ']' or '(' or '>'))
                {
                    i++;
                }

                yield return s[start..i];
            }
        }
    }

    private static bool IsOperator(string token) =>
        token.Length > 0 && (char.IsLetter(token[0]) || token is "'" or "\"") && token is not ("true" or "false" or "null");

    private void Check(bool ok, string problem)
    {
        if (!ok)
        {
            _problems.Add(problem);
        }
    }

    private JsonElement Value(string reference)
    {
        var o = _objects[reference];
        return o.TryGetProperty("value", out var v) ? v : o.GetProperty("stream").GetProperty("dict");
    }

    private JsonElement Resolve(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && e.GetString()!.EndsWith(" R", StringComparison.Ordinal) ? Value(e.GetString()!) : e;

    private byte[] StreamData(string reference) => Convert.FromBase64String(_objects[reference].GetProperty("stream").GetProperty("data").GetString()!);

    private static string Name(JsonElement e) => e.GetString()!.TrimStart('/');

    private static string? Text(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) ? v.GetString() is { } s && s.StartsWith("u:", StringComparison.Ordinal) ? s[2..] : v.GetString() : null;

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();

    /// <summary>A structure element: its type, attributes, and kids (elements, or the text of a marked-content sequence).</summary>
    internal sealed record Element(string Type, string? Alt, string? ActualText, string? Language, string? Scope, bool Boxed)
    {
        public List<object> Kids { get; } = [];

        /// <summary>What it says: its /ActualText, or its content's text in order (<paramref name="separator"/> between sequences).</summary>
        public string Text(string separator) => ActualText ?? string.Join(separator, Kids.Select(k => k is Element e ? e.Text(separator) : (string)k).Where(t => t.Length > 0));

        public IEnumerable<Element> Descendants() => Kids.OfType<Element>().SelectMany(k => k.Descendants()).Prepend(this);
    }
}
