namespace BeltRoad.Stats.Extraction.Loading.Header;

/// <summary>What a line at the top or bottom of a document is, as a reader sees it at a glance.</summary>
internal enum HeaderLineKind
{
    /// <summary>A breadcrumb or section path: 「首页 > 中文头条 > 正文」, "CGTN | Business".</summary>
    Navigation,

    /// <summary>The page's own buttons and editor lines: 「【打印】【关闭】」, "Font size", 「责任编辑：…」.</summary>
    Chrome,

    /// <summary>A date line or the page's stamp: 「2023年10月」, 「发布时间：2024-10-15 10:02　来源：新华网」.</summary>
    Stamp,

    /// <summary>A byline, caption or photo credit: "By Wang Xiaotian", 「记者 樊曦」, 「图为…」.</summary>
    Byline,

    /// <summary>Too short to name the document: a bullet (「• 1」), a masthead word.</summary>
    Fragment,

    /// <summary>The body: a dateline, a numbered paragraph, a sentence or a line broken off inside one.</summary>
    Body,

    /// <summary>What a headline looks like.</summary>
    Headline,
}
