namespace BeltRoad.Stats.Extraction.Tests;
internal static class AssemblyMarker;
