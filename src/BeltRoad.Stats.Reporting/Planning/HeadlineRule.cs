using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Chooses the headline figures from the <see cref="HeadlineCatalog"/>: in catalogue order, each series' newest
/// actual value (latest end of as_of; then the best corroborated; then the first in the table). Pledges, targets,
/// forecasts and estimates are never headlines: they are the <see cref="Outlook"/>. When fewer than
/// <see cref="MinCards"/> catalogued series have data, the actual series stated by the most documents fill up.
/// </summary>
internal static class HeadlineRule
{
    public const int Count = 12;
    public const int MinCards = 4;

    public const string Description =
        "要点数据按要点系列目录（headline-series.json，可用配置 Headlines.File 扩展）的顺序，每个系列取最新的实际值"
        + "（截至日期最新者；同一日期取印证文件较多者）；目录中的系列有数据的不足4个时，以文件中出现最多的实际数据系列补足。"
        + "承诺、目标、预测与估算不作要点，另列于“展望：目标、承诺与预测”。";

    /// <summary>The cards from <paramref name="facts"/>, whose facts by section name (<see cref="EntitySections.ByName"/>) are <paramref name="byName"/>.</summary>
    public static IReadOnlyList<FactView> Choose(IReadOnlyList<FactView> facts, IReadOnlyList<IGrouping<string, FactView>> byName, HeadlineCatalog catalog)
    {
        var chosen = new List<FactView>();
        foreach (var newest in NewestOfEach(byName, catalog.Series))
        {
            if (newest is not null && !chosen.Contains(newest))
            {
                chosen.Add(newest);
            }
        }

        if (chosen.Count < MinCards)
        {
            var taken = chosen.Select(f => f.Fact.Series).ToHashSet();
            chosen.AddRange(facts.Where(f => f.Fact.Nature == Nature.Actual).Where(f => f.Fact.AsOf is not null && f.Fact.Entity.Length > 0 && !taken.Contains(f.Fact.Series))
                .GroupBy(f => f.Fact.Series)
                .OrderByDescending(g => g.Select(f => f.Document.Number).Distinct().Count())
                .ThenByDescending(g => g.Max(f => f.Metric.Priority))
                .ThenBy(g => g.Min(f => f.Index))
                .Select(g => g.Order(FactOrder.Newest).First())
                .Take(MinCards - chosen.Count));
        }

        return [.. chosen.Take(Count)];
    }

    /// <summary>
    /// Each series' newest actual point (<see cref="FactOrder.Newest"/>), null where it has none. A series names its
    /// entity: each entity's facts are read once for all its series, each fact matched only against the series of its indicator.
    /// </summary>
    private static FactView?[] NewestOfEach(IReadOnlyList<IGrouping<string, FactView>> byName, IReadOnlyList<HeadlineSeries> series)
    {
        var newest = new FactView?[series.Count];
        var byEntity = Enumerable.Range(0, series.Count)
            .GroupBy(s => EntitySections.Name(series[s].Entity), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToLookup(s => series[s].Indicator, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var entity in byName)
        {
            if (!byEntity.TryGetValue(entity.Key, out var byIndicator))
            {
                continue;
            }

            foreach (var f in entity)
            {
                if (f.Fact.Nature != Nature.Actual)
                {
                    continue;
                }

                foreach (var s in byIndicator[f.Fact.Indicator])
                {
                    if (series[s].Matches(f.Fact) && (newest[s] is not { } best || FactOrder.Newest.Compare(f, best) < 0))
                    {
                        newest[s] = f;
                    }
                }
            }
        }

        return newest;
    }

    /// <summary>What is planned, promised, expected or modelled: by nature, catalogued series first, then by metric priority.</summary>
    public static IReadOnlyList<FactView> Outlook(IReadOnlyList<FactView> facts, HeadlineCatalog catalog) =>
        [.. facts.Where(f => f.Fact.Nature != Nature.Actual)
            .OrderBy(f => f.Fact.Nature)
            .ThenBy(f => catalog.Catalogues(f.Fact) ? 0 : 1)
            .ThenByDescending(f => f.Metric.Priority)
            .ThenBy(f => f.Index)];

    /// <summary>How many catalogued series the cards come from, for the digest's note under the rule.</summary>
    public static string Coverage(IReadOnlyList<FactView> headlines, HeadlineCatalog catalog)
    {
        var catalogued = headlines.Count(h => catalog.Catalogues(h.Fact));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"目录共 {catalog.Series.Count} 个系列，本次文件中有实际数据的 {catalogued} 个")
            + (headlines.Count > catalogued ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"，另以文件中出现最多的系列补足 {headlines.Count - catalogued} 个") : "")
            + "。";
    }

}
