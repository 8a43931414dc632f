namespace BeltRoad.Stats.Charts.Tests;

/// <summary>Charts like the digest draws, with figures of the kind the seeds state; shared by rendering tests and the gallery.</summary>
internal static class SampleCharts
{
    public static ChartSpec TradeBars() =>
        ChartSpec.Bar(
            "中国与共建“一带一路”国家进出口总额",
            ["2013年", "2018年", "2020年", "2022年", "2023年"],
            [1_040_000_000_000m, 1_300_000_000_000m, 1_350_000_000_000m, 2_070_000_000_000m, 1_940_000_000_000m],
            ValueFormat.Chinese("美元")) with
        {
            Subtitle = "按年度，货物贸易",
            SourceNote = "来源：《共建“一带一路”：构建人类命运共同体的重大实践》白皮书，2023年10月",
        };

    public static ChartSpec LoansByInstitution() =>
        ChartSpec.HorizontalBar(
            "金融机构为共建“一带一路”项目提供的融资（人民币）",
            ["国家开发银行", "中国进出口银行", "丝路基金", "中国—中东欧国家投资合作基金（二期）与中国—欧亚经济合作基金", "多边开发融资合作中心"],
            [3_500_000_000m * 100, 350_000_000_000m, 80_000_000_000m, 12_500_000_000m, 900_000_000m],
            ValueFormat.Chinese("元")) with
        {
            SourceNote = "来源：第三届“一带一路”国际合作高峰论坛成果清单",
        };

    public static ChartSpec TrainsOverTime() =>
        ChartSpec.TimeSeries(
            "中欧班列年开行量",
            [new(2013, 12, 31), new(2016, 12, 31), new(2018, 12, 31), new(2020, 12, 31), new(2021, 12, 31), new(2022, 12, 31), new(2023, 6, 30)],
            ["2013年", "2016年", "2018年", "2020年", "2021年", "2022年", "2023年6月"],
            [ChartSeries.Of("开行列数", 80m, 1702m, 6363m, 12406m, 15183m, 16562m, 8641m)],
            ValueFormat.Chinese("列")) with
        {
            SourceNote = "来源：国家发展改革委；2023年为上半年数据",
        };

    public static ChartSpec TradeGrouped() =>
        ChartSpec.GroupedBar(
            "共建国家贸易：进口与出口",
            ["东南亚", "西亚北非", "中亚", "中东欧", "南亚"],
            [
                ChartSeries.Of("2022年出口", 567_000_000_000m, 280_000_000_000m, 45_000_000_000m, 120_000_000_000m, 190_000_000_000m),
                ChartSeries.Of("2022年进口", 408_000_000_000m, 310_000_000_000m, 25_000_000_000m, 48_000_000_000m, 40_000_000_000m),
                ChartSeries.Of("2023年出口", 523_000_000_000m, 290_000_000_000m, 61_000_000_000m, 116_000_000_000m, 205_000_000_000m),
            ],
            ValueFormat.Chinese("美元")) with
        {
            SourceNote = "来源：海关总署",
        };

    public static ChartSpec SharePercent() =>
        ChartSpec.Bar(
            "共建国家在中国外贸中的占比",
            ["2013年", "2019年", "2022年", "2023年"],
            [39.2m, 42.4m, 45.4m, 46.6m],
            ValueFormat.Percent);

    public static ChartSpec EnglishTrade() =>
        ChartSpec.Line(
            "Trade with Belt and Road partner countries",
            ["2019", "2020", "2021", "2022", "2023"],
            [
                ChartSeries.Of("Exports", 720_000_000_000m, 750_000_000_000m, 980_000_000_000m, 1_150_000_000_000m, 1_080_000_000_000m),
                ChartSeries.Of("Imports", 560_000_000_000m, 600_000_000_000m, 780_000_000_000m, 920_000_000_000m, 860_000_000_000m),
            ],
            ValueFormat.English("USD")) with
        {
            SourceNote = "Source: white paper, October 2023",
        };

    public static ChartSpec GrowthWithNegatives() =>
        ChartSpec.Bar("各区域投资同比增长", ["东南亚", "西亚", "中亚", "非洲", "拉美"], [12.5m, -8.3m, 24m, -15.75m, 3m], ValueFormat.Percent);

    public static ChartSpec SingleValue() =>
        ChartSpec.Bar("签署合作文件的国家", ["共建国家"], [150m], ValueFormat.Chinese("个国家"));

    public static ChartSpec AllZero() =>
        ChartSpec.Bar("尚无数据的指标", ["甲", "乙", "丙"], [0m, 0m, 0m], ValueFormat.Chinese("个"));

