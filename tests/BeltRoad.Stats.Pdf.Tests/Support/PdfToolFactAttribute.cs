namespace BeltRoad.Stats.Pdf.Tests.Support;

/// <summary>
/// A fact that needs qpdf/poppler-utils. Without them it is skipped locally, with the reason shown;
/// on CI (CI=true) it runs and fails, because an unchecked PDF is not a passing one.
/// </summary>
public sealed class PdfToolFactAttribute : FactAttribute
{
    public PdfToolFactAttribute()
    {
        if (!PdfTools.Installed && !PdfTools.OnCi)
        {
            Skip = "qpdf/poppler-utils not installed: apt-get install -y qpdf poppler-utils (with CI=true this test fails instead)";
        }
    }
}
