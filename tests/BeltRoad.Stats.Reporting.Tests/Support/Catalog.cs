using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>A metric catalogue shaped like the built-in one (codes, groups, priorities).</summary>
internal static class Catalog
{
    public static IReadOnlyList<MetricGroupInfo> Groups { get; } =
    [
        new("trade", "贸易", "Trade"),
        new("finance", "投资与融资", "Investment and finance"),
        new("transport", "交通运输", "Transport"),
        new("cooperation", "合作规模", "Cooperation counts"),
        new("percentages", "比重与增长", "Percentages and growth"),
    ];

    public static IReadOnlyList<MetricInfo> Metrics { get; } =
    [
        new(new("trade_volume"), "贸易额", "Trade volume", "trade", 10),
        new(new("investment"), "投资", "Investment", "finance", 9),
        new(new("loan_or_financing"), "贷款与融资", "Loans and financing", "finance", 9),
        new(new("contract_value"), "合同额", "Contract value", "finance", 8),
        new(new("train_count"), "班列开行", "Train services", "transport", 9),
        new(new("teu"), "集装箱（标箱）", "Containers (TEU)", "transport", 8),
        new(new("cargo_tonnes"), "货运量（吨）", "Cargo (tonnes)", "transport", 7),
        new(new("passengers"), "旅客发送", "Passengers", "transport", 7),
        new(new("length_km"), "里程（公里）", "Length (km)", "transport", 6),
        new(new("count_countries"), "国家数", "Countries", "cooperation", 8),
        new(new("count_agreements"), "协议与合作文件", "Agreements", "cooperation", 7),
        new(new("count_projects"), "项目数", "Projects", "cooperation", 7),
        new(new("growth_rate"), "增长率", "Growth rate", "percentages", 7),
        new(new("percentage"), "比重与比率", "Shares and rates", "percentages", 6),
    ];
}
