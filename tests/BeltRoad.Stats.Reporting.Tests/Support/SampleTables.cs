using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>Fact tables used across the tests: one like the seeds, and one written from other paragraphs.</summary>
internal static class SampleTables
{
    public const string Paper = "a_white_paper.txt";
    public const string Forum = "b_forum_statement.txt";
    public const string Hostile = "c_hostile.txt";

    /// <summary>Figures of the kind the Belt and Road documents state, in three documents, one with markup in it.</summary>
    public static FactBuilder Corpus() => new FactBuilder()
        .Document(Paper, "共建“一带一路”：构建人类命运共同体的重大实践", "2023-10")
        .Document(Forum, "第三屆“一帶一路”國際合作高峰論壇主席聲明", "2023-10-18", DocumentLanguage.ZhHant)
        .Document(Hostile, "<script>alert('title')</script> Report", "2023-09", DocumentLanguage.En)
        .Fact(Paper, "trade_volume", "中国与共建国家进出口总额", 19_100_000_000_000m, Unit.USD, "2013/2022", Qualifier.Exact, "2013—2022年，中国与共建国家进出口总额累计19.1万亿美元，年均增长6.4%。")
        .Meaning("中国", "进出口总额")
        .Fact(Paper, "trade_volume", "中国与共建国家货物贸易额", 2_070_000_000_000m, Unit.USD, "2022")
        .Meaning("中国", "货物贸易额", Nature.Actual, Aggregation.PeriodTotal)
        .Fact(Paper, "trade_volume", "中国与东盟贸易额", 6_980_000_000_000m, Unit.CNY, "2022")
        .Meaning("东盟", "货物贸易额", Nature.Actual, Aggregation.PeriodTotal)
        .Fact(Paper, "investment", "中国与共建国家双向投资累计", 380_000_000_000m, Unit.USD, "2013/2022", Qualifier.MoreThan)
        .Meaning("中国", "双向投资")
        .Fact(Paper, "loan_or_financing", "丝路基金承诺投资", 22_000_000_000m, Unit.USD, "2023-06")
        .Meaning("丝路基金", "承诺投资额")
        .Fact(Forum, "loan_or_financing", "国家开发银行设立融资窗口", 350_000_000_000m, Unit.CNY, "2023-10")
        .Meaning("国家开发银行", "融资窗口规模", Nature.Pledge)
        .Fact(Forum, "loan_or_financing", "中国进出口银行设立融资窗口", 350_000_000_000m, Unit.CNY, "2023-10")
        .Meaning("中国进出口银行", "融资窗口规模", Nature.Pledge)
        .Fact(Forum, "loan_or_financing", "丝路基金新增资金", 80_000_000_000m, Unit.CNY, "2023-10")
        .Meaning("丝路基金", "新增资金", Nature.Pledge)
        .Fact(Paper, "train_count", "中欧班列累计开行", 74_000m, Unit.Trains, "2023-06-30", Qualifier.MoreThan, "截至2023年6月底，中欧班列累计开行7.4万列，通达欧洲25个国家的200多个城市。")
        .Meaning("中欧班列", "开行列数")
        .Fact(Forum, "train_count", "中欧班列累计开行", 74_000m, Unit.Trains, "2023-06-30", Qualifier.MoreThan)
        .Meaning("中欧班列", "开行列数")
        .Fact(Paper, "train_count", "中欧班列累计开行", 65_000m, Unit.Trains, "2022-12-31")
        .Meaning("中欧班列", "开行列数")
        .Fact(Hostile, "train_count", "中欧班列累计开行", 50_000m, Unit.Trains, "2021-12-31", Qualifier.Approx, "Trains </script><script>alert(2)</script> ran about 50,000 times.")
        .Meaning("中欧班列", "开行列数")
        .Fact(Paper, "teu", "中欧班列运送货物", 7_000_000m, Unit.TEU, "2023-06-30", Qualifier.MoreThan)
        .Meaning("中欧班列", "发送标箱")
        .Fact(Paper, "count_countries", "签署共建“一带一路”合作文件的国家", 150m, Unit.Countries, "2023-06", Qualifier.MoreThan, occurrences: 3)
        .Meaning("一带一路", "签署合作文件的国家数")
        .Fact(Forum, "count_countries", "签署共建“一带一路”合作文件的国家", 152m, Unit.Countries, "2023-06")
        .Meaning("一带一路", "签署合作文件的国家数")
        .Fact(Paper, "count_agreements", "合作文件", 200m, Unit.Documents, "2023-06", Qualifier.MoreThan)
        .Meaning("一带一路", "合作文件数")
        .Fact(Paper, "percentage", "共建国家占中国外贸比重", 46.5m, Unit.Percent, "2022")
        .Meaning("中国", "进出口总额占中国外贸总值比重", Nature.Actual, Aggregation.Share)
        .Fact(Paper, "growth_rate", "进出口总额年均增长", 6.4m, Unit.Percent, "2013/2022")
        .Meaning("中国", "进出口总额年均增长率", Nature.Actual, Aggregation.PerYear)
        .Fact(Forum, "growth_rate", "中东欧国家贸易增幅", 2.8m, Unit.Percent, "2023", Qualifier.Range, high: 9.7m)
        .Meaning("中东欧国家", "贸易额同比增长率", Nature.Forecast, Aggregation.Change)
        .Finding(FindingKind.Corroborated, "train_count", "中欧班列累计开行")
        .Finding(FindingKind.Conflict, "count_countries", "签署共建“一带一路”合作文件的国家")
        .Skipped(Paper, "数十个国家", "vague")
        .Skipped(Forum, "第三屆", "ordinal");

