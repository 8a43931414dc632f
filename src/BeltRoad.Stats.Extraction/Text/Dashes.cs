using System.Buffers;

namespace BeltRoad.Stats.Extraction.Text;

/// <summary>
/// The dashes that join names ("China-Kenya", "China–Central Asia", "the China — Kyrgyzstan — Uzbekistan railway"), defined
/// once: a hyphen, an en dash, an em dash, and the full-width hyphen a Chinese-set page writes (the normaliser folds
/// full-width digits and letters, not dashes).
/// </summary>
internal static class Dashes
{
    public static readonly SearchValues<char> All = SearchValues.Create("—–-－");

    /// <summary>Only a dash stands between two names, with or without a space on each side ("China – Kazakhstan").</summary>
    public static bool IsJoint(ReadOnlySpan<char> gap) => gap.Trim(' ') is [var dash] && All.Contains(dash);
}
