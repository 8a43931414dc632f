namespace BeltRoad.Stats.Storage;

internal static class AsciiText
{
    /// <summary>Whether <paramref name="text"/> begins with <paramref name="ascii"/> (e.g. a fact id) followed by <paramref name="then"/>.</summary>
    public static bool StartsWith(ReadOnlySpan<byte> text, string ascii, byte then)
    {
        if (text.Length <= ascii.Length || text[ascii.Length] != then)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (text[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
