using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The words that make a number a threshold, a tier, a floor or a section count, not a fact, and those that make a bare number one (an index's value) (data: Resources/tier-words.json).</summary>
/// <param name="MilestoneAfter">「所需」「用时」 after a figure: the size of a milestone whose time is measured (开行1万列所需的时间).</param>
/// <param name="Durations">「小时」 right after a count: a length of time (3个多小时).</param>
/// <param name="DigitCounts">「位数」 right after a count: the digits of a rate (两位数增长), a vague magnitude.</param>
/// <param name="ComparativeBounds">"larger than" right after a plural noun and before the figure: a class of things ("loans larger than $25 million"), whatever follows.</param>
/// <param name="Distributive">「均」「分别」 closely after a small count: the count of a set just named, each item given its own value.</param>
/// <param name="RateJoiners">「兑」, "=" between two currency amounts: the terms of an exchange rate (1元人民币兑4.52元新台币), not figures.</param>
/// <param name="IndexWords">「指数」, "index": a bare number they lead to in its clause is the index's value, a fact with no unit of its own (Facts/IndexValues).</param>
/// <param name="Each">"each" after a bounded amount or before it in its clause: the floor of a class ("projects worth more than USD50 million each").</param>
/// <param name="EachPeriods">"year" after the "each": a rate ("each year more than $1 billion"), not a class.</param>
/// <param name="FirstTime">「首次」 before a bound, "for the first time" after it: a milestone crossed, restating the figure its sentence states.</param>
/// <param name="RankAfter">"largest", "busiest" right after a count: a set chosen by rank ("the three biggest trading partners"), not a figure.</param>
/// <param name="TotalRows">"Total", 「合计」 opening a table row: its 100% is the whole's share of itself.</param>
/// <param name="ChromeLines">"Related:", "Share this article", "to subscribe" in a line: the page's chrome around the article, its figures none of the article's.</param>
/// <param name="ChromeBlocks">"Recent Stories", 「相关阅读」 heading a paragraph: the lines under it are other stories' headlines.</param>
/// <param name="SetNumerals">「两」「三」 counting items: a set the text has in view (两座车站, 三条通道), not a statistic.</param>
/// <param name="SetKeptMeasures">「台」 after such a numeral: machines counted (两台机组), which stay a count.</param>
/// <param name="ListDateWords">"in": the word before a date an English list gives each item ("1.62 million in 2019, 835,326 in 2020").</param>
internal sealed record TierWords(WordList Bounds, WordList Consecutive, WordList ClassLinks, WordList ClassBounds, WordList SubjectVerbs, WordList Sections, WordList MilestoneAfter, WordList Durations, WordList DigitCounts, WordList Distributive, WordList ComparativeBounds, WordList IndexWords, WordList RateJoiners, WordList ListDateWords, WordList Each, WordList EachPeriods, WordList FirstTime, WordList RankAfter, WordList TotalRows, WordList ChromeLines, WordList ChromeBlocks, WordList SetNumerals, WordList SetKeptMeasures)
{
    /// <summary>The built-in words (Resources/tier-words.json), read from the assembly at each call.</summary>
    internal static TierWords Load()
    {
        using var json = EmbeddedJson.Open("tier-words.json");
        WordList Read(string name) => new(json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        return new(Read("bounds"), Read("consecutive"), Read("class_links"), Read("class_bounds"), Read("subject_verbs"), Read("sections"), Read("milestone_after"), Read("durations"), Read("digit_counts"), Read("distributive"), Read("comparative_bounds"), Read("index_words"), Read("rate_joiners"), Read("list_date_words"), Read("each"), Read("each_periods"), Read("first_time"), Read("rank_after"), Read("total_rows"), Read("chrome_lines"), Read("chrome_blocks"), Read("set_numerals"), Read("set_kept_measures"));
    }
}
