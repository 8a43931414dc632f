using System.Buffers;

namespace BeltRoad.Stats.Domain;

/// <summary>
/// What a figure measures (trade_volume, train_count…). A code rather than an enum because the
/// metric catalogue is data a user can extend without recompiling.
/// </summary>
public readonly record struct MetricCode
{
    // Checked for every fact made or read back from the cache: a search, not a closure and an enumerator per code.
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    public MetricCode(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.AsSpan().ContainsAnyExcept(Allowed))
        {
            throw new ArgumentException($"Metric code '{value}' must be lower-case ASCII letters, digits and '_'.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static MetricCode Other { get; } = new("other_amount");

    public override string ToString() => Value;
}