    /// <summary>
    /// Paragraphs written for this test, not from the seeds, and the facts they state:
    /// 「2021年，北港集团集装箱吞吐量达到310万标箱；2022年达到365万标箱；2023年近420万标箱。南港集团2023年吞吐量为128万标箱。」
    /// 「滨海绿色能源基金向12个项目提供贷款47亿欧元，另以人民币发放贷款63亿元；北港开发银行提供贷款18亿欧元、人民币贷款25亿元。」
    /// </summary>
    public static FactBuilder OtherDocuments() => new FactBuilder()
        .Document("ports.txt", "北港集团年度运营通报", "2024-02")
        .Document("fund.txt", "滨海绿色能源基金简报", "2024-01-15")
        .Fact("ports.txt", "teu", "北港集团集装箱吞吐量", 3_100_000m, Unit.TEU, "2021")
        .Meaning("北港集团", "集装箱吞吐量", Nature.Actual, Aggregation.PeriodTotal)
        .Fact("ports.txt", "teu", "北港集团集装箱吞吐量", 3_650_000m, Unit.TEU, "2022")
        .Meaning("北港集团", "集装箱吞吐量", Nature.Actual, Aggregation.PeriodTotal)
        .Fact("ports.txt", "teu", "北港集团集装箱吞吐量", 4_200_000m, Unit.TEU, "2023", Qualifier.Nearly)
        .Meaning("北港集团", "集装箱吞吐量", Nature.Actual, Aggregation.PeriodTotal)
        .Fact("ports.txt", "teu", "南港集团集装箱吞吐量", 1_280_000m, Unit.TEU, "2023")
        .Meaning("南港集团", "集装箱吞吐量", Nature.Actual, Aggregation.PeriodTotal)
        .Fact("fund.txt", "loan_or_financing", "滨海绿色能源基金贷款（欧元）", 4_700_000_000m, Unit.EUR, "2024-01")
        .Meaning("滨海绿色能源基金", "贷款额")
        .Fact("fund.txt", "loan_or_financing", "滨海绿色能源基金贷款（人民币）", 6_300_000_000m, Unit.CNY, "2024-01")
        .Meaning("滨海绿色能源基金", "贷款额")
        .Fact("fund.txt", "loan_or_financing", "北港开发银行贷款（欧元）", 1_800_000_000m, Unit.EUR, "2024-01")
        .Meaning("北港开发银行", "贷款额")
        .Fact("fund.txt", "loan_or_financing", "北港开发银行贷款（人民币）", 2_500_000_000m, Unit.CNY, "2024-01")
        .Meaning("北港开发银行", "贷款额")
        .Fact("fund.txt", "count_projects", "获得贷款的项目", 12m, Unit.Projects, "2024-01")
        .Meaning("滨海绿色能源基金", "贷款项目数");

