using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests;

public class FactBuildingTests
{
    [Fact]
    public void A_fact_carries_value_unit_qualifier_metric_subject_and_an_exact_span()
    {
        const string text = "截至2023年6月底，中欧班列累计开行 7.4 万列，运输近 700 万标箱。";
        var facts = Documents.Facts(text);

        var trains = facts.Single(f => f.Unit == Unit.Trains);
        Assert.Equal((74000m, Qualifier.Exact, "train_count"), (trains.Value, trains.Qualifier, trains.Metric.Value));
        Assert.Equal("中欧班列累计开行", trains.Subject);
        Assert.Contains("7.4 万列", text[trains.Span.Start..trains.Span.End], StringComparison.Ordinal);

        var teu = facts.Single(f => f.Unit == Unit.TEU);
        Assert.Equal((7000000m, Qualifier.Nearly, "teu"), (teu.Value, teu.Qualifier, teu.Metric.Value));
    }

    [Fact]
    public void Each_figure_of_a_sentence_is_its_own_fact()
    {
        var facts = Documents.Facts("中国与28个国家和地区签署21个自贸协定。");
        Assert.Equal([("count_countries", 28m), ("count_agreements", 21m)], facts.Select(f => (f.Metric.Value, f.Value)));
    }

    [Fact]
    public void Ordinals_names_dates_vague_quantities_and_articles_are_not_facts()
    {
        var facts = Documents.Facts("第三届“一带一路”国际合作高峰论坛于2023年10月举行，数百万人关注，形成了一个新平台，K2、K3机组和5G网络投入使用。");
        Assert.Empty(facts);
    }

    [Fact]
    public void A_repeated_paragraph_is_one_fact_with_both_spans()
    {
        const string paragraph = "企業家大會達成了972億美元的項目合作協議。";
        var text = paragraph + "\n\n其他內容。\n\n" + paragraph;
        var fact = Assert.Single(Documents.Facts(text));
        Assert.Equal(2, fact.Occurrences.Count);
        Assert.All(fact.Occurrences, s => Assert.Contains("972", text[s.Start..s.End], StringComparison.Ordinal));
        Assert.Equal("contract_value", fact.Metric.Value);
    }

    [Fact]
    public void Traditional_text_gets_a_simplified_subject()
    {
        var fact = Documents.Single("中國進出口銀行將各設立3500億元人民幣融資窗口。", 350000000000);
        Assert.Equal((Unit.CNY, "loan_or_financing"), (fact.Unit, fact.Metric.Value));
        Assert.DoesNotContain("國", fact.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_that_agree_are_corroborated_and_documents_that_differ_conflict()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        var a = extractor.Extract(Documents.Of("a.txt", "截至2023年6月底，中欧班列累计开行7.4万列。"));
        var b = extractor.Extract(Documents.Of("b.txt", "截至2023年6月底，中欧班列累计开行7.4万列。"));
        var c = extractor.Extract(Documents.Of("c.txt", "截至2023年6月底，中欧班列累计开行7.5万列。"));

        var agree = Assert.Single(CrossDocumentMatcher.Match([.. a.Facts, .. b.Facts]));
        Assert.Equal((FindingKind.Corroborated, 2), (agree.Kind, agree.Documents.Count));

        var conflict = Assert.Single(CrossDocumentMatcher.Match([.. a.Facts, .. b.Facts, .. c.Facts]));
        Assert.Equal((FindingKind.Conflict, 3), (conflict.Kind, conflict.Documents.Count));
    }
}
