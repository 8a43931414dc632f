namespace BeltRoad.Stats.Charts.Tests;
internal static class AssemblyMarker;
