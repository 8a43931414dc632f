using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// Reuses a document's text from the published set for a document taken from the cache: a hard link (no bytes
/// copied; published files are never rewritten in place) into the staging folder, kept only when the linked file
/// holds exactly the text the cache entry names. Linked first and checked after, so what is checked is what is
/// published: by its stat when the published set's manifest recorded one (<see cref="StampedText"/>), else by reading
/// it against the digest.
/// </summary>
internal static class PublishedTexts
{
    /// <summary>
    /// The text's stamp when <paramref name="document"/>'s text is now in <paramref name="staging"/> (<see cref="Reuse.Stamp"/>
    /// null when it was read and is too new to vouch for by stat next time); not reused (nothing left behind) when it
    /// must be extracted again.
    /// </summary>
    /// <param name="known">What the published set's manifest recorded for this text, if anything.</param>
    /// <param name="settledBefore">Last-write times from this (ns since 1970) on are too recent to record: the file may be written again within the same time stamp.</param>
    public static Reuse TryReuse(string published, string staging, DocumentInfo document, TextDigest digest, StampedText? known, long settledBefore)
    {
        var target = Path.Combine(staging, document.TextPath);
        try
        {
            // A missing source fails here: the link cannot be made, and the copy tried instead throws.
            TreeLinker.LinkFile(Path.Combine(published, document.TextPath), target);
            var linked = FileStamps.Of(target);
            if (known is not null && linked is { } now && known.Holds(digest, now))
            {
                return new Reuse(true, known);
            }

            if (digest.Matches(target))
            {
                // Stat before and after reading: a text written meanwhile is not vouched for.
                var after = FileStamps.Of(target) is { } then ? StampedText.Of(digest, then) : null;
                var settled = linked is { } before && after is { } stamp && stamp == StampedText.Of(digest, before) && stamp.ModifiedNanoseconds < settledBefore;
                return new Reuse(true, settled ? after : null);
            }
        }
        catch (IOException)
        {
            // Gone or unreadable since it was listed: extracted again below.
        }

        File.Delete(target);
        return new Reuse(false, null);
    }

    /// <summary>Whether the text was reused, and its stamp to record for the next run.</summary>
    internal readonly record struct Reuse(bool Reused, StampedText? Stamp);
}
