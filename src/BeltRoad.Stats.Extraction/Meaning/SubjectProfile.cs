namespace BeltRoad.Stats.Extraction.Meaning;

/// <summary>How a language labels a figure (data: the profiles of Resources/subject-words.json, one per document language).</summary>
/// <param name="MaxContext">How many characters of the words before (and around) a figure a label keeps.</param>
/// <param name="MaxAfter">How many characters after a measure (not a count) a label keeps.</param>
/// <param name="MaxNoun">How long a counted noun read after the figure may run.</param>
/// <param name="Spaced">The script puts spaces between words: they stay (one), and whole words are trimmed.</param>
/// <param name="Ellipsis">What joins the words before a count to the words after it.</param>
/// <param name="CountTemplate">A count's label from {context} and {noun}.</param>
/// <param name="NounStops">Words a counted noun read after the figure stops before, in a spaced script ("460 railway engineers from …").</param>
internal sealed record SubjectProfile(int MaxContext, int MaxAfter, int MaxNoun, bool Spaced, string Ellipsis, string CountTemplate, IReadOnlyList<string> NounStops);
