using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Tests.Storage;

public sealed class GroupCommitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>A batch writer that records each batch and holds the first until released.</summary>
    private sealed class HeldWriter
    {
        private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<IReadOnlyList<string>> Batches { get; } = [];

        public Exception? FailWith { get; set; }

        public Task FirstStarted => _firstStarted.Task;

        public void Release() => _release.TrySetResult();

        public async Task WriteAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add(batch);
            }

            if (_firstStarted.TrySetResult())
            {
                await _release.Task;
            }

            if (FailWith is { } failure)
            {
                throw failure;
            }
        }
    }

    /// <summary>A group commit whose first batch (<paramref name="key"/>, <paramref name="item"/>) is being written, held until released.</summary>
    private static async Task<(HeldWriter Writer, GroupCommit<string, string> Commits, Task First)> FirstBatchHeldAsync(
        string key, string item, Exception? failWith = null, CancellationToken cancellationToken = default)
    {
        var writer = new HeldWriter { FailWith = failWith };
        var commits = new GroupCommit<string, string>(writer.WriteAsync);
        var first = commits.SubmitAsync(key, item, cancellationToken);
        await writer.FirstStarted.WaitAsync(Patience);
        return (writer, commits, first);
    }

    [Fact]
    public async Task SubmitAsync_WhileABatchIsWritten_WaitsAndGoesIntoOneNextBatch()
    {
        var (writer, commits, first) = await FirstBatchHeldAsync("a", "a1");
        var waiting = Enumerable.Range(1, 10).Select(i => commits.SubmitAsync($"u{i}", $"u{i}")).ToList();
        await Task.Delay(50);

        Assert.False(first.IsCompleted);
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        writer.Release();
        await Task.WhenAll(waiting.Append(first)).WaitAsync(Patience);

        Assert.Equal(2, writer.Batches.Count);
        Assert.Equal(["a1"], writer.Batches[0]);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"u{i}").Order(), writer.Batches[1].Order());
    }

    [Fact]
    public async Task SubmitAsync_SameKeyTwiceBeforeItsBatch_WritesOnlyTheNewestAndCompletesBoth()
    {
        var (writer, commits, blocker) = await FirstBatchHeldAsync("other", "x");

        var older = commits.SubmitAsync("a", "English");
        var newer = commits.SubmitAsync("a", "Hindi");
        writer.Release();
        await Task.WhenAll(blocker, older, newer).WaitAsync(Patience);

        Assert.Equal(["Hindi"], writer.Batches[1]);
    }

    [Fact]
    public async Task SubmitAsync_BatchFails_EveryCallerInItSeesTheErrorAndTheNextBatchIsWritten()
    {
        var (writer, commits, first) = await FirstBatchHeldAsync("a", "a1", new InvalidOperationException("disk full"));
        var second = commits.SubmitAsync("b", "b1");
        writer.Release();

        Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => first.WaitAsync(Patience))).Message);
        Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => second.WaitAsync(Patience))).Message);

        writer.FailWith = null;
        await commits.SubmitAsync("c", "c1").WaitAsync(Patience);
        Assert.Equal(["c1"], writer.Batches[^1]);
    }

    [Fact]
    public async Task SubmitAsync_CallerStopsWaiting_TheWriteStillHappens()
    {
        using var impatient = new CancellationTokenSource();
        var (writer, commits, first) = await FirstBatchHeldAsync("a", "a1", cancellationToken: impatient.Token);

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        writer.Release();
        await commits.SubmitAsync("b", "b1").WaitAsync(Patience);

        Assert.Equal(["a1"], writer.Batches[0]);
    }
}
