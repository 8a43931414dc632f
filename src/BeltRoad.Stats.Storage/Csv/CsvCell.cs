using System.Globalization;

namespace BeltRoad.Stats.Storage;

/// <summary>One RFC 4180 cell, made safe to open in a spreadsheet, written straight to the file's text writer.</summary>
internal static class CsvCell
{
    // A spreadsheet treats a cell starting with these as a formula (tab and CR too, after some parsers trim).
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuoting = [',', '"', '\r', '\n'];

    /// <summary>
    /// A text cell from the documents (subject, quote, section…): one that would start a formula gets a
    /// leading apostrophe, which spreadsheets show as a text marker. Numeric cells go through
    /// <see cref="Number(TextWriter, decimal?)"/> and are never prefixed: a negative growth rate stays a number an
    /// analyst can sum, and it is our own digits, not document text, so it cannot carry a formula.
    /// </summary>
    public static void Text(TextWriter output, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var formula = Array.IndexOf(FormulaStarts, value[0]) >= 0;
        var quoted = value.AsSpan().IndexOfAny(NeedsQuoting) >= 0;
        if (!formula && !quoted)
        {
            output.Write(value);
            return;
        }

        var safe = formula ? "'" + value : value;
        output.Write(quoted ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe);
    }

    public static void Number(TextWriter output, decimal? value)
    {
        if (value is { } v)
        {
            Span<char> digits = stackalloc char[DecimalText.MaxLength];
            output.Write(digits[..DecimalText.Format(v, digits)]);
        }
    }

    public static void Number(TextWriter output, int? value)
    {
        if (value is { } v)
        {
            Span<char> digits = stackalloc char[11];
            v.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
            output.Write(digits[..length]);
        }
    }
}
