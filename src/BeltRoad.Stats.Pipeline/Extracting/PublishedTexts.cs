using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// Reuses a document's text from the published set for a document taken from the cache: a hard link (no bytes
/// copied; published files are never rewritten in place) into the staging folder, kept only when the linked file
/// holds exactly the text the cache entry names. Linked first and checked after, so what is checked is what is published.
/// </summary>
internal static class PublishedTexts
{
    /// <summary>True when <paramref name="document"/>'s text is now in <paramref name="staging"/>; false (nothing left behind) when it must be extracted again.</summary>
    public static bool TryReuse(string published, string staging, DocumentInfo document, TextDigest digest)
    {
        var source = Path.Combine(published, document.TextPath);
        var target = Path.Combine(staging, document.TextPath);
        if (!File.Exists(source))
        {
            return false;
        }

        try
        {
            TreeLinker.LinkFile(source, target);
            if (digest.Matches(target))
            {
                return true;
            }
        }
        catch (IOException)
        {
            // Gone or unreadable since it was listed: extracted again below.
        }

        File.Delete(target);
        return false;
    }
}
