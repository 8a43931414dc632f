using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Series;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>
/// Chooses the headline series from the <see cref="HeadlineCatalog"/>: in catalogue order, for each entry the actual
/// series (<see cref="SeriesView"/>, shaped) matching it whose latest point is newest, so a card never leads with an
/// undated or stale figure while the corpus holds a later one of the series. Pledges, targets, forecasts and estimates
/// are never headlines: they are the outlook (<see cref="OutlookOrder"/>). When fewer than <see cref="MinCards"/> catalogued series
/// have data, the actual series stated by the most documents fill up.
/// </summary>
internal static class HeadlineRule
{
    public const int Count = 12;
    public const int MinCards = 4;

    /// <summary>The rule in the words the digest and the page print under the cards; its numbers are the rule's own.</summary>
    public static readonly string Description =
        "要点数据按要点系列目录的顺序，每个系列（同一主体、指标、单位、口径与时期形态）取最新的实际数据点，并与其前一个数据点比较"
        + "（截至日期最新者；同一日期取印证文件较多者；年初至今合计与此前同样月数的合计比较）；目录中的系列有数据的不足"
        + MinCards.ToString(System.Globalization.CultureInfo.InvariantCulture) + "个时，以文件中出现最多的实际数据系列补足。"
        + "承诺、目标、预测与估算不作要点，另列于“展望：目标、承诺与预测”；门槛与分档（如“单月开行千列以上”）不作数据点。";

    /// <summary>
    /// The cards: each catalogued series' newest actual series (of the series matching it, the one whose latest point is
    /// newest), then, when fewer than <see cref="MinCards"/> have data, the actual series stated by the most documents.
    /// Every card shows its series' latest point and the one before it.
    /// </summary>
    public static IReadOnlyList<HeadlineCard> Choose(SeriesSet series, HeadlineCatalog catalog)
    {
        var actual = series.Series.Where(s => s.Key.Nature == Nature.Actual).ToList();
        var chosen = new List<SeriesView>();
        foreach (var entry in catalog.Series)
        {
            var best = actual.Where(s => entry.Matches(s.Key) && !chosen.Contains(s))
                .OrderByDescending(s => s.Latest.Date).ThenByDescending(s => s.DateCount).ThenBy(s => s.Number)
                .FirstOrDefault();
            if (best is not null)
            {
                chosen.Add(best);
            }
        }

        if (chosen.Count < MinCards)
        {
            chosen.AddRange(actual.Where(s => !chosen.Contains(s)).Take(MinCards - chosen.Count));
        }

        return [.. chosen.Take(Count).Select(s => new HeadlineCard(s, s.Latest, s.Previous))];
    }

    /// <summary>The outlook's rows the digest lists.</summary>
    public const int OutlookRows = 30;

    /// <summary>The outlook's order: by nature, catalogued series first, higher metric priority first, then the table's order.</summary>
    public static IComparer<FactView> OutlookOrder(HeadlineCatalog catalog) => Comparer<FactView>.Create((a, b) =>
    {
        var c = a.Fact.Nature.CompareTo(b.Fact.Nature);
        c = c != 0 ? c : (catalog.Catalogues(a.Fact) ? 0 : 1).CompareTo(catalog.Catalogues(b.Fact) ? 0 : 1);
        c = c != 0 ? c : b.Metric.Priority.CompareTo(a.Metric.Priority);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });

    /// <summary>How many catalogued series the cards come from, for the digest's note under the rule.</summary>
    public static string Coverage(IReadOnlyList<HeadlineCard> headlines, HeadlineCatalog catalog)
    {
        var catalogued = headlines.Count(h => catalog.Catalogues(h.Fact));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"目录共 {catalog.Series.Count} 个系列，本次文件中有实际数据的 {catalogued} 个")
            + (headlines.Count > catalogued ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"，另以文件中出现最多的系列补足 {headlines.Count - catalogued} 个") : "")
            + "。";
    }
}
