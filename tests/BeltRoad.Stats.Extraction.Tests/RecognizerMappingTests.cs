using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Extraction.Tests;

public sealed class RecognizerMappingTests
{
    public static TheoryData<MentionUnit> Units() => [.. Enum.GetValues<MentionUnit>()];

    public static TheoryData<MentionQualifier> Qualifiers() => [.. Enum.GetValues<MentionQualifier>()];

    public static TheoryData<DocumentLanguage> Languages() => [.. Enum.GetValues<DocumentLanguage>()];

    public static TheoryData<RecognizerCulture> Cultures() => [.. Enum.GetValues<RecognizerCulture>()];

    [Theory]
    [MemberData(nameof(Units))]
    public void Every_recognizer_unit_maps_to_the_domain_unit_of_the_same_name(MentionUnit unit)
    {
        var mapped = unit.ToUnit();
        Assert.Equal(unit == MentionUnit.None ? null : Enum.Parse<Unit>(unit.ToString()), mapped);
    }

    [Theory]
    [MemberData(nameof(Qualifiers))]
    public void Every_recognizer_qualifier_maps_to_the_domain_qualifier_of_the_same_name(MentionQualifier qualifier) =>
        Assert.Equal(Enum.Parse<Qualifier>(qualifier.ToString()), qualifier.ToQualifier());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_document_language_maps_to_the_recognizer_culture_of_the_same_name(DocumentLanguage language) =>
        Assert.Equal(Enum.Parse<RecognizerCulture>(language.ToString()), language.ToCulture());

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_recognizer_culture_maps_to_the_document_language_of_the_same_name(RecognizerCulture culture) =>
        Assert.Equal(Enum.Parse<DocumentLanguage>(culture.ToString()), culture.ToLanguage());

    [Fact]
    public void A_value_with_no_mapping_throws_instead_of_becoming_other_or_exact()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MentionUnit)999).ToUnit());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((MentionQualifier)999).ToQualifier());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DocumentLanguage)999).ToCulture());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RecognizerCulture)999).ToLanguage());
    }
}
