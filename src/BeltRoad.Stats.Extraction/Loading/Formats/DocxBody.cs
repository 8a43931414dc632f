using System.Globalization;
using System.Text;
using System.Xml;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A Word document's text, streamed from its XML in document order: paragraphs (headings by <see cref="DocxStyles"/>),
/// and the rows of tables, each cell its paragraphs joined by spaces. A paragraph's text is its runs' text, tabs and
/// breaks as spaces, deleted text and field codes left out; a paragraph inside a paragraph (a text box) is part of it.
/// Paragraphs and tables are found inside any wrapper (content controls, custom XML). Nothing is built but the text:
/// what is open is a depth per kind of element, so a file nesting wrappers fifty thousand deep costs no stack.
/// </summary>
internal sealed class DocxBody(DocxStyles styles, TextLayout layout, int maxCharacters)
{
    // The WordprocessingML element open at each depth, by local name (null for other namespaces).
    private readonly string?[] _open = new string?[ReadLimits.MaxNesting + 2];
    private readonly StringBuilder _paragraph = new();
    private readonly List<string> _cells = [];
    private readonly List<string> _cellParagraphs = [];

    // The depth of the paragraph, table, row and cell being read; -1 when none is.
    private int _paragraphAt = -1;
    private int _tableAt = -1;
    private int _rowAt = -1;
    private int _cellAt = -1;

    // Characters read but not yet laid out (a paragraph, a row's cells), counted against the limit too.
    private long _held;
    private string? _styleId;
    private int? _outline;

    public void Read(DocxPackage package, XmlReader reader, string part)
    {
        foreach (var node in package.Nodes(reader, part))
        {
            switch (node.NodeType)
            {
                case XmlNodeType.Element:
                    _open[node.Depth] = DocxNames.IsWordprocessing(node.NamespaceURI) ? node.LocalName : null;
                    Start(node);
                    if (node.IsEmptyElement)
                    {
                        End(node.Depth);
                    }

                    break;
                case XmlNodeType.EndElement:
                    End(node.Depth);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                    when _paragraphAt >= 0 && _open[node.Depth - 1] == "t":
                    Hold(node.Value);
                    break;
                default:
                    break;
            }
        }
    }

    private void Start(XmlReader node)
    {
        var depth = node.Depth;
        var name = _open[depth];
        if (_paragraphAt >= 0)
        {
            InParagraph(node, name, depth);
        }
        else if (_tableAt >= 0)
        {
            // Rows of this table, cells of this row and paragraphs of this cell: a table nested in a cell is left out.
            if (name == "tr" && depth == _tableAt + 1)
            {
                (_rowAt, _cellAt) = (depth, -1);
                _cells.Clear();
            }
            else if (name == "tc" && _rowAt >= 0 && depth == _rowAt + 1)
            {
                _cellAt = depth;
                _cellParagraphs.Clear();
            }
            else if (name == "p" && _cellAt >= 0 && depth == _cellAt + 1)
            {
                BeginParagraph(depth);
            }
        }
        else if (name == "p")
        {
            BeginParagraph(depth);
        }
        else if (name == "tbl")
        {
            _tableAt = depth;
        }
    }

    private void InParagraph(XmlReader node, string? name, int depth)
    {
        var parent = _open[depth - 1];
        switch (name)
        {
            case "tab" when parent != "tabs": // a tab character, not a tab stop of the paragraph's properties
            case "br" or "cr":
                Hold(" ");
                break;
            case "noBreakHyphen":
                Hold("-");
                break;
            case "pStyle" when parent == "pPr" && depth == _paragraphAt + 2:
                _styleId = node.GetAttribute("val", node.NamespaceURI);
                break;
            case "outlineLvl" when parent == "pPr" && depth == _paragraphAt + 2:
                _outline = int.TryParse(node.GetAttribute("val", node.NamespaceURI), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) ? level : null;
                break;
            default:
                break;
        }
    }

    private void End(int depth)
    {
        if (depth == _paragraphAt)
        {
            EndParagraph();
        }
        else if (_paragraphAt >= 0)
        {
            // Inside a paragraph: nothing else ends here.
        }
        else if (depth == _cellAt)
        {
            _cells.Add(string.Join(' ', _cellParagraphs));
            _cellAt = -1;
        }
        else if (depth == _rowAt)
        {
            layout.TableRow(_cells);
            (_rowAt, _held) = (-1, 0);
        }
        else if (depth == _tableAt)
        {
            _tableAt = -1;
        }
    }

    private void BeginParagraph(int depth)
    {
        _paragraphAt = depth;
        (_styleId, _outline) = (null, null);
    }

    private void EndParagraph()
    {
        var text = _paragraph.ToString();
        _paragraph.Clear();
        _paragraphAt = -1;
        if (_tableAt >= 0)
        {
            _cellParagraphs.Add(text); // laid out with its row
            return;
        }

        _held = 0;
        if ((_outline is { } outline && outline < 9 ? outline + 1 : styles.Level(_styleId)) is { } level)
        {
            layout.Heading(level, text);
        }
        else
        {
            layout.EndLine();
            layout.Inline(text);
            layout.EndLine();
        }
    }

    private void Hold(string text)
    {
        _held += text.Length;
        if (layout.Length + _held > maxCharacters)
        {
            throw DecodeFailure.TooMuchText(maxCharacters);
        }

        _paragraph.Append(text);
    }
}
