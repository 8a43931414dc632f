using BeltRoad.Stats.Reporting.Model;

namespace BeltRoad.Stats.Reporting.Tests.Support;

/// <summary>Every fact's view as the report numbers them, read again from the input: the model keeps no list of them.</summary>
internal static class ModelFacts
{
    public static List<FactView> Of(ReportModel model) => [.. ReportModelBuilder.Facts(model.Input, model.Documents)];

    public static List<FactView> Of(ReportInput input) => [.. ReportModelBuilder.Facts(input, ReportModelBuilder.Documents(input))];
}
