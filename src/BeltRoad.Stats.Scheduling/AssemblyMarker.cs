namespace BeltRoad.Stats.Scheduling;
internal static class AssemblyMarker;
