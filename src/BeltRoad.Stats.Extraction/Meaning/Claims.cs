using System.Text.Json;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// A creditor's claim on a debtor (data: claims in Resources/label-words.json): the catalogue's row for what is owed
/// (债权额: "owed", "owes", "obligations to") names no debtor, and a claim's row does: 对 + the debtor + the row. "Sri Lanka
/// owed 3,993 million dollars to Exim" → 对斯里兰卡债权额, "estimate Zambia's total obligations to Chinese lenders at around
/// USD6.6 billion" → 对赞比亚债权额. The debtor is the first catalogued country or group its sentence names before the figure
/// that is not the creditor (the entity step gave the creditor the figure: rule creditor's loans), else the document's own
/// country ("A further USD1.4 billion is owed to Chinese commercial lenders" in a note on Zambia's debt).
/// </summary>
internal sealed record Claims(string Label)
{
    public static Claims Read(JsonElement e) => new(e.GetProperty("label").GetString()!);

    /// <summary>The claim's row with its debtor, or null where the cued <paramref name="label"/> is no claim or no debtor is named.</summary>
    public string? For(FigureContext figure, string entity, string? label, string prefix, NameFinder finder) =>
        label == Label && Debtor(figure, entity, finder) is { } debtor ? string.Concat(prefix, debtor, Label) : null;

    private static string? Debtor(FigureContext figure, string entity, NameFinder finder)
    {
        var (names, start) = (figure.In.Names, figure.In.Sentence.Start);
        for (var k = 0; k < names.Count; k++)
        {
            if (names[k].Start >= start && names[k].End <= figure.Mention.Start && names[k].Kind is EntityKind.Country or EntityKind.CountryGroup && names[k].IsCatalogued && !names[k].Weak
                && names[k].Name != entity && names[k].Name != finder.DefaultActor)
            {
                return names[k].Name;
            }
        }

        var own = figure.In.DocumentEntity;
        return own != entity && finder.Lookup(own) is { Kind: EntityKind.Country or EntityKind.CountryGroup } ? own : null;
    }
}
