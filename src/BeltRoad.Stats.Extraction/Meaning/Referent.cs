namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a back-reference may stand for: a name ending with a suffix (「该港」 → …港), or a name of a kind ("The company"
/// → an institution; written <c>kind:institution</c> in entity-names.json's en_back_references).
/// </summary>
internal readonly record struct Referent(string? Suffix, EntityKind? Kind)
{
    private const string KindPrefix = "kind:";

    public static Referent EndingWith(string suffix) => new(suffix, null);

    /// <exception cref="FormatException">A <c>kind:</c> word names no catalogue kind.</exception>
    public static Referent Parse(string word) =>
        word.StartsWith(KindPrefix, StringComparison.Ordinal) ? new(null, EntityKindCodes.Parse(word[KindPrefix.Length..])) : EndingWith(word);

    public bool Matches(string name, EntityKind? kind) => Kind is { } k ? kind == k : name.EndsWith(Suffix!, StringComparison.Ordinal);
}
