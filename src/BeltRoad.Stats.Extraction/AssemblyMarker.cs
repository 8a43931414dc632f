namespace BeltRoad.Stats.Extraction;
internal static class AssemblyMarker;
