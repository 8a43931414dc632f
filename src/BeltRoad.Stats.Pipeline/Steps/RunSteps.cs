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
        new LoadDocumentsStep(),
        new ExtractFactsStep(),
        new CompareWithPreviousStep(),
        new StageStep(publisher),
        new WriteFactTableStep(),
        new WriteReportsStep(),
        new PublishStep(publisher, clock),
    ];
}
