namespace BeltRoad.Stats.Reporting;
internal static class AssemblyMarker;
