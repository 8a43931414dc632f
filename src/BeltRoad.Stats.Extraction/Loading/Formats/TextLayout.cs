using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// Lays structured content out as the plain text the extractor reads: one line per paragraph, headings
/// marked with '#' (the segmenter's heading cue), table rows flattened with <see cref="CellSeparator"/>.
/// Runs of whitespace inside a line fold to one space. Bounded: past <c>maxCharacters</c> the reader stops
/// (a named failure), so a document that unpacks to gigabytes of text never gets them into memory.
/// </summary>
internal sealed class TextLayout(int maxCharacters)
{
    public const string CellSeparator = " | ";

    private readonly StringBuilder _text = new();

    public int Length => _text.Length;

    /// <summary>Text inside the current line.</summary>
    public void Inline(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
                {
                    _text.Append(' ');
                }
            }
            else
            {
                _text.Append(c);
            }
        }

        if (_text.Length > maxCharacters)
        {
            throw DecodeFailure.TooMuchText(maxCharacters);
        }
    }

    /// <summary>Ends the current line, if anything is on it.</summary>
    public void EndLine()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    public void Heading(int level, string text)
    {
        EndLine();
        _text.Append('#', Math.Clamp(level, 1, 6)).Append(' ');
        Inline(text);
        EndLine();
    }

    public void TableRow(IEnumerable<string> cells)
    {
        EndLine();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _text.Append(CellSeparator);
            }

            Inline(cell.Trim());
            first = false;
        }

        EndLine();
    }

    public override string ToString()
    {
        EndLine();
        return _text.ToString();
    }
}
