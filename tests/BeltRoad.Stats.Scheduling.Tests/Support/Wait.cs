namespace BeltRoad.Stats.Scheduling.Tests.Support;

internal static class Wait
{
    public static async Task Until(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for {what}");
            }

            await Task.Delay(50);
        }
    }
}
