using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// The ordered steps of a run. Each is small, named, logged and timed by <see cref="ReportRunner"/>; steps in one
/// stage run at once.
/// </summary>
internal static class RunSteps
{
    public static IReadOnlyList<RunStage> Default(IReportPublisher publisher, TimeProvider clock) =>
    [
        new(new LoadSettingsStep()),
        new(new DetectChangesStep()),
        new(new StageStep(publisher)),
        new(new ExtractDocumentsStep()),
        new(new CompareWithPreviousStep()),
        // Both only read the final fact table and each writes its own files: neither keeps both cores busy alone.
        new(new WriteFactTableStep(), new WriteReportsStep()),
        new(new CarryHistoryStep(publisher)),
        new(new PublishStep(publisher, clock)),
    ];
}
