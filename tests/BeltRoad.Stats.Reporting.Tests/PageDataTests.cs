using BeltRoad.Stats.Reporting.Html;
using BeltRoad.Stats.Reporting.Model;
using BeltRoad.Stats.Reporting.Tests.Support;

namespace BeltRoad.Stats.Reporting.Tests;

/// <summary>The page data's text cells are worded once per distinct key: every cell must still be its own fact's text.</summary>
public class PageDataTests
{
    public static TheoryData<string> Tables => ["corpus", "viewer", "generated"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_text_cell_of_the_page_data_is_the_wording_of_its_own_fact(string table)
    {
        var input = table switch
        {
            "corpus" => SampleTables.Corpus().Input(),
            "viewer" => SampleTables.Viewer().InputWithAliases(),
            _ => DigestSizeTests.Generated(documents: 200, factsPerDocument: 20).Input(new DateOnly(2024, 12, 31)),
        };
        var model = ReportModelBuilder.Build(input);
        var page = HtmlViewWriter.Write(model);

        foreach (var column in FactColumns.All.Where(c => c.Text is not null))
        {
            Assert.Equal(ModelFacts.Of(model).Select(column.Text!), HtmlPage.Column(page, column.Name, text: true));
        }
    }
}