    /// <summary>
    /// For the chart viewer: facts with entities, indicators and natures, a series stated by three documents, and money
    /// in yuan and in dollars. The AIIB's figures name it only in simplified Chinese, so 亞投行 and AIIB find them
    /// through the catalogue's aliases alone. Sentences written for this test.
    /// </summary>
    public static FactBuilder Viewer() => new FactBuilder()
        .Document(Paper, "合作进展年度报告", "2023-10")
        .Document(Forum, "論壇成果清單", "2023-10-18", DocumentLanguage.ZhHant)
        .Document("c_bank.txt", "Bank annual review", "2023-09", DocumentLanguage.En)
        .Fact(Paper, "train_count", "中欧班列累计开行", 74_000m, Unit.Trains, "2023-06-30", Qualifier.MoreThan, "截至2023年6月底，中欧班列累计开行超过7.4万列。").Meaning("中欧班列", "累计开行列数")
        .Fact(Forum, "train_count", "中欧班列累计开行", 65_000m, Unit.Trains, "2022-12-31", quote: "至2022年底，中歐班列累計開行6.5萬列。").Meaning("中欧班列", "累计开行列数")
        .Fact("c_bank.txt", "train_count", "中欧班列累计开行", 50_000m, Unit.Trains, "2021-12-31", Qualifier.Approx, "By the end of 2021 about 50,000 China-Europe trains had run.").Meaning("中欧班列", "累计开行列数")
        .Fact(Paper, "investment", "批准投资", 43_600_000_000m, Unit.USD, "2023-06-30", quote: "该行已批准项目投资436亿美元。").Meaning("亚投行", "批准投资额")
        .Fact(Forum, "count_countries", "成员", 109m, Unit.Countries, "2023-09", quote: "該行成員已達109個。").Meaning("亚投行", "成员数")
        .Fact(Paper, "trade_volume", "中国与共建国家进出口总额", 19_100_000_000_000m, Unit.USD, "2013/2022", quote: "2013—2022年，进出口总额累计19.1万亿美元。").Meaning("中国", "与共建国家进出口总额")
        .Fact(Paper, "trade_volume", "中国与东盟贸易额", 6_980_000_000_000m, Unit.CNY, "2022", quote: "2022年，与东盟贸易额6.98万亿元。").Meaning("中国", "与东盟贸易额")
        .Fact(Paper, "investment", "双向投资累计", 380_000_000_000m, Unit.USD, "2013/2022", Qualifier.MoreThan, "双向投资累计超过3800亿美元。").Meaning("中国", "与共建国家双向投资额")
        .Fact(Forum, "loan_or_financing", "国家开发银行设立融资窗口", 350_000_000_000m, Unit.CNY, "2023-10", quote: "國家開發銀行將設立3500億元融資窗口。").Meaning("国家开发银行", "融资窗口", Nature.Pledge)
        .Fact(Forum, "loan_or_financing", "中国进出口银行设立融资窗口", 350_000_000_000m, Unit.CNY, "2023-10", quote: "中國進出口銀行將設立3500億元融資窗口。").Meaning("中国进出口银行", "融资窗口", Nature.Pledge)
        .Fact(Forum, "loan_or_financing", "丝路基金新增资金", 80_000_000_000m, Unit.CNY, "2023-10", quote: "絲路基金新增資金800億元。").Meaning("丝路基金", "新增资金", Nature.Pledge)
        .Fact(Paper, "loan_or_financing", "丝路基金承诺投资", 22_000_000_000m, Unit.USD, "2023-06", quote: "丝路基金承诺投资220亿美元。").Meaning("丝路基金", "承诺投资额");
}
