namespace BeltRoad.Stats.Scheduling.Tests;
internal static class AssemblyMarker;
