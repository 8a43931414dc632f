using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Planning;

/// <summary>Orders several statements of one series or point: the one every planner shows first.</summary>
internal static class FactOrder
{
    /// <summary>Latest end of as_of first (undated last), then the best corroborated (a contested one last), then table order.</summary>
    public static readonly IComparer<FactView> Newest = Comparer<FactView>.Create((a, b) =>
    {
        var c = b.AsOfEnd.CompareTo(a.AsOfEnd);
        c = c != 0 ? c : Trust(b).CompareTo(Trust(a));
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });

    private static int Trust(FactView f) => f.Reliability == Reliability.Conflicting ? 0 : f.Sources;
}
