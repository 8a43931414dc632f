namespace BeltRoad.Stats.Recognizers;
internal static class AssemblyMarker;
