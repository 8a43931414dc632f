namespace BeltRoad.Stats.Cli.Tests;

internal static class Extensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
