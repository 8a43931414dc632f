using System.Globalization;
using BeltRoad.Stats.Pdf;
using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Digest;

/// <summary>
/// The one fact table layout of the digest: entity · indicator, value, qualifier, nature · aggregation, as_of with its
/// basis, and the source as a numbered link to the sources list. Rows are anchored so cards can link to them.
/// </summary>
internal static class FactRows
{
    /// <summary>Rows a page keeps together at a table's start and end.</summary>
    public const int KeepRows = 4;

    public static void Table(DigestContext c, IEnumerable<FactView> facts, bool anchorRows)
    {
        c.Document.Table(t =>
        {
            t.Columns(3.0, 1.2, 0.6, 1.1, 1.6, 1.1)
                .Align(PdfTextAlign.Left, PdfTextAlign.Right, PdfTextAlign.Center, PdfTextAlign.Left, PdfTextAlign.Left, PdfTextAlign.Left)
                .Header("主体 · 指标", "数值", "限定", "性质 · 口径", "截至（依据）", "来源")
                .KeepRows(KeepRows);
            foreach (var f in facts)
            {
                t.LinkedRow(
                    [f.EntityIndicator, f.ValueText, f.QualifierWord, f.NatureAggregation, f.AsOfWithBasis, Source(f)],
                    [null, null, null, null, null, f.Document.Anchor],
                    anchorRows ? f.Anchor : null);
            }
        });
    }

    /// <summary>A finding of a large corpus has thousands of members: a row names this many and counts the rest.</summary>
    public const int MaxMembers = 8;

    /// <summary>「[1] 150个国家；[2] 152个国家」 with each [n] a link to its source; past <see cref="MaxMembers"/>, 「等共N条」.</summary>
    public static (string Text, string? Link)[] Statements(FindingMembers members) =>
        [.. members.Shown.SelectMany((v, i) => new (string, string?)[] { ((i == 0 ? "" : "；"), null), (v.Document.Ref, v.Document.Anchor), (" " + v.QualifiedValue, null) })
            .Where(r => r.Item1.Length > 0), .. More(members.Count, "条")];

    /// <summary>「[1][3]」 with each [n] a link to its source; past <see cref="MaxMembers"/>, 「等共N份」.</summary>
    public static (string Text, string? Link)[] References(FindingMembers members) =>
        [.. members.Documents.Select(d => (d.Ref, (string?)d.Anchor)), .. More(members.DocumentCount, "份")];

    /// <summary>The documents a finding's row cites, for the sources list.</summary>
    public static IEnumerable<FactView> Cited(FindingMembers members) => members.DocumentFirsts.Concat(members.Shown);

    /// <summary>「 等共N条」 after the shown members of a list of <paramref name="count"/>; null when all are shown.</summary>
    public static string? Rest(int count, string measure) =>
        count > MaxMembers ? string.Create(CultureInfo.InvariantCulture, $" 等共{count}{measure}") : null;

    private static (string, string?)[] More(int count, string measure) =>
        Rest(count, measure) is { } rest ? [(rest, null)] : [];

    /// <summary>「[2] 印证」: the document, and whether other documents agree or disagree.</summary>
    public static string Source(FactView f) => f.Reliability switch
    {
        Reliability.Corroborated => f.Citation + " 印证",
        Reliability.Conflicting => f.Citation + " 有出入",
        _ => f.Citation,
    };
}
