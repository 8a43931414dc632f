namespace BeltRoad.Stats.Recognizers;

/// <summary>Per-call options. The reference date resolves 上半年, 10年来, 今年 against the document's date.</summary>
/// <remarks>
/// <see cref="Yuan"/>, when given, is the currency bare 元 stands for from the start: a word read alone (a table's
/// 「（億元）」) in a text whose note declared its yuan (<see cref="NumberRecognizer.DeclaredYuan"/>).
/// </remarks>
public sealed record RecognitionOptions(DateOnly? ReferenceDate = null, MentionUnit? Yuan = null);
