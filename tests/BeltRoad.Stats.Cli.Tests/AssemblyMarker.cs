namespace BeltRoad.Stats.Cli.Tests;
internal static class AssemblyMarker;
