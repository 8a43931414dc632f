using System.Text.Json;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>What qpdf's JSON says of a PDF's navigation: bookmarks with their target pages, and each page's links.</summary>
internal sealed record PdfStructure(IReadOnlyList<(string Title, int Page, int Level)> Outline, IReadOnlyList<IReadOnlyList<int>> LinkTargets)
{
    public static PdfStructure Read(string pdf)
    {
        var (code, json, error) = ProcessRunner.Run("qpdf", "--json", pdf);
        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var pages = root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("object").GetString()!).ToList();
        var objects = root.GetProperty("qpdf")[1];
        var outline = new List<(string, int, int)>();
        void Walk(JsonElement items, int level)
        {
            foreach (var item in items.EnumerateArray())
            {
                outline.Add((item.GetProperty("title").GetString()!, item.GetProperty("destpageposfrom1").GetInt32(), level));
                Walk(item.GetProperty("kids"), level + 1);
            }
        }

        Walk(root.GetProperty("outlines"), 1);
        var links = pages.Select(page =>
        {
            var value = objects.GetProperty("obj:" + page).GetProperty("value");
            if (!value.TryGetProperty("/Annots", out var annots))
            {
                return (IReadOnlyList<int>)[];
            }

            return [.. annots.EnumerateArray()
                .Select(a => objects.GetProperty("obj:" + a.GetString()).GetProperty("value"))
                .Where(a => a.TryGetProperty("/Dest", out _))
                .Select(a => pages.IndexOf(a.GetProperty("/Dest")[0].GetString()!) + 1)];
        }).ToList();
        return new PdfStructure(outline, links);
    }
}
