namespace BeltRoad.Stats.Domain;
internal static class AssemblyMarker;
