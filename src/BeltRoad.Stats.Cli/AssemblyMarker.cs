namespace BeltRoad.Stats.Cli;
internal static class AssemblyMarker;
