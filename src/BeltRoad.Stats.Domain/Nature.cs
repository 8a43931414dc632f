namespace BeltRoad.Stats.Domain;

/// <summary>Did the figure happen? (MEANING.md) Actuals are never charted beside the others.</summary>
public enum Nature
{
    /// <summary>A reported, realised figure: achieved, signed, reached, recorded.</summary>
    Actual,

    /// <summary>A goal or plan of the actor: 到2030年…, 力争, aims to.</summary>
    Target,

    /// <summary>An announced commitment of money or support: 将提供, 将设立…融资窗口, pledged.</summary>
    Pledge,

    /// <summary>An expectation about the future: 有望, 预计, is expected to.</summary>
    Forecast,

    /// <summary>A model result or hypothetical: 可使…增加, 据测算, would lift.</summary>
    Estimate,
}
