using System.Collections.Concurrent;
using BeltRoad.Stats.Extraction.Segmenting;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// The name a section heading gives (a 专栏 box's subject, or a catalogued name), worked out once per distinct section
/// path for every document of the extractor: documents of one series repeat their headings, and each heading's name was
/// a name search of its own. The name is a function of the path alone, so sharing it changes nothing; the table stops
/// growing at <paramref name="maxPaths"/> paths, so a long-lived process's memory stays bounded.
/// </summary>
internal sealed class HeadingNames(NameFinder finder, int maxPaths = HeadingNames.MaxPaths)
{
    public const int MaxPaths = 20_000;

    private readonly ConcurrentDictionary<string, EntityName?> _byPath = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>How many paths are kept.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The name the last heading of <paramref name="path"/> gives, or null.</summary>
    public EntityName? Of(string path)
    {
        if (_byPath.TryGetValue(path, out var name))
        {
            return name;
        }

        name = HeadingName(finder, path);
        if (Volatile.Read(ref _count) < maxPaths && _byPath.TryAdd(path, name))
        {
            Interlocked.Increment(ref _count);
        }

        return name;
    }

    private static EntityName? HeadingName(NameFinder finder, string path)
    {
        var last = HanScript.ToSimplified(path[(path.LastIndexOf('>') + 1)..].Trim());
        var marker = SectionHeading.BoxMarkers.FirstOrDefault(m => last.StartsWith(m, StringComparison.Ordinal));
        if (marker is null)
        {
            // An ordinary heading names a theme, not an actor: only a catalogued name in it counts.
            return finder.Find(last, 0, last.Length).FirstOrDefault(n => n.IsCatalogued && n.Kind is not (EntityKind.CountryGroup or EntityKind.Country or EntityKind.Title));
        }

        // 「专栏6 鲁班工坊」「专栏4 甘泉行动增进澜湄地区民生福祉」: the box is about the name in its title, or its title.
        var name = last[marker.Length..].TrimStart("0123456789 　.、".ToCharArray()).Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var named = finder.Find(name, 0, name.Length).FirstOrDefault(n => n.Kind is not (EntityKind.CountryGroup or EntityKind.Country));
        return new EntityName(0, name.Length, named?.Name ?? name, EntityKind.Box);
    }
}
