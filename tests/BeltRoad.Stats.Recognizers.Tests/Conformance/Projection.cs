namespace BeltRoad.Stats.Recognizers.Tests.Conformance;

/// <summary>One result in the peer's shape: inclusive span, value and (for currency) unit name.</summary>
internal readonly record struct Projection(int Start, int End, decimal? Value, string? Unit);
