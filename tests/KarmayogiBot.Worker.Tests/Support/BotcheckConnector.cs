using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>
/// <c>botcheck.py connector</c> as a subprocess on a free loopback port: the fake Teams connector that records every
/// send in a JSONL log, throttles (429), fails (503) and refuses users (403) on request.
/// </summary>
public sealed partial class BotcheckConnector : IDisposable
{
    public const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";

    private readonly Process _process;
    private readonly string _log;

    private BotcheckConnector(Process process, string log, int port)
    {
        _process = process;
        _log = log;
        Port = port;
    }

    public int Port { get; }

    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    /// <param name="users">The users file (key = employee code, name, email, aadObjectId).</param>
    public static async Task<BotcheckConnector> StartAsync(string folder, string users, double? throttleRps = null, double failRate = 0, IEnumerable<string>? forbid = null)
    {
        var log = Path.Combine(folder, $"connector-{Guid.NewGuid():N}.jsonl");
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-u", SharedTools.Botcheck, "connector", "--port", "0", "--users", users, "--log", log })
        {
            start.ArgumentList.Add(arg);
        }

        if (throttleRps is { } rps)
        {
            start.ArgumentList.Add("--throttle-rps");
            start.ArgumentList.Add(rps.ToString(CultureInfo.InvariantCulture));
        }

        if (failRate > 0)
        {
            start.ArgumentList.Add("--fail-rate");
            start.ArgumentList.Add(failRate.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var key in forbid ?? [])
        {
            start.ArgumentList.Add("--forbid");
            start.ArgumentList.Add(key);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("botcheck connector printed nothing: " + await process.StandardError.ReadToEndAsync(timeout.Token));
        var port = int.Parse(PortPattern().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
        return new BotcheckConnector(process, log, port);
    }

    /// <summary>Every send the connector accepted (recorded), in order.</summary>
    public IReadOnlyList<RecordedSend> Sends()
    {
        var sends = new List<RecordedSend>();
        if (!File.Exists(_log))
        {
            return sends;
        }

        foreach (var line in ReadLines())
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.TryGetProperty("activity", out var activity))
            {
                sends.Add(new RecordedSend(
                    root.GetProperty("conversation").GetString()!,
                    activity.TryGetProperty("id", out var id) ? id.GetString() : null,
                    activity.GetRawText()));
            }
        }

        return sends;
    }

    /// <summary>Conversations created: conversation id → the member id the bot asked for (the Entra object id).</summary>
    public IReadOnlyDictionary<string, string> Created()
    {
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReadLines())
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("created", out var conversation))
            {
                created[conversation.GetString()!] = document.RootElement.GetProperty("member").GetString()!;
            }
        }

        return created;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private List<string> ReadLines()
    {
        // The connector appends while we read: read what is complete.
        using var stream = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.EndsWith('}'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"127\.0\.0\.1:(\d+)/")]
    private static partial Regex PortPattern();
}

/// <summary>One send the connector recorded: the conversation, the activity's client-generated id (kyb-kind-code-day) and its JSON.</summary>
public sealed record RecordedSend(string Conversation, string? ActivityId, string Json);
