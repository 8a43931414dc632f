namespace BeltRoad.Stats.Domain;

public static class AsOfBasisCodes
{
    public static string Code(this AsOfBasis basis) => basis switch
    {
        AsOfBasis.Sentence => "sentence",
        AsOfBasis.FromTo => "from_to",
        AsOfBasis.Paragraph => "paragraph",
        AsOfBasis.ReportingPeriod => "reporting_period",
        AsOfBasis.DocumentDate => "document_date",
        AsOfBasis.Since => "since",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "No code for this as_of basis."),
    };

    public static AsOfBasis Parse(string code) => code switch
    {
        "sentence" => AsOfBasis.Sentence,
        "from_to" => AsOfBasis.FromTo,
        "paragraph" => AsOfBasis.Paragraph,
        "reporting_period" => AsOfBasis.ReportingPeriod,
        "document_date" => AsOfBasis.DocumentDate,
        "since" => AsOfBasis.Since,
        _ => throw new FormatException($"Unknown as_of basis '{code}'."),
    };
}
