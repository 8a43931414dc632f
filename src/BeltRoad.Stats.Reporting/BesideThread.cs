namespace BeltRoad.Stats.Reporting;

/// <summary>
/// Work started beside the calling thread on a thread of its own, not the pool's: it takes the caller's scheduling
/// priority (the run lowers the thread writing its reports, so that the chain it waits on keeps a core), and a lowered
/// caller never makes the pool start a worker that would stay lowered for the rest of the process.
/// </summary>
internal static class BesideThread
{
    public static Task<T> Run<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task Run(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
