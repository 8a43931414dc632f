namespace BeltRoad.Stats.Pdf;
internal static class AssemblyMarker;
