namespace BeltRoad.Stats.Recognizers.Tests;
internal static class AssemblyMarker;
