using System.Globalization;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Watches a page's tags as the parser reads them and stops the parse (a <see cref="DecodeFailure"/>) past
/// <see cref="ReadLimits.MaxHtmlElements"/> elements or <see cref="ReadLimits.MaxNesting"/> levels of nesting, and when
/// the time budget ends. Needed before the tree exists: the parser's work per start tag grows with the number of
/// elements still open, so 100,000 unclosed <c>&lt;div&gt;</c>s (1 MB) cost it minutes. Nesting is followed as the
/// parser mostly does: void and self-closing tags open nothing, elements whose end tag may be left out (p, li, td …)
/// are not counted, and an end tag closes its element and whatever was opened inside it.
/// </summary>
internal sealed class HtmlBudget(CancellationToken cancellation)
{
    private static readonly HashSet<string> Unnested = new(StringComparer.Ordinal)
    {
        // Void elements: never hold anything.
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // Elements whose end tag may be omitted: the next one closes them.
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rtc", "rp",
    };

    private readonly List<string> _open = [];
    private int _elements;

    public void Token(HtmlToken token, TextRange range)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag:
                Start(token);
                break;
            case HtmlTokenType.EndTag:
                End(token.Name);
                break;
            default:
                break;
        }
    }

    private void Start(HtmlToken token)
    {
        if (++_elements > ReadLimits.MaxHtmlElements)
        {
            throw new DecodeFailure(string.Create(CultureInfo.InvariantCulture, $"web page of more than {ReadLimits.MaxHtmlElements:N0} elements; not read"));
        }

        if ((_elements & 0x3FF) == 0)
        {
            cancellation.ThrowIfCancellationRequested();
        }

        if (token is HtmlTagToken { IsSelfClosing: true } || Unnested.Contains(token.Name))
        {
            return;
        }

        _open.Add(token.Name);
        if (_open.Count > ReadLimits.MaxNesting)
        {
            throw DecodeFailure.TooDeep("the web page");
        }
    }

    private void End(string name)
    {
        var at = _open.LastIndexOf(name);
        if (at >= 0)
        {
            _open.RemoveRange(at, _open.Count - at);
        }
    }
}
