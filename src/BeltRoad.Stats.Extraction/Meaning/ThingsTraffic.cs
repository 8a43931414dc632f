using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// "traffic was almost 34,790 vehicles", "A car pays 3.5 euros for the full stretch", "CRBC collected more than $33 million
/// in tolls": a road's, bridge's or tunnel's traffic and tolls (a measure of entity-names.json <c>traffic_rows</c>) are the
/// thing's, never the country its headline opens with nor the company collecting them, and so are its cost and its
/// construction contract stated as amounts (<c>cost_rows</c>: "CSCEC is building the district under a $3 billion contract"): the project named last before the
/// figure, in its sentence, its paragraph and the one before, else the document's own project, else the older paragraphs'. A place (a border crossing's
/// vehicles) keeps its own. An event's attendance (<c>attended_rows</c>: "More than 5,000 delegates from over 150 countries",
/// 「吸引逾5000名嘉宾参会」) is the forum's, summit's or expo's named last so, never the host country's nor its organiser's.
/// </summary>
internal static class ThingsTraffic
{
    private static readonly EntityKind[] Owners = [EntityKind.Country, EntityKind.CountryGroup, EntityKind.Region, EntityKind.Enterprises, EntityKind.Institution, EntityKind.Authority];

    // Who runs a port: its throughput is the port's ("Throughput went from 880,000 TEU in 2010 …" in a paragraph about
    // COSCO's concession, "KTZ expects this year's volume to reach about 365,000 TEUs"); a country's ports ("China's ports
    // handled …") stay the country's, and a line's passengers the operator's that carried them ("Afristar … carried …").
    private static readonly EntityKind[] Operators = [EntityKind.Enterprises, EntityKind.Institution];

    // Who builds or commissions a project: its cost or contract is the project's ("CSCEC is building the district under a
    // $3 billion contract", "KPA awarded CCCC the $478 million contract for the berths"); a country paying ("Montenegro's
    // instalment would have cost …") keeps its payment.
    private static readonly EntityKind[] Builders = [EntityKind.Enterprises, EntityKind.Institution, EntityKind.Authority];

    /// <summary>The project whose traffic or tolls the figure counts, where <paramref name="entity"/> is a country, region
    /// or company; otherwise <paramref name="entity"/> itself (the same reference).</summary>
    /// <param name="parts">The measure counts a thing's parts (measures.json "parts": berths, tracks): "CCCC has so far
    /// completed three berths at the port", "KTZ laid four additional broad-gauge tracks at the terminal" are the port's, as
    /// its throughput is, not the builder's or operator's.</param>
    public static string Of(FigureContext figure, string entity, string measured, bool own, bool parts, NameFinder finder)
    {
        if (Affixes.IsOneOf(measured, finder.AttendedRows))
        {
            // Who hosts or organises an event (a country, a trade council): its delegates and countries are the event's.
            return entity != finder.DefaultActor && (finder.Lookup(entity) is not { } host || Array.IndexOf(Owners, host.Kind) < 0)
                ? entity
                : NamedLast(figure, EntityKind.Event, finder) ?? entity;
        }

        var run = Affixes.IsOneOf(measured, finder.OperatedRows);
        var operated = run || parts;
        // 「国铁集团已铺画中欧班列运行线路89条」, "China State Railway Group reported more than 3,200 China-Europe trips": the
        // national railway (an authority) runs a programme's trains and routes; they are the programme's, as a line's are the line's.
        if (run && finder.Lookup(entity) is { Kind: EntityKind.Authority } && NamedLast(figure, EntityKind.Programme, finder) is { } programme)
        {
            return programme;
        }

        // "CSCEC is building the district under a $3 billion contract", "The Sh88 billion road was built …": a project's cost
        // or construction contract, the amount itself (not a share of it a lender financed), is the project's as its tolls are.
        var cost = own && Affixes.IsOneOf(measured, finder.CostRows);
        if (!(operated || cost || Affixes.IsOneOf(measured, finder.TrafficRows))
            || (operated ? finder.Lookup(entity) is not { } runner || Array.IndexOf(Operators, runner.Kind) < 0
                : cost ? entity != finder.DefaultActor && (finder.Lookup(entity) is not { } builder || Array.IndexOf(Builders, builder.Kind) < 0)
                : entity != finder.DefaultActor && (finder.Lookup(entity) is not { } entry || Array.IndexOf(Owners, entry.Kind) < 0)))
        {
            return entity;
        }

        return NamedLast(figure, EntityKind.Project, finder) ?? entity;
    }

    // The thing of that kind named last before the figure in its sentence, else in its paragraph and the one before, else
    // the document's own, else the older paragraphs'.
    private static string? NamedLast(FigureContext figure, EntityKind kind, NameFinder finder) =>
        Last(figure.In.Names, kind, figure.In.Sentence.Start, figure.Mention.Start) ?? Last(figure.In.PreviousNames, kind, 0, int.MaxValue)
            ?? (finder.Lookup(figure.In.DocumentEntity)?.Kind == kind ? figure.In.DocumentEntity : null)
            ?? Last(figure.In.OlderNames, kind, 0, int.MaxValue);

    // The project named last in [start, end) of the names (the one definition: the attribute rule reads it too).
    internal static string? LastProject(IReadOnlyList<EntityName> names, int start, int end) => Last(names, EntityKind.Project, start, end);

    // The name of that kind named last in [start, end) of the names.
    private static string? Last(IReadOnlyList<EntityName> names, EntityKind kind, int start, int end)
    {
        for (var k = names.Count - 1; k >= 0; k--)
        {
            if (names[k].Kind == kind && names[k].Start >= start && names[k].End <= end)
            {
                return names[k].Name;
            }
        }

        return null;
    }
}
