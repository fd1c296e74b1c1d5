using KarmayogiBot.Domain.Conversations;

namespace KarmayogiBot.Bot.Caching;

/// <summary>
/// Conversation memory kept in process, and written to the store shortly after it changes (write-behind): the bot
/// reads it on every turn and only this bot process writes it, so a turn needs no store access at all. Changes are
/// collected for <c>writeDelay</c> (zero: each is written before the turn goes on) and written together (a user who changes twice within it is written once); a write
/// that fails is kept and tried again, and disposing (the host stopping) writes whatever is left. A crash loses at
/// most the last <c>writeDelay</c> of changes: those users are asked their designation again. With several bot
/// instances over one store (PostgreSQL) a turn may reach another instance, so there it is off by default
/// (<see cref="ReadCacheServiceCollectionExtensions"/>).
/// </summary>
public sealed class CachingConversationMemoryStore(
    IConversationMemoryStore store, ReadCache cache, TimeSpan writeDelay, TimeProvider clock, ILogger<CachingConversationMemoryStore> logger)
    : IConversationMemoryStore, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly Dictionary<string, ConversationMemory> _unwritten = new(StringComparer.Ordinal);
    private bool _isScheduled;

    /// <summary>How many users' changes are waiting to be written.</summary>
    public int Unwritten
    {
        get
        {
            lock (_gate)
            {
                return _unwritten.Count;
            }
        }
    }

    public Task<ConversationMemory?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_unwritten.TryGetValue(userKey, out var changed))
            {
                return Task.FromResult<ConversationMemory?>(changed);
            }
        }

        return cache.GetOrReadAsync(userKey, ct => store.GetAsync(userKey, ct), cancellationToken);
    }

    public Task SaveAsync(ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        if (writeDelay <= TimeSpan.Zero)
        {
            return WriteThroughAsync(memory, cancellationToken);
        }

        lock (_gate)
        {
            _unwritten[memory.UserKey] = memory;
            cache.Put<ConversationMemory?>(memory.UserKey, memory);
            if (!_isScheduled)
            {
                _isScheduled = true;
                _ = WriteLaterAsync();
            }
        }

        return Task.CompletedTask;
    }

    private async Task WriteThroughAsync(ConversationMemory memory, CancellationToken cancellationToken)
    {
        await store.SaveAsync(memory, cancellationToken).ConfigureAwait(false);
        cache.Put<ConversationMemory?>(memory.UserKey, memory);
    }

    /// <summary>Writes every change made so far; what fails stays to be tried again.</summary>
    public async Task WriteUnwrittenAsync(CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<ConversationMemory> batch;
            lock (_gate)
            {
                batch = [.. _unwritten.Values];
            }

            if (batch.Count == 0)
            {
                return;
            }

            await Task.WhenAll(batch.Select(memory => store.SaveAsync(memory, cancellationToken))).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var memory in batch)
                {
                    // Changed again while being written? Then the newer one is still to be written.
                    if (_unwritten.TryGetValue(memory.UserKey, out var current) && ReferenceEquals(current, memory))
                    {
                        _unwritten.Remove(memory.UserKey);
                    }
                }
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Writes what is left (the host is stopping); a failure is logged with how many users' changes are lost.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await WriteUnwrittenAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Stopping: could not write {Count} users' conversation memory to the store; it is lost", Unwritten);
        }
    }

    private async Task WriteLaterAsync()
    {
        while (true)
        {
            await Task.Delay(writeDelay, clock).ConfigureAwait(false);
            try
            {
                await WriteUnwrittenAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not write {Count} users' conversation memory to the store; trying again in {Delay}", Unwritten, writeDelay);
            }

            lock (_gate)
            {
                if (_unwritten.Count == 0)
                {
                    _isScheduled = false;
                    return;
                }
            }
        }
    }
}
