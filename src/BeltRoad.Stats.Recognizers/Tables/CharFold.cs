namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>Folds full-width ASCII forms to half-width so ７．４％ matches the same table entries as 7.4%.</summary>
internal static class CharFold
{
    public static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;

    public static char FoldLower(char c)
    {
        c = Fold(c);
        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    /// <summary>Spaces that may sit inside a figure: ASCII, ideographic, no-break and narrow no-break.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\u202F' or '\t';
}
