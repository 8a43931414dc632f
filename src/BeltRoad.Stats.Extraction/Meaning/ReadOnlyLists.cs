namespace BeltRoad.Stats.Extraction.Meaning;

internal static class ReadOnlyLists
{
    /// <summary>Where <paramref name="item"/> stands in the list (a sentence's figures or names), −1 when absent.</summary>
    public static int IndexOf<T>(IReadOnlyList<T> list, T item)
    {
        for (var k = 0; k < list.Count; k++)
        {
            if (EqualityComparer<T>.Default.Equals(list[k], item))
            {
                return k;
            }
        }

        return -1;
    }
}
