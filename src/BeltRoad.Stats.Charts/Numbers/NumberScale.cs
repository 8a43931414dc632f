namespace BeltRoad.Stats.Charts;

/// <summary>One scale word and the power of ten it stands for (亿 = 10^8).</summary>
internal sealed record NumberScale(decimal Factor, string Word);
