using System.Buffers;
using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>
/// The shipped CJK font (WenQuanYi Micro Hei, Apache-2.0), cut to the characters the page uses and inlined as a data
/// URI, so Chinese renders on a machine without a CJK font (Debian chromium shows boxes otherwise) and nothing is
/// fetched. The page's own characters decide the subset, so the same page gives the same bytes.
/// </summary>
internal static class HtmlFont
{
    /// <summary>The family the stylesheet names first.</summary>
    public const string Family = "BeltRoad CJK";

    public static string FaceRule(PageCharacters characters)
    {
        var font = PdfFont.LoadEmbeddedCjk().WebSubset(characters.CodePoints());
        return "@font-face { font-family: '" + Family + "'; src: url(data:font/ttf;base64," + Convert.ToBase64String(font)
            + ") format('truetype'); font-display: block; }\n";
    }

    /// <summary>The characters of a page given in parts (markup as text, the page data as UTF-8), one bit each.</summary>
    internal sealed class PageCharacters
    {
        private readonly BitArray _seen = new(0x110000);

        public void Add(ReadOnlySpan<char> text)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                _seen[rune.Value] = true;
            }
        }

        public void Add(ReadOnlySpan<byte> utf8)
        {
            // The page data is mostly the rows' digits and commas: a run of ASCII characters already seen is skipped
            // by a vectorised search, not read a byte at a time (20 MB at 100 MB of documents).
            var seen = new List<byte>();
            var skip = SearchValues.Create(ReadOnlySpan<byte>.Empty);
            for (var i = 0; i < utf8.Length;)
            {
                var next = utf8[i..].IndexOfAnyExcept(skip);
                if (next < 0)
                {
                    return;
                }

                i += next;
                if (utf8[i] < 0x80)
                {
                    _seen[utf8[i]] = true;
                    seen.Add(utf8[i++]);
                    skip = SearchValues.Create(CollectionsMarshal.AsSpan(seen));
                    continue;
                }

                Rune.DecodeFromUtf8(utf8[i..], out var rune, out var length);
                _seen[rune.Value] = true;
                i += length;
            }
        }

        /// <summary>Every character seen but the control characters (below U+0020), in order.</summary>
        public IEnumerable<int> CodePoints()
        {
            for (var c = 0x20; c < _seen.Length; c++)
            {
                if (_seen[c])
                {
                    yield return c;
                }
            }
        }
    }
}
