namespace BeltRoad.Stats.Pdf.Tests;
internal static class AssemblyMarker;
