namespace BeltRoad.Stats.Storage;
internal static class AssemblyMarker;