    public static ChartSpec ManyCategories()
    {
        var names = new[] { "哈萨克斯坦", "乌兹别克斯坦", "巴基斯坦", "印度尼西亚", "马来西亚", "埃塞俄比亚", "肯尼亚", "塞尔维亚", "匈牙利", "老挝", "柬埔寨", "孟加拉国", "斯里兰卡", "阿拉伯联合酋长国" };
        return ChartSpec.Bar(
            "各国签署的合作项目数量（按国家，含已完工与在建项目，截至2023年年底的统计口径）",
            names,
            names.Select((_, i) => (decimal)(((i * 37) % 90) + 5)).ToList(),
            ValueFormat.Chinese("个"));
    }

    public static ChartSpec ManyHorizontal()
    {
        var names = Enumerable.Range(1, 16).Select(i => $"第{i}个共建国家的基础设施合作项目名称较长").ToList();
        return ChartSpec.HorizontalBar("项目投资额", names, names.Select((_, i) => (decimal)(1_000_000_000L * (i + 1) * (i + 1))).ToList(), ValueFormat.Chinese("美元"));
    }

    public static ChartSpec GroupedFew() =>
        ChartSpec.GroupedBar(
            "中欧班列与西部陆海新通道",
            ["2022年", "2023年"],
            [ChartSeries.Of("中欧班列（列）", 16562m, 17523m), ChartSeries.Of("西部陆海新通道（列）", 8800m, 9580m)],
            ValueFormat.Chinese("列"));

    public static ChartSpec Empty() => ChartSpec.Bar("没有数据", [], [], ValueFormat.Chinese());

    public static ChartSpec LineWithGap() =>
        ChartSpec.Line(
            "集装箱吞吐量",
            ["2019年", "2020年", "2021年", "2022年", "2023年"],
            [ChartSeries.Of("比雷埃夫斯港", 565m, 543m, 531m, 503m, 510m) with { Values = [5_650_000m, 5_430_000m, null, 5_030_000m, 5_100_000m] }],
            ValueFormat.Chinese("标箱"));

    public static ChartSpec AdversarialText() =>
        ChartSpec.Bar("<script>alert('x')</script> & \"引号\"\u0001", ["a<b", "c&d", "\"e\""], [1m, 2m, 3m], ValueFormat.Chinese("<个>")) with
        {
            SourceNote = "来源：</svg><svg onload=alert(1)>",
        };

    public static ChartSpec HorizontalNegative() =>
        ChartSpec.HorizontalBar("对共建国家非金融类直接投资同比变化", ["东南亚国家联盟", "西亚北非", "中亚五国", "中东欧十七国", "拉丁美洲和加勒比地区"], [18.6m, -4.2m, 35m, -22.5m, 7.25m], ValueFormat.Percent) with
        {
            SourceNote = "来源：商务部",
        };

    public static ChartSpec LineSinglePoint() =>
        ChartSpec.TimeSeries("中老铁路累计发送旅客", [new(2023, 10, 1)], ["2023年10月"], [ChartSeries.Of("旅客", 24_000_000m)], ValueFormat.Chinese("人次"));

    public static ChartSpec LineDense()
    {
        var dates = Enumerable.Range(0, 24).Select(i => new DateOnly(2022, 1, 1).AddMonths(i)).ToList();
        var labels = dates.Select(d => $"{d.Year}年{d.Month}月").ToList();
        var values = dates.Select((_, i) => (decimal?)(1200 + (i * 35) + ((i % 5) * 40))).ToList();
        return ChartSpec.TimeSeries("中欧班列月度开行", dates, labels, [new ChartSeries("开行列数", values)], ValueFormat.Chinese("列"));
    }

    public static IEnumerable<(string Name, ChartSpec Spec)> All()
    {
        yield return ("horizontal-negative", HorizontalNegative());
        yield return ("line-single-point", LineSinglePoint());
        yield return ("line-dense", LineDense());
        yield return ("many-categories", ManyCategories());
        yield return ("many-horizontal", ManyHorizontal());
        yield return ("grouped-few", GroupedFew());
        yield return ("empty", Empty());
        yield return ("line-with-gap", LineWithGap());
        yield return ("adversarial-text", AdversarialText());
        yield return ("trade-bars", TradeBars());
        yield return ("loans-horizontal", LoansByInstitution());
        yield return ("trains-timeseries", TrainsOverTime());
        yield return ("trade-grouped", TradeGrouped());
        yield return ("share-percent", SharePercent());
        yield return ("english-line", EnglishTrade());
        yield return ("growth-negative", GrowthWithNegatives());
        yield return ("single-value", SingleValue());
        yield return ("all-zero", AllZero());
    }
}
