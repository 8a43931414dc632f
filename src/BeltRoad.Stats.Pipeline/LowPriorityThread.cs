using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Work on a thread of its own at a lower scheduling priority (nice 10 on Linux, Lowest elsewhere), joined by whoever
/// needs its result: for a stage's work that the run waits on less than on another chain, so that chain keeps a core.
/// In the store and report stage that chain is facts.sqlite and then the run store's copy from it; at equal priority it
/// got a third of a core beside eight other threads, then ran alone while publish waited (100 MB, fresh: −0.8 s with the
/// other files and the reports on these threads).
/// </summary>
/// <remarks>
/// A thread's nice value cannot be lowered back without privilege, and a thread created by a lowered thread inherits its
/// value. So the work runs on a thread of its own, never the pool's (whose threads serve the rest of the process, the
/// scheduler's later runs), and it ends there: no task continuation runs on it, and nothing it does queues pool work that
/// could make the pool start a lowered worker. Work it starts on threads of its own (<c>LongRunning</c>) inherits the
/// priority, as it should. The value is relative to the process's own threads where the kernel groups tasks by session or
/// cgroup (autogroup, systemd); on a busy machine the work only finishes later.
/// </remarks>
internal sealed class LowPriorityThread<T>
{
    private readonly Thread _thread;
    private T? _result;
    private ExceptionDispatchInfo? _failure;

    internal LowPriorityThread(Func<T> work, string name)
    {
        _thread = new Thread(() =>
        {
            LowPriorityThread.Lower();
            try
            {
                _result = work();
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        _thread.Start();
    }

    /// <summary>Waits for the work to end; its result, or its exception rethrown as it was thrown.</summary>
    public T Join()
    {
        _thread.Join();
        _failure?.Throw();
        return _result!;
    }
}

/// <summary>Starts <see cref="LowPriorityThread{T}"/>s.</summary>
internal static class LowPriorityThread
{
    private const int Nice = 10;
    private const int PrioProcess = 0;

    /// <summary>Starts <paramref name="work"/> (not cancellable once started: its caller checks before, and joins it).</summary>
    public static LowPriorityThread<T> Start<T>(string name, Func<T> work) => new(work, name);

    /// <summary>Lowers the calling thread's priority; a platform that refuses leaves it as it was (only speed depends on it).</summary>
    internal static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
            return;
        }

        try
        {
            // On Linux a nice value is a thread's, and who = 0 names the calling thread.
            _ = setpriority(PrioProcess, 0, Nice);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // not glibc: the work runs at the usual priority
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, uint who, int prio);
}
