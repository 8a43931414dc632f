namespace BeltRoad.Stats.Recognizers.Tables;

/// <summary>A compiled <see cref="HeadNounContextEntry"/>: the nouns and cues as tries.</summary>
internal sealed record HeadNounContext(WordTable<bool> Nouns, MentionUnit Unit, WordTable<bool> CuesBefore, WordTable<bool> Blockers);
