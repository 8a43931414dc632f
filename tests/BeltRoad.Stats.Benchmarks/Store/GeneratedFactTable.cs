using System.Globalization;
using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Benchmarks.Store;

/// <summary>
/// A fact table shaped like the 100 MB corpus's (3,680 documents, ~54 facts and ~180 skipped mentions each, three in
/// five facts in a cross-document finding of ~70 members), made from a fixed seed without extracting anything, so the
/// store step's writers can be measured alone.
/// </summary>
internal static class GeneratedFactTable
{
    private static readonly string[] Metrics = ["count_other", "count_countries", "percentage", "trade_volume", "count_projects", "growth_rate", "investment", "train_count"];
    private static readonly string[] Entities = ["中欧班列", "“一带一路”国际合作高峰论坛", "中国", "亚投行", "丝路基金", "一带一路"];
    private static readonly string[] Indicators = ["开行列数", "代表参会的国家数", "进出口总额", "签署合作文件的国家数", "进出口总额同比增长率"];
    private static readonly string[] Quotes =
    [
        "共158多個國家的代表參會。", "中欧班列累计开行超过7.4万列，通达欧洲25个国家的217个城市",
        "trade reached \"US$2.07 trillion\", up 5.3% <year-on-year> & more", "論壇期間舉行三場高級別論壇",
        "比重为45.4%，较上年提高\r\n1.2个百分点", "=SUM(A1) 与𠀋相关的, 共计3000多个项目",
    ];

    private static readonly string[] Sections = ["", "二、 > （一）", "专栏 1 > 中欧班列跑出加速度", "Part III > Trade and investment"];

    public static FactTable Create(int documents = 3_680, int factsPerDocument = 54, int skippedPerDocument = 180)
    {
        var random = new Random(12);
        var docs = new List<DocumentInfo>(documents);
        var facts = new List<Fact>(documents * factsPerDocument);
        var skipped = new List<SkippedMention>(documents * skippedPerDocument);
        for (var d = 0; d < documents; d++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"c{d / 5:D4}_{d % 5:D3}_{random.NextInt64():x16}.txt");
            var paged = d % 7 == 0;
            docs.Add(new DocumentInfo(name, Hex(random, 64), random.Next(5_000, 90_000), "utf-8", (DocumentLanguage)(d % 3), "第三屆“一帶一路”國際合作高峰論壇主席聲明",
                d % 4 == 0 ? null : PeriodPoint.OfDay(2023, 1 + (d % 12), 1 + (d % 28)), 30_000)
            {
                Format = paged ? "pdf" : "text",
                Url = paged ? "https://example.org/a?b=1&c=2" : null,
                Pages = paged ? new PageMap([0, 4_000, 9_000, 20_000]) : null,
            });
            for (var f = 0; f < factsPerDocument; f++)
            {
                facts.Add(Fact(random, name, f));
            }

            for (var s = 0; s < skippedPerDocument; s++)
            {
                skipped.Add(new SkippedMention(name, new SourceSpan(s * 100, (s * 100) + 4), "第三届", s % 2 == 0 ? "ordinal" : "year"));
            }
        }

        return new FactTable(docs, facts, Findings(facts, findings: 1_700), skipped, [RunIssue.Warning(docs[0].Name, "no date"), RunIssue.Warning(null, "a warning")]);
    }

    public static IReadOnlyList<RunRecord> Runs() =>
    [
        .. Enumerable.Range(0, 20).Select(i => new RunRecord(
            string.Create(CultureInfo.InvariantCulture, $"20261122T{i:D2}0000Z-abcdef"), new DateTimeOffset(2026, 11, 22, i, 0, 0, TimeSpan.Zero), null,
            RunStatus.Succeeded, "sha256:abc", 3_680, 198_720, 1, 0, 10, 2, 1, null)),
    ];

    private static Fact Fact(Random random, string doc, int index)
    {
        var start = (index * 500) + random.Next(0, 400);
        var scale = random.Next(0, 4);
        var value = new decimal(random.Next(1, 2_000_000), 0, 0, random.Next(0, 10) == 0, (byte)scale);
        var spans = random.Next(0, 20) == 0 ? new[] { new SourceSpan(start, start + 7), new SourceSpan(start + 30_000, start + 30_007) } : [new SourceSpan(start, start + 7)];
        var year = 2013 + random.Next(0, 11);
        var asOf = random.Next(0, 5) switch
        {
            0 => null,
            1 => Period.AsOf(PeriodPoint.OfYear(year)),
            2 => Period.AsOf(PeriodPoint.MonthEnd(year, 6)),
            3 => Period.Span(PeriodPoint.OfYear(2013), PeriodPoint.OfYear(year)),
            _ => Period.AsOf(PeriodPoint.OfMonth(year, 10)),
        };
        return new Fact(Hex(random, 12), doc, new MetricCode(Metrics[index % Metrics.Length]), "中欧班列累计开行" + (index % 9), value,
            index % 11 == 0 ? value + 10m : null, (Unit)(index % 19), (Qualifier)(index % 7), asOf, Sections[index % Sections.Length],
            Quotes[index % Quotes.Length], spans[0], spans)
        {
            Entity = Entities[index % Entities.Length],
            Indicator = Indicators[index % Indicators.Length],
            Nature = (Nature)(index % 5),
            Aggregation = (Aggregation)(index % 9),
            AsOfBasis = asOf is null ? null : (AsOfBasis)(index % 6),
        };
    }

    // Fact i joins finding i % count unless it is one of the two in five left out.
    private static List<CrossDocumentFinding> Findings(List<Fact> facts, int findings)
    {
        var members = Enumerable.Range(0, findings).Select(_ => new List<Fact>()).ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            if ((i / findings) % 5 < 3)
            {
                members[i % findings].Add(facts[i]);
            }
        }

        return
        [
            .. members.Where(m => m.Count > 1).Select((m, i) => new CrossDocumentFinding(
                i % 3 == 0 ? FindingKind.Conflict : FindingKind.Corroborated, m[0].Key,
                [.. m.Select(f => f.Id)], [.. m.Select(f => f.Doc).Distinct(StringComparer.Ordinal)])),
        ];
    }

    private static string Hex(Random random, int length) =>
        string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = "0123456789abcdef"[r.Next(16)];
            }
        });
}
