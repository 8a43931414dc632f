using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Time;

namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>time-words.json fiscal_year_starts is keyed by the entity catalogue's canonical names: a key the catalogue
/// does not hold as a country or region would never be found, and its budget years would silently start as
/// fiscal_year_start_other says (January, a calendar budget year).</summary>
public class BudgetYearStartTests
{
    [Fact]
    public void Every_budget_year_start_names_a_catalogued_country_or_region_and_a_month()
    {
        var words = TimeWords.Load();
        var catalogued = EntityCatalog.Default.Entries.Where(e => e.Kind is EntityKind.Country or EntityKind.Region).Select(e => e.Name).ToHashSet();
        Assert.NotEmpty(words.FiscalYearStarts);
        Assert.All(words.FiscalYearStarts, start =>
        {
            Assert.Contains(start.Key, catalogued);
            Assert.InRange(start.Value, 2, 12);
        });
    }
}
