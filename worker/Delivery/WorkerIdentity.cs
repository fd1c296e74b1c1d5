using System.Diagnostics;
using System.Security.Cryptography;

namespace KarmayogiBot.Worker.Delivery;

/// <summary>This worker process's name in the outbox's claims: host, process id and a random suffix, unique per process.</summary>
public sealed class WorkerIdentity
{
    public WorkerIdentity(string? name = null)
    {
        Name = string.IsNullOrWhiteSpace(name)
            ? $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant()}"
            : name.Trim();
    }

    public string Name { get; }

    public override string ToString() => Name;

    internal static string Describe() => $"{Environment.MachineName} pid {Environment.ProcessId} ({Process.GetCurrentProcess().ProcessName})";
}
