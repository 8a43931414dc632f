using System.Globalization;

namespace BeltRoad.Stats.Storage;

/// <summary>One RFC 4180 cell, made safe to open in a spreadsheet.</summary>
internal static class CsvCell
{
    // A spreadsheet treats a cell starting with these as a formula (tab and CR too, after some parsers trim).
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuoting = [',', '"', '\r', '\n'];

    /// <summary>
    /// A text cell from the documents (subject, quote, section…): one that would start a formula gets a
    /// leading apostrophe, which spreadsheets show as a text marker. Numeric cells go through
    /// <see cref="Number(decimal?)"/> and are never prefixed: a negative growth rate stays a number an
    /// analyst can sum, and it is our own digits, not document text, so it cannot carry a formula.
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var safe = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuoting) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public static string Number(decimal? value) => value is { } v ? DecimalText.Format(v) : "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
