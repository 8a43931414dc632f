using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a sea port's boxes and tonnes are (data: port_rows in Resources/label-words.json): a port moves goods through
/// its quays, so a TEU or tonnes figure of a port ("Piraeus port hits 5 million TEU", "Lekki port handles over 100,000
/// TEUs", "with containers at 121,400 TEUs") that names no measure, or only what trains and ships carry (发送标箱,
/// 运送货物吨数), is the port's throughput: 集装箱吞吐量, 货物吞吐量. A land or dry port (陆港) and a border crossing
/// (口岸) send trains, not throughput. The other way round, what a train service, corridor or railway "handled" (carriers:
/// 中欧班列, 西部陆海新通道, 中老铁路) is what it carried: throughput is a port's, so a throughput row the words chose for
/// such an entity is its carriage row ("the freight trains handled 1.33 million TEUs" → 发送标箱). Likewise an airport
/// (airports: 机场) handles passengers: what its words call passengers carried (旅客发送人次) is its 旅客吞吐量
/// ("the airport handled 512,300 passengers", 「樟宜机场同期接待旅客6560万人次」).
/// </summary>
internal sealed record PortRows(IReadOnlyList<string> Suffixes, IReadOnlyList<string> NotSuffixes, IReadOnlySet<string> Carried, IReadOnlyDictionary<Unit, string> Rows,
    IReadOnlyList<string> CarrierSuffixes, IReadOnlyDictionary<string, string> CarrierRows, IReadOnlyList<string> AirportSuffixes, IReadOnlySet<string> AirportCarried, string AirportRow)
{
    public static PortRows Read(JsonElement e)
    {
        static List<string> Strings(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];
        var (carriers, airports) = (e.GetProperty("carriers"), e.GetProperty("airports"));
        return new(Strings(e, "suffixes"), Strings(e, "not_suffixes"), Strings(e, "carried").ToHashSet(StringComparer.Ordinal),
            e.GetProperty("rows").EnumerateObject().ToDictionary(p => UnitCodes.Parse(p.Name), p => p.Value.GetString()!),
            Strings(carriers, "suffixes"), carriers.GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            Strings(airports, "suffixes"), Strings(airports, "carried").ToHashSet(StringComparer.Ordinal), airports.GetProperty("row").GetString()!);
    }

    /// <summary>
    /// The port's throughput row for a figure of the unit whose entity is a sea port and whose cued label is a carriage
    /// row, or none where no figure of its unit stands before it in its sentence (one that does goes on with that
    /// figure's measure: "a designed annual throughput of 1 million TEUs, rising to 1.5 million TEUs"); else null.
    /// </summary>
    public string? For(Unit unit, string entity, string? cued, bool afterFigureOfUnit) =>
        IsSeaPort(entity)
            ? Rows.GetValueOrDefault(unit) is { } row && (cued is null ? !afterFigureOfUnit : Carried.Contains(cued)) ? row : null
            : cued is not null && CarrierRows.GetValueOrDefault(cued) is { } carried && CarrierSuffixes.Any(s => entity.EndsWith(s, StringComparison.Ordinal)) ? carried
            : cued is not null && AirportCarried.Contains(cued) && AirportSuffixes.Any(s => entity.EndsWith(s, StringComparison.Ordinal)) ? AirportRow : null;

    private bool IsSeaPort(string entity) =>
        Suffixes.Any(s => entity.EndsWith(s, StringComparison.Ordinal)) && !NotSuffixes.Any(s => entity.EndsWith(s, StringComparison.Ordinal));
}
