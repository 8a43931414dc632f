namespace BeltRoad.Stats.Reporting.Model;

/// <summary>An entity without a section of its own, in one line: how many facts, of which indicators.</summary>
internal sealed record CountSummary(string Entity, int Facts, int Documents, IReadOnlyList<(string Indicator, int Count)> Indicators);
