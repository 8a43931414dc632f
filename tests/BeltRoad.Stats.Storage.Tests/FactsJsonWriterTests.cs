using System.Text;
using System.Text.Json;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public class FactsJsonWriterTests
{
    private static readonly byte[] Bytes = FactsJsonWriter.ToBytes(SampleTables.Rich(), SampleTables.Generator);
    private static readonly string Text = Encoding.UTF8.GetString(Bytes);
    private static readonly JsonElement Root = JsonDocument.Parse(Bytes).RootElement;

    private static JsonElement FactById(string id) => Root.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public void Starts_with_schema_and_generator_and_no_clock()
    {
        Assert.Equal(["schema", "generator", "documents", "facts", "findings"], Root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("beltroad-stats/facts@1", Root.GetProperty("schema").GetString());
        Assert.Equal(SampleTables.Generator, Root.GetProperty("generator").GetString());
        Assert.Equal(Bytes, FactsJsonWriter.ToBytes(SampleTables.Rich(), SampleTables.Generator));
    }

    [Fact]
    public void Each_fact_carries_the_contract_fields_in_order()
    {
        string[] expected = ["id", "doc", "metric", "entity", "indicator", "nature", "aggregation", "subject", "value", "value_high", "unit", "measure", "qualifier", "as_of", "as_of_basis", "start", "end",
            "page", "quote", "occurrences", "spans", "section", "finding"];
        Assert.All(Root.GetProperty("facts").EnumerateArray(), f => Assert.Equal(expected, f.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["a-1", "a-2", "a-3", "a-4", "a-5", "b-1", "c-1", "c-2"], Root.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public void Facts_from_paged_documents_carry_their_page_and_documents_their_source()
    {
        Assert.Equal([null, null, null, null, null, null, 1, 3], Root.GetProperty("facts").EnumerateArray()
            .Select(f => f.GetProperty("page") is { ValueKind: JsonValueKind.Number } page ? page.GetInt32() : (int?)null));
        var c = Root.GetProperty("documents")[2];
        Assert.Equal(("pdf", "编写组", "国务院新闻办公室", "https://example.org/wp/c.html?a=1&b=2", 3),
            (c.GetProperty("format").GetString(), c.GetProperty("author").GetString(), c.GetProperty("publisher").GetString(), c.GetProperty("url").GetString(), c.GetProperty("pages").GetInt32()));
        Assert.Equal([0, 5, 9], c.GetProperty("page_starts").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(JsonValueKind.Null, Root.GetProperty("documents")[0].GetProperty("page_starts").ValueKind);
    }

    [Fact]
    public void Numbers_are_normalised_json_numbers()
    {
        Assert.Contains("\"value\":74000,", Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":45.4,", Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":0.00001,", Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":19100000000000,", Text, StringComparison.Ordinal);
        Assert.Contains("\"value\":-3.5,", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("E-", Text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, FactById("a-1").GetProperty("value_high").ValueKind);
        Assert.Equal(9.7m, FactById("a-4").GetProperty("value_high").GetDecimal());
    }

    [Fact]
    public void Spans_occurrences_and_as_of_follow_the_fact()
    {
        var repeated = FactById("a-1");
        Assert.Equal(2, repeated.GetProperty("occurrences").GetInt32());
        Assert.Equal((10, 17), (repeated.GetProperty("start").GetInt32(), repeated.GetProperty("end").GetInt32()));
        Assert.Equal([900, 907], repeated.GetProperty("spans")[1].EnumerateObject().Select(p => p.Value.GetInt32()));
        Assert.Equal("2023-06-30", repeated.GetProperty("as_of").GetString());
        Assert.Equal("2013/2022", FactById("a-4").GetProperty("as_of").GetString());
        Assert.Equal(JsonValueKind.Null, FactById("a-2").GetProperty("as_of").ValueKind);
        Assert.Equal(1, FactById("a-2").GetProperty("occurrences").GetInt32());
    }

    [Fact]
    public void Each_member_names_its_finding_once_and_the_finding_lists_its_members()
    {
        Assert.Equal([1, 1, 1], new[] { "a-1", "b-1", "c-1" }.Select(id => FactById(id).GetProperty("finding").GetInt32()));
        Assert.Equal(JsonValueKind.Null, FactById("c-2").GetProperty("finding").ValueKind);
        var finding = Assert.Single(Root.GetProperty("findings").EnumerateArray());
        Assert.Equal(1, finding.GetProperty("id").GetInt32());
        Assert.Equal(["a-1", "b-1", "c-1"], finding.GetProperty("facts").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void A_finding_of_many_members_costs_one_entry_per_member()
    {
        static int Size(int members)
        {
            var facts = Enumerable.Range(0, members).Select(i => SampleTables.Fact($"f-{i}", $"d{i:D4}.txt", 100m + i)).ToList();
            var key = new FactKey(facts[0].Metric, "中欧班列·开行列数", "2023");
            var table = SampleTables.Rich() with
            {
                Facts = facts,
                Findings = [new CrossDocumentFinding(FindingKind.Conflict, key, [.. facts.Select(f => f.Id)], [.. facts.Select(f => f.Doc)])],
            };
            return FactsJsonWriter.ToBytes(table, SampleTables.Generator).Length;
        }

        // Ten times the members, ten times the bytes (give or take the fixed part), not a hundred.
        Assert.InRange(Size(1000) - Size(100), 9 * (Size(100) - Size(10)), 11 * (Size(100) - Size(10)));
    }

    [Fact]
    public void A_fact_in_two_findings_is_refused()
    {
        var table = SampleTables.Rich();
        var finding = table.Findings[0];
        Assert.Throws<ArgumentException>(() => FactsJsonWriter.ToBytes(table with { Findings = [finding, finding] }, "g"));
    }

    [Fact]
    public void Is_utf8_without_bom_with_chinese_readable()
    {
        Assert.NotEqual(0xEF, Bytes[0]);
        Assert.StartsWith("{\"schema\":", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", Text, StringComparison.Ordinal);
        Assert.Contains("中欧班列累计开行超过7.4万列", Text, StringComparison.Ordinal);
        Assert.Contains("極小值 𠀋", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Puts_each_document_fact_and_finding_on_a_line_of_its_own()
    {
        var lines = Text.TrimEnd('\n').Split('\n');
        var items = lines.Where(l => l.StartsWith('{') && l != lines[0])
            .Select(l => JsonDocument.Parse(l.TrimEnd(',')).RootElement)
            .ToList();
        var table = SampleTables.Rich();

        Assert.Equal(
            ["{\"schema\":\"beltroad-stats/facts@1\",\"generator\":\"" + SampleTables.Generator + "\",\"documents\":[", "],\"facts\":[", "],\"findings\":[", "]}"],
            lines.Where(l => !l.StartsWith('{') || l == lines[0]));
        Assert.Equal(table.Documents.Select(d => d.Name), items.Where(i => i.TryGetProperty("name", out _)).Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(table.Facts.Select(f => f.Id), items.Where(i => i.TryGetProperty("quote", out _)).Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(table.Findings.Count, items.Count(i => i.TryGetProperty("kind", out _)));
        Assert.Equal(table.Documents.Count + table.Facts.Count + table.Findings.Count, items.Count);
    }

    [Fact]
    public void Cannot_close_an_html_script_element_yet_keeps_the_text()
    {
        Assert.DoesNotContain("<", Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", Text, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", Text, StringComparison.Ordinal);
        Assert.Equal("比重为45.4%，\"较\"上年, 提高\r\n</script><b>&", FactById("a-2").GetProperty("quote").GetString());
    }

    [Fact]
    public void Line_separators_are_escaped_for_old_javascript_parsers()
    {
        var table = SampleTables.Rich() with { Facts = [SampleTables.Fact("x", "a.txt", 1m, quote: "a\u2028b\u2029c")], Findings = [] };
        var text = Encoding.UTF8.GetString(FactsJsonWriter.ToBytes(table, SampleTables.Generator));
        Assert.Contains("a\\u2028b\\u2029c", text, StringComparison.Ordinal);
        Assert.Equal("a\u2028b\u2029c", JsonDocument.Parse(text).RootElement.GetProperty("facts")[0].GetProperty("quote").GetString());
    }

    [Theory]
    [InlineData("C:\\dir\\uD840\\uDC0B", "C:\\dir\\uD840\\uDC0B")]
    [InlineData("\\\"\\u0041", "\\\"\\u0041")]
    public void Backslashes_and_odd_text_survive_the_final_pass(string quote, string expected)
    {
        var table = SampleTables.Rich() with { Facts = [SampleTables.Fact("x", "a.txt", 1m, quote: quote)], Findings = [] };
        var back = FactsJsonReader.Read(new MemoryStream(FactsJsonWriter.ToBytes(table, SampleTables.Generator)));
        Assert.Equal(expected, back.Facts[0].Quote);
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_not_invalid_utf8()
    {
        // Built in code: xunit's theory data would mangle a lone surrogate before the test saw it.
        var quote = "lone " + (char)0xD840 + " high";
        var table = SampleTables.Rich() with { Facts = [SampleTables.Fact("x", "a.txt", 1m, quote: quote)], Findings = [] };
        var back = FactsJsonReader.Read(new MemoryStream(FactsJsonWriter.ToBytes(table, SampleTables.Generator)));
        Assert.Equal("lone \uFFFD high", back.Facts[0].Quote);
    }

    [Fact]
    public void Two_facts_with_one_id_are_refused()
    {
        var table = SampleTables.Rich();
        Assert.Throws<ArgumentException>(() => FactsJsonWriter.ToBytes(table with { Facts = [.. table.Facts, table.Facts[0]] }, "g"));
    }

    [Fact]
    public void A_finding_naming_a_missing_fact_is_refused() =>
        Assert.Throws<ArgumentException>(() => FactsJsonWriter.ToBytes(
            SampleTables.Rich() with { Findings = [new CrossDocumentFinding(FindingKind.Conflict, default, ["nope"], [])] }, "g"));
}
