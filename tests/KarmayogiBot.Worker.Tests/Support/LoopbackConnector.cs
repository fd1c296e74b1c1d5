using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>
/// A Teams connector on a free loopback port (an <see cref="HttpListener"/>), answering a bot as the Bot Framework's
/// connector service does: it opens conversations (accepting an Entra object id as member, as Teams does), records
/// every activity sent, answers member look-ups, and, on request, throttles (429 with Retry-After past
/// <c>throttleRps</c> sends a second), fails (503 for a share of sends) and refuses users (403, as for a user who
/// blocked the bot).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    public const string Tenant = "72f988bf-0000-4000-8000-00000000c0de";

    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, ConnectorUser> _users;
    private readonly HashSet<string> _forbidden;
    private readonly double? _throttleRps;
    private readonly Random _random = new(17);
    private readonly Queue<DateTime> _recent = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly List<RecordedSend> _sends = [];
    private readonly Dictionary<string, string> _created = new(StringComparer.Ordinal);
    private readonly Task _serving;
    private int _ids;

    private LoopbackConnector(IEnumerable<ConnectorUser> users, double? throttleRps, double failRate, IEnumerable<string> forbid)
    {
        _users = users.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var forbidden = forbid.ToHashSet(StringComparer.Ordinal);
        _forbidden = _users.Values.Where(u => forbidden.Contains(u.Key)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        _throttleRps = throttleRps;
        FailRate = failRate;
        ServiceUrl = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(ServiceUrl);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string ServiceUrl { get; }

    /// <summary>The share of sends answered 503; set it to 0 to have the connector recover.</summary>
    public double FailRate { get; set; }

    /// <param name="users">Who is in the tenant.</param>
    /// <param name="forbid">Keys (employee codes) of users who blocked the bot: sends to them get 403.</param>
    public static Task<LoopbackConnector> StartAsync(IEnumerable<ConnectorUser> users, double? throttleRps = null, double failRate = 0, IEnumerable<string>? forbid = null) =>
        Task.FromResult(new LoopbackConnector(users, throttleRps, failRate, forbid ?? []));

    /// <summary>Every send the connector accepted (and every update of one), in order.</summary>
    public IReadOnlyList<RecordedSend> Sends()
    {
        lock (_gate)
        {
            return [.. _sends];
        }
    }

    /// <summary>Conversations opened: conversation id → the member id the bot asked for (the Entra object id).</summary>
    public IReadOnlyDictionary<string, string> Created()
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_created, StringComparer.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving.ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync().ConfigureAwait(false);
        var parts = request.Url!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var (status, answer, retryAfter) = (request.HttpMethod, parts) switch
        {
            ("POST", ["v3", "conversations"]) => CreateConversation(body),
            ("POST", ["v3", "conversations", var conversation, "activities", ..]) => Send(conversation, body),
            ("PUT", ["v3", "conversations", var conversation, "activities", var activity]) => Update(conversation, activity, body),
            ("GET", ["v3", "conversations", _, "members", var member]) => _users.TryGetValue(member, out var user)
                ? (200, Member(user), false)
                : (404, Error("MemberNotFound", "no such member"), false),
            ("GET", ["v3", "conversations", var conversation, "members"]) => (200, Members(conversation), false),
            _ => (404, Error("NotFound", request.Url.AbsolutePath), false),
        };
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        if (retryAfter)
        {
            response.Headers["Retry-After"] = "1";
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer);
        response.ContentLength64 = bytes.Length;
        try
        {
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away (a worker killed mid-send).
        }
    }

    private (int, object, bool) CreateConversation(string body)
    {
        var asked = JsonNode.Parse(body)?["members"]?[0]?["id"]?.GetValue<string>() ?? "";
        var member = _users.ContainsKey(asked) ? asked
            : _users.Values.FirstOrDefault(u => asked == u.AadObjectId || asked == "8:orgid:" + u.AadObjectId)?.Id ?? asked;
        var conversation = "a:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(member)))[..32];
        lock (_gate)
        {
            _members[conversation] = member;
            _created[conversation] = asked;
        }

        return (201, new { id = conversation }, false);
    }

    private (int, object, bool) Send(string conversation, string body)
    {
        lock (_gate)
        {
            if (_members.TryGetValue(conversation, out var member) && _forbidden.Contains(member))
            {
                return (403, Error("Forbidden", "User blocked the conversation with the bot."), false);
            }

            var now = DateTime.UtcNow;
            while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_throttleRps is { } rps && _recent.Count >= rps)
            {
                return (429, Error("Throttled", "Too many requests"), true);
            }

            if (FailRate > 0 && _random.NextDouble() < FailRate)
            {
                return (503, Error("ServiceUnavailable", "try again"), false);
            }

            _recent.Enqueue(now);
            using var activity = JsonDocument.Parse(body);
            _sends.Add(new RecordedSend(conversation, activity.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null, body));
            return (200, new { id = (++_ids).ToString(System.Globalization.CultureInfo.InvariantCulture) }, false);
        }
    }

    private (int, object, bool) Update(string conversation, string activity, string body)
    {
        lock (_gate)
        {
            _sends.Add(new RecordedSend(conversation, activity, body));
        }

        return (200, new { id = activity }, false);
    }

    private object[] Members(string conversation)
    {
        lock (_gate)
        {
            return _members.TryGetValue(conversation, out var id) && _users.TryGetValue(id, out var user) ? [Member(user)] : [];
        }
    }

    private static object Member(ConnectorUser user) => new
    {
        id = user.Id, name = user.Name, aadObjectId = user.AadObjectId, email = user.Email, userPrincipalName = user.Email,
        givenName = user.Name.Split(' ')[0], surname = user.Name.Split(' ')[^1], tenantId = Tenant, userRole = "user",
    };

    private static object Error(string code, string message) => new { error = new { code, message } };
}
