namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a name stands for. The catalogue's kinds (entities.json, a user's Entities.File) are read by
/// <see cref="EntityKindCodes.Parse"/>, which refuses any other word; <see cref="Named"/>, <see cref="Title"/> and
/// <see cref="Box"/> are the kinds of names found in the text rather than catalogued.
/// </summary>
public enum EntityKind
{
    /// <summary>A catalogued entry that names no kind.</summary>
    Other,
    Country,
    CountryGroup,
    Place,

    /// <summary>
    /// A country's province or region (广东, 新疆, "Guangdong"): it acts for its own figures as a place does, but is never a
    /// port (「经广西口岸」 are the province's crossings, not one) and yields to the place it is written right before (「河南郑州」).
    /// </summary>
    Region,
    Institution,

    /// <summary>
    /// A government body that publishes the nation's statistics (商务部, 海关总署): an actor where a sentence makes it one,
    /// never a release's or a paragraph's topic (its releases report the country's figures).
    /// </summary>
    Authority,
    Enterprises,
    Programme,
    Project,
    Event,
    Initiative,
    Instrument,
    Document,

    /// <summary>A name read from the text by its suffix (…铁路, …银行, "… Fund"), not catalogued.</summary>
    Named,

    /// <summary>A title in 《》.</summary>
    Title,

    /// <summary>A 专栏 box's subject, from its heading.</summary>
    Box,
}
