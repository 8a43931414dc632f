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
    public void Two_dated_rates_of_one_value_are_two_facts_though_both_are_the_row_growth_rate()
    {
        var rates = Documents.Facts("2024年，我国对共建国家出口增长5.2%，进口增长5.2%。").Where(f => f.Value == 5.2m).ToList();

        Assert.Equal(2, rates.Count);
        Assert.All(rates, r => Assert.Equal("增长率", r.Indicator));
    }

    [Fact]
    public void A_rate_in_a_title_restated_in_the_body_is_one_fact()
    {
        const string text = "今年前5个月中欧班列开行7000列 同比增长12%\n\n2024年1至5月，中欧班列共开行7000列，发送货物75万标箱，同比分别增长12%、15%。";

        Assert.True(PeriodPoint.TryParse("2024-06-03", out var date));
        Assert.Single(Documents.Facts(text, date), f => f.Value == 12m);
    }

    [Fact]
    public void A_figure_running_past_a_line_left_unjoined_is_one_fact_in_one_sentence()
    {
        // A narrow PDF column: the short line before the break stays a line of its own, the figure goes on after it.
        const string text = "作为中印尼共建“一带一路”\n的旗舰项目,时速\n350 公里的雅万高铁开通运行。";

        var speed = Documents.Single(text, 350m);

        Assert.Equal(Unit.KmPerHour, speed.Unit);
    }

    [Fact]
    public void A_decline_is_a_negative_growth_rate_but_a_lowered_cost_stays_a_positive_share()
    {
        var decline = Documents.Single("进口8.74万亿元，下降1.9%。", -1.9m);
        Assert.Equal("growth_rate", decline.Metric.Value);
        var lowered = Documents.Single("基础设施建设就可使全球贸易成本降低1.8%。", 1.8m);
        Assert.Equal("percentage", lowered.Metric.Value);
    }

    [Theory]
    [InlineData("论坛期间举行三场高级别论坛。", 3, "场")]
    [InlineData("論壇期間還舉行六場專題論壇。", 6, "场")]
    [InlineData("中国在44个国家设立46家海外中国文化中心。", 46, "家")]
    [InlineData("中国与28个国家和地区签署协定。", 28, null)]
    public void A_count_keeps_its_measure_word_but_not_the_generic_one(string text, int value, string? measure) =>
        Assert.Equal(measure, Documents.Single(text, value).Measure);

    // Names of the recognizer's table state no number, so they are not listed among the skipped figures; a number
    // judged by its context to be numbering or part of a name still is, so that judgement can be checked.
    [Theory]
    [InlineData("共建“一带一路”倡议提出以来，华龙一号和5G合作取得进展。", "")]
    [InlineData("一、中欧班列开行情况", "一:label")]
    [InlineData("專欄 3 中歐班列", "專欄 3:label")]
    [InlineData("In 2023, Belt and Road partners held about a dozen meetings.", "about a dozen:no_unit")]
    public void Names_are_not_skipped_figures_but_numbers_judged_to_be_labels_are(string text, string skipped)
    {
        var extraction = new FactExtractor(MetricCatalog.Default).Extract(Documents.Of("doc.txt", text));
        Assert.Equal(skipped, string.Join(" | ", extraction.Skipped.Select(s => $"{s.Text}:{s.Reason}")));
    }

    [Fact]
    public void Coordinated_counts_share_the_predicate_after_the_last_of_them()
    {
        var facts = Documents.Facts("截至2023年底，中国已与152个国家和32个国际组织签署了200余份合作文件。");
        Assert.Equal("中国已与…签署了合作文件的国家", facts.Single(f => f.Value == 152).Subject);
        Assert.Equal("count_agreements", facts.Single(f => f.Value == 200).Metric.Value);
    }

    [Fact]
    public void A_share_stated_in_english_is_a_percentage_not_a_growth_rate()
    {
        var facts = Documents.Facts("In 2023, trade totaled 19.47 trillion yuan, up 2.8 percent year-on-year, and accounted for 46.6 percent of total foreign trade.");
        Assert.Equal("growth_rate", facts.Single(f => f.Value == 2.8m).Metric.Value);
        Assert.Equal("percentage", facts.Single(f => f.Value == 46.6m).Metric.Value);
    }

    [Fact]
    public void A_list_item_borrows_the_words_before_the_list_as_its_subject()
    {
        var facts = Documents.Facts("中国货物贸易、服务贸易进出口额有望累计超过32万亿美元、5万亿美元。");
        Assert.All(facts, f => Assert.Contains("进出口额", f.Subject, StringComparison.Ordinal));
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
    public void A_document_that_cannot_be_processed_is_a_named_failure_and_the_others_go_on()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        var load = new Loading.LoadResult([Documents.Of("good.txt", "中欧班列累计开行7.4万列。"), Documents.Of("bad.txt", "任何内容")], []);
        var builder = new FactTableBuilder(d => d.Info.Name == "bad.txt" ? throw new InvalidOperationException("broken table") : extractor.Extract(d));

        var table = builder.Build(load);

        Assert.Equal(["good.txt"], table.Documents.Select(d => d.Name));
        Assert.Single(table.Facts);
        var failure = Assert.Single(table.Issues);
        Assert.Equal((Severity.Failure, "bad.txt"), (failure.Severity, failure.Doc));
        Assert.Contains("broken table", failure.Message, StringComparison.Ordinal);
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

    [Fact]
    public void Documents_worded_differently_corroborate_the_same_series()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        var a = extractor.Extract(Documents.Of("a.txt", "十年來，120多個國家和中國簽署“一帶一路”合作文件。", PeriodPoint.OfDay(2023, 10, 18)));
        var b = extractor.Extract(Documents.Of("b.txt", "截至2023年6月底，中国与五大洲的120多个国家签署了共建“一带一路”合作文件。"));
        var dates = new Dictionary<string, PeriodPoint?> { ["a.txt"] = PeriodPoint.OfDay(2023, 10, 18), ["b.txt"] = null };

        var finding = Assert.Single(CrossDocumentMatcher.Match([.. a.Facts, .. b.Facts], dates));

        Assert.Equal((FindingKind.Corroborated, 2), (finding.Kind, finding.Documents.Count));
        Assert.Equal("一带一路·签署合作文件的国家数", finding.Key.Subject);
    }

    [Fact]
    public void Facts_match_by_the_as_of_their_text_shows_whatever_fields_its_precision_leaves_out()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        var a = extractor.Extract(Documents.Of("a.txt", "截至2023年6月底，中欧班列累计开行7.4万列。")).Facts.Single();
        var b = extractor.Extract(Documents.Of("b.txt", "截至2023年6月底，中欧班列累计开行7.5万列。")).Facts.Single();
        // The same month written with another day: both read 2023-06, so the two documents conflict; another month does not.
        var sameMonth = Period.AsOf(new PeriodPoint(2023, 6, 1, DatePrecision.Month));
        var otherDay = Period.AsOf(new PeriodPoint(2023, 6, 17, DatePrecision.Month));
        var otherMonth = Period.AsOf(new PeriodPoint(2023, 7, 1, DatePrecision.Month));

        var finding = Assert.Single(CrossDocumentMatcher.Match([a with { AsOf = sameMonth }, b with { AsOf = otherDay }]));
        Assert.Equal((FindingKind.Conflict, "2023-06"), (finding.Kind, finding.Key.AsOf));
        Assert.Empty(CrossDocumentMatcher.Match([a with { AsOf = sameMonth }, b with { AsOf = otherMonth }]));
    }

    [Fact]
    public void Levels_of_one_year_that_differ_are_not_a_conflict_unless_stated_for_the_same_date()
    {
        var extractor = new FactExtractor(MetricCatalog.Default);
        var a = extractor.Extract(Documents.Of("a.txt", "截至2023年6月底，中欧班列累计开行7.4万列。"));
        var b = extractor.Extract(Documents.Of("b.txt", "截至2023年12月底，中欧班列累计开行8.2万列。"));

        Assert.Empty(CrossDocumentMatcher.Match([.. a.Facts, .. b.Facts]));
    }

    [Fact]
    public void A_category_threshold_is_not_a_fact_but_the_count_of_the_category_is()
    {
        var facts = Documents.Facts("单个项目投资额5000万美元以上的项目达到120个。");

        Assert.Equal([120m], facts.Select(f => f.Value));
    }

    [Fact]
    public void English_trips_count_trains_and_loans_count_items()
    {
        var facts = Documents.Facts("China-Europe freight trains made 8,641 trips in the first half of 2023, and the bank signed 12 loans.");

        Assert.Equal(Unit.Trains, facts.Single(f => f.Value == 8641).Unit);
        Assert.Equal(Unit.Items, facts.Single(f => f.Value == 12).Unit);
    }

    [Fact]
    public void A_user_entity_catalogue_names_actors_the_built_in_one_does_not_know()
    {
        const string text = "截至2023年底，岚山港务集团累计完成投资12亿元。";
        const string english = "The Lanshan Port Group signed 3 agreements in 2023.";
        var overlay = Meaning.EntityCatalog.WithOverlay(
            """{ "entities": [ { "name": "岚山港务集团", "kind": "enterprises", "aliases": ["嵐山港務集團", "Lanshan Port Group"] } ] }""", "my-entities.json");

        var builtIn = new FactExtractor(MetricCatalog.Default).Extract(Documents.Of("a.txt", text)).Facts;
        var extended = new FactExtractor(MetricCatalog.Default, overlay).Extract(Documents.Of("a.txt", text)).Facts;

        Assert.NotEqual("岚山港务集团", builtIn.Single(f => f.Value == 1200000000).Entity);
        Assert.Equal("岚山港务集团", extended.Single(f => f.Value == 1200000000).Entity);
        var inEnglish = new FactExtractor(MetricCatalog.Default, overlay).Extract(Documents.Of("b.txt", english)).Facts;
        Assert.Equal("岚山港务集团", inEnglish.Single(f => f.Value == 3).Entity);
    }

    [Fact]
    public void A_user_entity_catalogue_also_keeps_its_names_out_of_the_indicator()
    {
        const string text = "截至2023年底，嵐山港務集團新開通集裝箱航線12條。";
        var overlay = Meaning.EntityCatalog.WithOverlay(
            """{ "entities": [ { "name": "岚山港务集团", "kind": "enterprises", "aliases": ["嵐山港務集團", "Lanshan Port Group"] } ] }""", "my-entities.json");

        var fact = new FactExtractor(MetricCatalog.Default, overlay).Extract(Documents.Of("a.txt", text)).Facts.Single(f => f.Value == 12);

        Assert.Equal("岚山港务集团", fact.Entity);
        Assert.Equal("新开通集装箱航线条数", fact.Indicator);
    }

    [Fact]
    public void A_malformed_entity_catalogue_is_refused_with_its_name()
    {
        var e = Assert.Throws<FormatException>(() => Meaning.EntityCatalog.WithOverlay("""{ "entities": [ { "name": "", "aliases": [] } ] }""", "bad.json"));
        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
    }
}
