namespace BeltRoad.Stats.Extraction;

/// <summary>
/// A field's rules in the order they are tried, each a name and what it decides from the figure's facts (null where it
/// does not apply): the first that decides wins, and says so by its name. The last rule always decides. The rules are
/// static methods held once, so deciding allocates nothing.
/// </summary>
/// <typeparam name="TFacts">What the field's rules read of a figure (a small struct, gathered once per figure).</typeparam>
/// <typeparam name="TDecision">The field's value, nullable: null is "this rule does not apply".</typeparam>
internal sealed class RuleList<TFacts, TDecision>
{
    private readonly (string Name, Func<TFacts, TDecision> Decide)[] _rules;

    public RuleList(params (string Name, Func<TFacts, TDecision> Decide)[] rules)
    {
        if (rules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != rules.Length)
        {
            throw new ArgumentException("Two rules of one field have the same name.", nameof(rules));
        }

        _rules = rules;
    }

    /// <summary>The rules' names, in order.</summary>
    public IReadOnlyList<string> Names => [.. _rules.Select(r => r.Name)];

    /// <summary>What the first rule that applies decides, and its name.</summary>
    public (TDecision Decision, string Rule) Decide(TFacts facts)
    {
        foreach (var (name, decide) in _rules)
        {
            if (decide(facts) is { } decision)
            {
                return (decision, name);
            }
        }

        throw new InvalidOperationException($"No rule decided: the last rule ({_rules[^1].Name}) must always decide.");
    }
}
