namespace BeltRoad.Stats.Recognizers;

/// <summary>Per-call options. The reference date resolves 上半年, 10年来, 今年 against the document's date.</summary>
public sealed record RecognitionOptions(DateOnly? ReferenceDate = null);
