namespace BeltRoad.Stats.Extraction.Text;

/// <summary>What joins figures listed together (「32万亿美元、5万亿美元」「152个国家和32个国际组织」), defined once.</summary>
internal static class Conjunctions
{
    // The joints of a list proper: measures listed with them map onto the figures in order.
    private const string ListJoints = "、和及";

    // Whatever joins two counts that share the predicate after the last: the list joints and a few more.
    private static readonly string[] Words = [.. ListJoints.Select(c => c.ToString()), "与", "以及", "and", ","];

    public static bool IsListJoint(char c) => ListJoints.Contains(c);

    // How long an English measure's own words (its partner: "to China") may run before the "and" that lists the next measure.
    private const int MaxEnglishListGap = 40;

    /// <summary>
    /// Words between two measures listed in English end with "and", nothing but letters and spaces before it ("exports to
    /// China and imports from China"): the measures are listed, as 、 lists them.
    /// </summary>
    public static bool EndsEnglishList(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        if (trimmed.Length > MaxEnglishListGap || !(trimmed.Length == 3 || (trimmed.Length > 3 && trimmed[^4] == ' ')) || !trimmed.EndsWith("and", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiLetter(c) || c == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only a list joint stands between two figures (spaces aside).</summary>
    public static bool IsListJoint(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed.Length == 1 && IsListJoint(trimmed[0]);
    }

    /// <summary>
    /// Only what joins the items of one list stands between two figures (spaces aside): a conjunction, or the comma a list
    /// of items also takes before its last ("…, and 2 million"; 「，」 between figures listed in Chinese).
    /// </summary>
    public static bool JoinsItems(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return Joins(trimmed) || trimmed.SequenceEqual(", and") || trimmed.SequenceEqual("，");
    }

    /// <summary>Only a conjunction stands between two counts (spaces aside): they share what follows the last.</summary>
    public static bool Joins(ReadOnlySpan<char> between)
    {
        return Affixes.IsOneOf(between.Trim(), Words);
    }
}
