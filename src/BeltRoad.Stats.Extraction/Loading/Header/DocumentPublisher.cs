using System.Text.RegularExpressions;

namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>
/// The publisher the text itself names (MEANING.md's citation: 新华社, 人民日报, Xinhua): the agency of its dateline
/// (「新华社北京5月20日电」, "(Xinhua) --", 「（中央社台北29日電）」), its source tag (【大公報訊】), a source line
/// (「来源：人民日报」, "Source: NDRC", "From:Xinhua"), or a print edition's line (「《人民日报》（2024年03月15日 03 版）」).
/// A source line naming only an office (「来源：对外投资和经济合作处」) names it within the page's site: the site and the office
/// (重庆市商务委员会对外投资和经济合作处).
/// </summary>
internal static partial class DocumentPublisher
{
    private const int MaxName = 24;

    public static string? Of(string text, HeaderWords words, string? site = null)
    {
        if (Dateline.Find(text) is { Agency: { } agency } && words.Agencies.Contains(agency, StringComparer.OrdinalIgnoreCase))
        {
            return agency;
        }

        var lines = DocumentHeader.OpeningLines(text).ToList();
        foreach (var line in lines)
        {
            if (SourceTag().Match(line) is { Success: true } tag)
            {
                return tag.Groups["name"].Value;
            }
        }

        foreach (var line in lines)
        {
            if (Sourced(line, words) is { } named)
            {
                return site is not null && !named.Contains(site, StringComparison.Ordinal) && words.OfficeSuffixes.Any(s => named.EndsWith(s, StringComparison.Ordinal))
                    ? site + named
                    : named;
            }
        }

        foreach (var line in DocumentHeader.ClosingLines(text))
        {
            if (Edition().Match(line) is { Success: true } edition)
            {
                return edition.Groups["name"].Value.Trim();
            }
        }

        return null;
    }

    // 「来源：人民日报」「文章来源：央视网  | 【大 小】」 "Source: NDRC": the name after the prefix, up to a separator or a gap.
    private static string? Sourced(string line, HeaderWords words)
    {
        foreach (var prefix in words.SourcePrefixes)
        {
            var at = line.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = line[(at + prefix.Length)..].TrimStart();
            var end = NameEnd().Match(rest);
            var name = (end.Success ? rest[..end.Index] : rest).Trim();
            return name.Length is > 0 and <= MaxName ? name : null;
        }

        return null;
    }

    [GeneratedRegex(@"^【(?<name>[^】]{1,12}?)(?:網訊|网讯|訊|讯)】")]
    private static partial Regex SourceTag();

    // A gap, a separator, a bracket, or the next label (「作者：」 "Editor:").
    [GeneratedRegex(@"\s{2,}|[|｜　【\[\]］（(）)]|\s+[^\s：:]{1,6}[：:]|\s+(?:Editor|Published|Updated|Author)\b")]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"^《\s*(?<name>[^》]{1,12})\s*》\s*[（(][^）)]*[0-9]{4}\s*年[^）)]*版\s*[）)]")]
    private static partial Regex Edition();
}
