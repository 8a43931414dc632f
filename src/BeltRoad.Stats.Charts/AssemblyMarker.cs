namespace BeltRoad.Stats.Charts;
internal static class AssemblyMarker;
