namespace BeltRoad.Stats.Domain;

/// <summary>Where a fact's as_of came from: the ordered rules of the answer key's MEANING.md (version 2).</summary>
public enum AsOfBasis
{
    /// <summary>Rule 1: a date stated earlier in the figure's sentence, or right after it in its own clause.</summary>
    Sentence,

    /// <summary>Rule 2: 由2016年的1702列增加到2023年的1.7万列 gives each value its own time.</summary>
    FromTo,

    /// <summary>Rule 3: the date that opens the paragraph, or the period a back-reference (同期) points to.</summary>
    Paragraph,

    /// <summary>Rule 4: the period a periodic release reports on (its title).</summary>
    ReportingPeriod,

    /// <summary>Rule 5: 目前, 累计, so far … with no stated date: the document's own date.</summary>
    DocumentDate,

    /// <summary>Rule 6: 2013年以来 → from that time to the document's date.</summary>
    Since,
}
