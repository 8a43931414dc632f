using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Text;

namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>The cue words of each aggregation (data: Resources/aggregation-words.json).</summary>
internal sealed record AggregationWords(IReadOnlyList<(Aggregation Rate, WordList Cues)> Rates, IReadOnlyList<(Aggregation Rate, DatePrecision Of, WordList Nouns)> PeriodNouns, WordList Change, WordList Share, WordList PeriodTotal, WordList Level, WordList FlowVerbs, WordList FlowVerbsAfter, WordList Signatory, WordList Comparison, WordList StockNouns, WordList StockNounFlows, WordList EventNouns, IReadOnlySet<string?> EventMeasures, WordList IncrementBefore, WordList IncrementAfter, WordList Distributive, WordList Multipliers, WordList ChangeAfter, WordList ChangeBy, WordList ChangeVerbs, WordList ChangeBase, WordList ComingYears, WordList AttributeUnits, WordList FlowUnits, WordList CostOf, WordList CostVerbs, WordList PriceRates, WordList PriceRateLinks, WordList PriceRateObjects, WordList PriceRatesAfter, WordList StakesAfter, WordList CapacityModals, WordList CapacityVerbs, IReadOnlyList<string> MeasuredOf, WordList ChangeColumns, WordList AverageBefore, WordList UnitPrice, WordList AddedVerbs)
{
    /// <summary>The yearly rate words (年均, "average annual"): an annual noun inside one is no year's amount.</summary>
    /// <remarks>ChangeAfter: words right after a percentage that make it a change ("40 percent more than", "16.2% less than"), never read before a figure.</remarks>
    /// <remarks>FlowVerbsAfter: a passive event verb after a count in its clause ("403 projects were signed", "workers were sent abroad"): a flow, as an event verb before it makes one.</remarks>
    /// <remarks>AttributeUnits: units of a fixed property (an area, a capacity: 平方公里, 千瓦, hectares, MW). FlowUnits: units of what a period produced (energy generated: 千瓦时, kWh): a flow.</remarks>
    /// <remarks>CapacityModals, CapacityVerbs: a verb of holding right after a modal before the figure ("can take up to 1,678 passengers", 可容纳): what a thing can hold, a fixed property. CostVerbs: the bare verb ("costs 120 yuan"), a property only when no rate word and no year follows the figure in its clause ("costs $40 million a year", "cost $45 billion in 2023").</remarks>
    /// <remarks>ChangeColumns: a table column's header naming a change ("Change (%)", "% change", 增减(%)), or a cell's label before its value ("% change vs end-2017: 52%"): its percentages are rates of change.</remarks>
    /// <remarks>MeasuredOf: what opens the phrase naming what a figure measures right after it ("300,000 tonnes of nickel pig iron a year"): its rate word may stand after that phrase.</remarks>
    /// <remarks>AverageBefore: an averaging word before a figure in its clause ("an average of 3,910 vehicles used the tunnel daily"): the figure's rate word may stand anywhere after it in the clause.</remarks>
    /// <remarks>UnitPrice: a distributive word right after an amount of money naming the thing it is paid for ("160 meticais per crossing", "Rs 8.11 per unit"): the price of one, a fixed property. AddedVerbs: a verb of adding right before a length, an area or an installed capacity ("have added 8,020 megawatts", 新增886公里): what a programme has added, a level.</remarks>
    /// <remarks>CostOf: words right before an amount of money that make it what a thing cost ("built at a cost of Sh327 billion"): a fixed property.</remarks>
    /// <remarks>PriceRates: the price of money or of a service right before a percentage, through at most one of PriceRateLinks, after a PriceRateObjects phrase naming what it prices ("the interest rate on the credits is around 2.1 percent"), or ("an interest rate of 2 percent", "a coupon of 3.51%", 年利率为2%); PriceRatesAfter: the same right after it ("at 2 percent interest", "a 20 percent discount") unless one of StakesAfter stands there ("a 49 percent interest in the terminal"): a fixed property of the loan, the bond or the fare.</remarks>
    /// <remarks>StockNounFlows: a stock noun starting one of these is none ("debt service", "debt-service relief", 债务困境): the amount is a flow's.</remarks>
    /// <remarks>PeriodNouns: nouns of one period's amount (年开行量, 单月): that period's rate when undated, its total when the figure is dated to one such period.</remarks>
    public WordList Yearly { get; } = Rates.First(r => r.Rate == Aggregation.PerYear).Cues;

    /// <summary>Every rate's words (per_day … per_year): "24,300 a day a year earlier" holds one between a figure and its time.</summary>
    public WordList AnyRate { get; } = new(Rates.SelectMany(r => r.Cues.Words));

    /// <summary>The built-in words (Resources/aggregation-words.json), read from the assembly at each call.</summary>
    internal static AggregationWords Load()
    {
        using var json = EmbeddedJson.Open("aggregation-words.json");
        WordList Read(string name) => new(json.RootElement.GetProperty(name).EnumerateArray().Select(x => x.GetString()!));
        Aggregation[] rates = [Aggregation.PerDay, Aggregation.PerWeek, Aggregation.PerMonth, Aggregation.PerYear];
        return new([.. rates.Select(r => (r, Read(r.Code())))], [(Aggregation.PerYear, DatePrecision.Year, Read("annual")), (Aggregation.PerMonth, DatePrecision.Month, Read("single_month"))], Read("change"), Read("share"), Read("period_total"), Read("level"), Read("flow_verbs"), Read("flow_verbs_after"), Read("signatory"), Read("comparison"), Read("stock_nouns"), Read("stock_noun_flows"), Read("event_nouns"), Read("event_measures").Words.ToHashSet<string?>(), Read("increment_before"), Read("increment_after"), Read("distributive"), Read("multipliers"), Read("change_after"), Read("change_by"), Read("change_verbs"), Read("change_base"), Read("coming_years"), Read("attribute_units"), Read("flow_units"), Read("cost_of"), Read("cost_verbs"), Read("price_rates"), Read("price_rate_links"), Read("price_rate_objects"), Read("price_rates_after"), Read("stakes_after"), Read("capacity_modals"), Read("capacity_verbs"),
            [.. json.RootElement.GetProperty("measured_of").EnumerateArray().Select(x => x.GetString()!)], Read("change_columns"), Read("average_before"), Read("unit_price"), Read("added_verbs"));
    }
}
