using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Meaning;
using BeltRoad.Stats.Extraction.Metrics;

namespace BeltRoad.Stats.Extraction.Tests;

public class MetricClassifierTests
{
    private static readonly MetricClassifier Classifier = new(MetricCatalog.Default);

    // sentence with the figure marked by [ ], unit, expected metric
    [Theory]
    [InlineData("中国进出口银行“一带一路”贷款余额达[2.2万亿元]", "CNY", "loan_or_financing")]
    [InlineData("贷款项目累计拉动投资[4000多亿美元]", "USD", "investment")]
    [InlineData("中国与共建国家进出口总额累计[19.1万亿美元]", "USD", "trade_volume")]
    [InlineData("企业家大会达成了[972亿美元]的项目合作协议", "USD", "contract_value")]
    [InlineData("国家开发银行、中国进出口银行将各设立[3500亿元人民币]融资窗口", "CNY", "loan_or_financing")]
    [InlineData("某基金向项目捐赠[5亿元]", "CNY", "other_amount")]
    [InlineData("中国与共建国家进出口总额年均增长[6.4%]", "percent", "growth_rate")]
    [InlineData("占同期中国外贸总值的[45.4%]", "percent", "percentage")]
    [InlineData("较2013年提高了[6.2个百分点]", "percentage_points", "percentage")]
    [InlineData("签署了[200多份]共建“一带一路”合作文件", "documents", "count_agreements")]
    [InlineData("中央企业出台重点领域合规指南[868件]", "documents", "count_other")]
    [InlineData("中老铁路累计发送旅客[2079万人次]", "person_times", "passengers")]
    [InlineData("累计培训技术和管理人员[1.6万余人次]", "person_times", "count_other")]
    [InlineData("中欧班列累计开行[7.4万列]", "trains", "train_count")]
    [InlineData("与[104个]共建国家签署双边航空运输协定", "countries", "count_countries")]
    [InlineData("Trade between China and partner countries reached [US$2.9 trillion]", "USD", "trade_volume")]
    public void Picks_the_metric_whose_cue_stands_nearest(string marked, string unit, string expected)
    {
        var start = marked.IndexOf('[', StringComparison.Ordinal);
        var text = marked.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        var end = marked.IndexOf(']', StringComparison.Ordinal) - 1;

        var metric = Classifier.Classify(UnitCodes.Parse(unit), text, start, end, 0, text.Length);

        Assert.Equal(expected, metric.Code.Value);
    }

    [Fact]
    public void A_user_catalogue_adds_a_metric_without_recompiling()
    {
        const string overlay = """
            { "metrics": [ { "code": "aid_amount", "label_zh": "援助金额", "label_en": "Aid", "group": "finance", "priority": 9,
                             "units": ["CNY", "USD"], "cues": ["援助", "捐赠"] } ] }
            """;
        var catalog = MetricCatalog.Default.Extend(overlay, "test overlay");
        var metric = new MetricClassifier(catalog).Classify(Unit.CNY, "某基金向项目捐赠5亿元", 8, 11, 0, 11);
        Assert.Equal("aid_amount", metric.Code.Value);
        Assert.NotNull(catalog.Find(new MetricCode("trade_volume")));
    }

    [Fact]
    public void A_malformed_catalogue_is_refused_with_its_name()
    {
        var e = Assert.Throws<FormatException>(() => MetricCatalog.Default.Extend("{ \"metrics\": [ { \"code\": \"Bad Code\" } ] }", "my.json"));
        Assert.Contains("my.json", e.Message);
    }
}
