namespace BeltRoad.Stats.Domain;

/// <summary>
/// What a figure measures (trade_volume, train_count…). A code rather than an enum because the
/// metric catalogue is data a user can extend without recompiling.
/// </summary>
public readonly record struct MetricCode
{
    public MetricCode(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
        {
            throw new ArgumentException($"Metric code '{value}' must be lower-case ASCII letters, digits and '_'.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static MetricCode Other { get; } = new("other_amount");

    public override string ToString() => Value;
}
