using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>A document's language is the recognizer's script detection (<see cref="RecognizerCultures.Detect"/>), the one definition.</summary>
internal static class LanguageDetector
{
    public static DocumentLanguage Detect(string text) => RecognizerCultures.Detect(text).ToLanguage();
}
