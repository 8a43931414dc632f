namespace BeltRoad.Stats.Pipeline;
internal static class AssemblyMarker;
