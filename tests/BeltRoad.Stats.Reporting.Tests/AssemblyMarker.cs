namespace BeltRoad.Stats.Reporting.Tests;
internal static class AssemblyMarker;
