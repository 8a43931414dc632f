using BeltRoad.Stats.Pdf.Text;

namespace BeltRoad.Stats.Pdf.Layout;

/// <summary>A broken line with its height, baseline (from the line's top) and natural width.</summary>
internal sealed record BlockLine(TextLine Range, double Height, double Baseline, double Width, bool IsFirst);
