using System.Reflection;
using System.Runtime.CompilerServices;
using BeltRoad.Stats.Recognizers.Candidates;
using BeltRoad.Stats.Recognizers.Resolvers;

namespace BeltRoad.Stats.Recognizers.Tests.Stages;

/// <summary>What passes between stages cannot be changed behind a later stage's back.</summary>
public sealed class ImmutabilityTests
{
    [Theory]
    [InlineData(typeof(Candidate))]
    [InlineData(typeof(MentionDraft))]
    [InlineData(typeof(Mention))]
    public void Stage_outputs_have_no_settable_state(Type type)
    {
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(f => !f.IsInitOnly);
        Assert.Empty(fields.Select(f => f.Name));
        var setters = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)));
        Assert.Empty(setters.Select(p => p.Name));
    }
}
