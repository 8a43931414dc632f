using System.Collections.Concurrent;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>
/// One read of a stream feeding a second reader on a thread of its own (<see cref="Beside{TResult}"/>): the first
/// hands each item on as it reads it (<see cref="Add"/>, then <see cref="Complete"/>), in batches through a bounded
/// queue, so the source (facts decoded from facts.sqlite) is read once and only a few batches are held at once. A
/// second reader that fails or stops stops the handing on; its failure is its task's.
/// </summary>
internal sealed class SharedRead<T> : IDisposable
{
    private const int BatchSize = 1024;
    private readonly BlockingCollection<List<T>> _queue = new(boundedCapacity: 8);
    private readonly CancellationTokenSource _stopped = new();
    private List<T> _batch = new(BatchSize);

    /// <summary>Starts <paramref name="reader"/> over the items as they are handed on.</summary>
    public Task<TResult> Beside<TResult>(Func<IEnumerable<T>, TResult> reader) => BesideThread.Run(() =>
    {
        try
        {
            return reader(Items());
        }
        finally
        {
            _stopped.Cancel();
        }
    });

    public void Add(T item)
    {
        _batch.Add(item);
        if (_batch.Count == BatchSize)
        {
            Hand(_batch);
            _batch = new List<T>(BatchSize);
        }
    }

    /// <summary>The last batch, and the end of the items; called however the first read ends.</summary>
    public void Complete()
    {
        if (!_queue.IsAddingCompleted)
        {
            Hand(_batch);
            _queue.CompleteAdding();
        }
    }

    public void Dispose()
    {
        _queue.Dispose();
        _stopped.Dispose();
    }

    private void Hand(List<T> batch)
    {
        if (batch.Count == 0 || _stopped.IsCancellationRequested)
        {
            return;
        }

        try
        {
            _queue.Add(batch, _stopped.Token);
        }
        catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
        {
            // The second reader ended: nobody takes the rest.
        }
    }

    private IEnumerable<T> Items()
    {
        foreach (var batch in _queue.GetConsumingEnumerable(_stopped.Token))
        {
            foreach (var item in batch)
            {
                yield return item;
            }
        }
    }
}
