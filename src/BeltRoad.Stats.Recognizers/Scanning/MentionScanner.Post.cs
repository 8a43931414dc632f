namespace BeltRoad.Stats.Recognizers.Scanning;

internal sealed partial class MentionScanner
{
    /// <summary>
    /// 超过32万亿美元、5万亿美元: a prefix qualifier governs the whole 、-list of same-unit amounts that follows it.
    /// </summary>
    private void DistributeQualifiers()
    {
        for (var i = 1; i < output.Count; i++)
        {
            var previous = output[i - 1];
            var current = output[i];
            if (current.Qualifier != MentionQualifier.Exact || previous.Qualifier is MentionQualifier.Exact or MentionQualifier.Range
                || current.Kind != previous.Kind || current.Unit != previous.Unit || current.Kind is not (MentionKind.Quantity or MentionKind.Percent)
                || previous.NumberStart == previous.Start || current.Start != previous.End + 1 || text[previous.End] != '、')
            {
                continue;
            }

            output[i] = current with { Qualifier = previous.Qualifier };
        }
    }
}
