namespace KarmayogiBot.Worker.Commands;

/// <summary>Cancels a command on Ctrl+C (the import then rolls back) instead of killing the process mid-write.</summary>
internal sealed class ImportCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly ConsoleCancelEventHandler _handler;

    private ImportCancellation()
    {
        _handler = (_, e) =>
        {
            e.Cancel = true;
            _source.Cancel();
        };
        Console.CancelKeyPress += _handler;
    }

    public CancellationToken Token => _source.Token;

    public static ImportCancellation OnCtrlC() => new();

    public void Dispose()
    {
        Console.CancelKeyPress -= _handler;
        _source.Dispose();
    }
}
