namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>
/// What a back-reference may stand for: a name ending with a suffix (「该港」 → …港), a name of a kind ("The company"
/// → an institution; written <c>kind:institution</c> in entity-names.json's en_back_references), or a place the catalogue
/// knows as a port ("the port" after "the Horgos port": written <c>is:port</c>). One written <c>first:</c> (「first:码头」 for
/// "the terminal") is tried alone before the others, over the whole search: a terminal named earlier is what "the terminal"
/// stands for, even past the port named after it; the port only where no terminal was named.
/// </summary>
internal readonly record struct Referent(string? Suffix, EntityKind? Kind, bool Port = false, bool First = false)
{
    private const string KindPrefix = "kind:";
    private const string PortWord = "is:port";
    private const string FirstPrefix = "first:";

    public static Referent EndingWith(string suffix) => new(suffix, null);

    /// <exception cref="FormatException">A <c>kind:</c> word names no catalogue kind, or an <c>is:</c> word is not <c>is:port</c>.</exception>
    public static Referent Parse(string word) =>
        word.StartsWith(FirstPrefix, StringComparison.Ordinal) ? Parse(word[FirstPrefix.Length..]) with { First = true }
        : word == PortWord ? new(null, null, true)
        : word.StartsWith("is:", StringComparison.Ordinal) ? throw new FormatException($"entity-names.json: '{word}' is no referent (is:port is the only one)")
        : word.StartsWith(KindPrefix, StringComparison.Ordinal) ? new(null, EntityKindCodes.Parse(word[KindPrefix.Length..])) : EndingWith(word);

    public bool Matches(string name, EntityKind? kind, NameFinder finder) =>
        Port ? finder.IsPort(name) : Kind is { } k ? kind == k : name.EndsWith(Suffix!, StringComparison.Ordinal);
}
