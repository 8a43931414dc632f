using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>The ordered steps of a run. Each is small, named, logged and timed by <see cref="ReportRunner"/>.</summary>
internal static class RunSteps
{
    public static IReadOnlyList<IRunStep> Default(IReportPublisher publisher, TimeProvider clock) =>
    [
        new LoadSettingsStep(),
        new DetectChangesStep(),
        new StageStep(publisher),
        new ExtractDocumentsStep(),
        new CompareWithPreviousStep(),
        new WriteFactTableStep(),
        new WriteReportsStep(),
        new CarryHistoryStep(publisher),
        new PublishStep(publisher, clock),
    ];
}
