namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>
/// Where a currency stands among the yuan: 元 written bare, or a currency named in full whose amounts a text goes on
/// writing with bare 元 (a Macau release's 澳門元, a Hong Kong page's 港元, a Taiwan page's 新台幣).
/// </summary>
internal enum YuanForm
{
    None,
    Bare,
    Named,
}
