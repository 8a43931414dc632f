using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public class FactsCsvWriterTests
{
    private static readonly byte[] Bytes = FactsCsvWriter.ToBytes(SampleTables.Rich());
    private static readonly List<List<string>> Rows = Rfc4180.Parse(Encoding.UTF8.GetString(Bytes.AsSpan(3)));

    private static Dictionary<string, string> RowOf(string id) =>
        Rows[0].Zip(Rows.Single(r => r[0] == id)).ToDictionary(p => p.First, p => p.Second);

    [Fact]
    public void Starts_with_a_utf8_bom_then_the_header()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], Bytes[..3]);
        Assert.Equal("id,doc,metric,entity,indicator,nature,aggregation,subject,value,value_high,unit,qualifier,as_of,as_of_basis,start,end,page,occurrences,section,quote", string.Join(",", Rows[0]));
    }

    [Fact]
    public void Has_one_well_formed_row_per_fact_in_input_order()
    {
        Assert.Equal(SampleTables.Rich().Facts.Select(f => f.Id), Rows.Skip(1).Select(r => r[0]));
        Assert.All(Rows, r => Assert.Equal(Rows[0].Count, r.Count));
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_survive_quoting() =>
        Assert.Equal("比重为45.4%，\"较\"上年, 提高\r\n</script><b>&", RowOf("a-2")["quote"]);

    [Theory]
    [InlineData("a-2", "subject", "'=SUM(A1) 占比")]
    [InlineData("a-2", "section", "'-专栏 1")]
    [InlineData("a-3", "subject", "'@增速")]
    [InlineData("a-3", "quote", "'+下降3.5%")]
    [InlineData("a-4", "quote", "'\t增长2.8%—9.7%")]
    [InlineData("a-1", "subject", "中欧班列累计开行")]
    public void Text_that_would_start_a_formula_is_neutralised(string id, string column, string expected) =>
        Assert.Equal(expected, RowOf(id)[column]);

    [Fact]
    public void Numbers_stay_numbers_even_when_negative()
    {
        Assert.Equal("-3.5", RowOf("a-3")["value"]);
        Assert.Equal(("2.8", "9.7"), (RowOf("a-4")["value"], RowOf("a-4")["value_high"]));
        Assert.Equal(("74000", "", "2"), (RowOf("a-1")["value"], RowOf("a-1")["value_high"], RowOf("a-1")["occurrences"]));
        Assert.Equal(("", "1", "3"), (RowOf("a-1")["page"], RowOf("c-1")["page"], RowOf("c-2")["page"]));
        Assert.Equal(("10", "17", "2023-06-30"), (RowOf("a-1")["start"], RowOf("a-1")["end"], RowOf("a-1")["as_of"]));
        Assert.Equal(("0.00001", ""), (RowOf("a-5")["value"], RowOf("a-5")["as_of"]));
    }

    [Fact]
    public void Same_table_gives_the_same_bytes() => Assert.Equal(Bytes, FactsCsvWriter.ToBytes(SampleTables.Rich()));

    [Fact]
    public void An_empty_table_is_just_the_header() =>
        Assert.Single(Rfc4180.Parse(Encoding.UTF8.GetString(FactsCsvWriter.ToBytes(FactTable.Empty).AsSpan(3))));
}
