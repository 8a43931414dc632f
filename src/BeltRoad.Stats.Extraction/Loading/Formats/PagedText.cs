using System.Globalization;
using System.Text;

namespace BeltRoad.Stats.Extraction.Loading.Formats;

/// <summary>
/// A paged document's text as a reader gives it, page by page, held to the document's limits whatever the reader: a
/// page past <see cref="ReadLimits.MaxPageCharacters"/> is cut there (one warning names how many and the first), and
/// the whole past <see cref="ReadLimits.MaxTextCharacters"/> stops the reading (a failure), so a PDF whose thousands
/// of pages draw one huge content stream is stopped while it is read, not after. A form feed ends each page, so every
/// offset has a page (<see cref="Domain.PageMap.FromFormFeeds"/>).
/// </summary>
internal sealed class PagedText(ReadLimits limits, CancellationToken cancellation)
{
    private readonly StringBuilder _text = new();
    private int _cut;
    private int _firstCut;

    public int Pages { get; private set; }

    /// <summary>What the reader should know: the pages that were cut.</summary>
    public IReadOnlyList<string> Warnings => _cut == 0 ? [] :
    [
        string.Create(CultureInfo.InvariantCulture,
            $"{_cut} page(s) hold more than {ReadLimits.MaxPageCharacters:N0} characters of text, which no page a person reads does (the first: page {_firstCut}); each was cut there"),
    ];

    /// <summary>Adds one page's text; a form feed or carriage return inside it is the reader's to have replaced.</summary>
    /// <exception cref="DecodeFailure">The document's text passes its limit.</exception>
    public void Add(ReadOnlySpan<char> page)
    {
        cancellation.ThrowIfCancellationRequested();
        Pages++;
        if (page.Length > ReadLimits.MaxPageCharacters)
        {
            _cut++;
            _firstCut = _firstCut == 0 ? Pages : _firstCut;
            var end = ReadLimits.MaxPageCharacters;
            page = page[..(char.IsHighSurrogate(page[end - 1]) ? end - 1 : end)];
        }

        if (_text.Length + page.Length + 1 > limits.MaxTextCharacters)
        {
            throw DecodeFailure.TooMuchText(limits.MaxTextCharacters);
        }

        _text.Append(page).Append('\f');
    }

    public override string ToString() => _text.ToString();
}
