using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Meaning;

namespace BeltRoad.Stats.Extraction.Tests;

public sealed class SubjectProfileTests
{
    public static TheoryData<DocumentLanguage> Languages() => [.. Enum.GetValues<DocumentLanguage>()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_document_language_has_a_subject_profile(DocumentLanguage language) =>
        Assert.NotNull(MeaningCatalogs.BuiltIn.Subjects.For(language));

    [Fact]
    public void Both_Chinese_scripts_label_alike_and_English_keeps_its_spaces()
    {
        Assert.Equal(MeaningCatalogs.BuiltIn.Subjects.For(DocumentLanguage.ZhHans), MeaningCatalogs.BuiltIn.Subjects.For(DocumentLanguage.ZhHant));
        Assert.False(MeaningCatalogs.BuiltIn.Subjects.For(DocumentLanguage.ZhHans).Spaced);
        Assert.True(MeaningCatalogs.BuiltIn.Subjects.For(DocumentLanguage.En).Spaced);
    }

    [Fact]
    public void A_language_without_a_profile_is_named()
    {
        var words = MeaningCatalogs.BuiltIn.Subjects with { Profiles = new Dictionary<DocumentLanguage, SubjectProfile>() };
        var error = Assert.Throws<InvalidOperationException>(() => words.For(DocumentLanguage.En));
        Assert.Contains("'en'", error.Message, StringComparison.Ordinal);
    }
}
