namespace KarmayogiBot.Infrastructure.Storage;

/// <summary>
/// Small writes from concurrent callers committed together: a write submitted while a batch is being written waits
/// for the next batch, which holds everything submitted meanwhile, so a busy store commits once for many callers
/// rather than once each. Each caller's task completes when the batch holding its item is committed (or fails with
/// that batch's error), as if it had written alone. Items with the same key coalesce: only the newest submitted
/// before its batch starts is written, and every caller who submitted one learns when it is.
/// </summary>
/// <param name="writeBatch">Writes one batch, in one transaction: all or nothing.</param>
public sealed class GroupCommit<TKey, TItem>(Func<IReadOnlyList<TItem>, CancellationToken, Task> writeBatch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Dictionary<TKey, Pending> _pending = [];
    private bool _writing;

    /// <summary>Adds <paramref name="item"/> to the next batch; completes when that batch is committed.</summary>
    /// <param name="cancellationToken">Stops the waiting, not the write: a batch once started is written for all its callers.</param>
    public Task SubmitAsync(TKey key, TItem item, CancellationToken cancellationToken = default)
    {
        Pending entry;
        bool startWriter;
        lock (_gate)
        {
            if (_pending.TryGetValue(key, out var queued))
            {
                queued.Item = item;
                entry = queued;
            }
            else
            {
                entry = new Pending(item);
                _pending.Add(key, entry);
            }

            startWriter = !_writing;
            _writing = true;
        }

        if (startWriter)
        {
            _ = Task.Run(WriteWhilePendingAsync, CancellationToken.None);
        }

        return entry.Committed.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteWhilePendingAsync()
    {
        while (true)
        {
            Dictionary<TKey, Pending> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _pending;
                _pending = [];
            }

            try
            {
                await writeBatch(batch.Values.Select(p => p.Item).ToList(), CancellationToken.None).ConfigureAwait(false);
                foreach (var pending in batch.Values)
                {
                    pending.Committed.TrySetResult();
                }
            }
            catch (Exception e)
            {
                foreach (var pending in batch.Values)
                {
                    pending.Committed.TrySetException(e);
                }
            }
        }
    }

    private sealed class Pending(TItem item)
    {
        public TItem Item { get; set; } = item;

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
