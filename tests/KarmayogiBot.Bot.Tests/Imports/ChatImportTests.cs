extern alias worker;

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KarmayogiBot.Bot.Tests.Hosting;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using worker::KarmayogiBot.Worker.SampleZone;

namespace KarmayogiBot.Bot.Tests.Imports;

/// <summary>
/// Reports dropped into the chat (issue 16): a sample zone's files sent by its nodal officer as Teams sends them (a
/// <c>file.download.info</c> attachment whose downloadUrl is on a loopback file server), imported as the command line
/// imports them; the guards (who may, which hosts, how big) fetch nothing they refuse.
/// </summary>
public sealed class ChatImportTests : IAsyncLifetime
{
    private const string Connector = "http://127.0.0.1:59998/";
    private const string Password = "Zone-Reports-2026";
    private readonly string _zone = Directory.CreateTempSubdirectory("chat-import-zone-").FullName;
    private readonly ConcurrentQueue<JsonObject> _posted = new();
    private readonly Dictionary<string, string> _emails = new(StringComparer.Ordinal);
    private LoopbackFileServer _files = null!;
    private BotHostFactory? _host;
    private JsonElement _expected;
    private int _imports;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, SampleZoneCommand.Run(["--officers", "120", "--seed", "11", "--zone", "Mumbai CGST Zone", "--as-of", "2026-03-20", "--out", _zone], TextWriter.Null));
        _expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_zone, "expected.json"))).RootElement;
        using (var zip = new ICSharpCode.SharpZipLib.Zip.ZipOutputStream(File.Create(Path.Combine(_zone, "reports.zip"))) { Password = Password })
        {
            zip.PutNextEntry(new ICSharpCode.SharpZipLib.Zip.ZipEntry("ConsumptionReport.csv"));
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_zone, "ConsumptionReport.csv"));
            zip.Write(bytes, 0, bytes.Length);
        }

        // The UserReport as iGOT also gives it, a workbook.
        KarmayogiBot.Testing.Workbooks.Write(Path.Combine(_zone, "UserReport.xlsx"),
            (await File.ReadAllLinesAsync(Path.Combine(_zone, "UserReport.csv"))).Select(line => (IReadOnlyList<string>)line.Split(',')));
        _files = await LoopbackFileServer.StartAsync(_zone);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await _files.DisposeAsync();
        Directory.Delete(_zone, recursive: true);
    }

    [Fact]
    public async Task NodalOfficer_SendsTheUserReportXlsxAndThePasswordProtectedZip_ImportedAsTheCommandLineDoes_PasswordNeverLogged()
    {
        await StartAsync();
        var nodal = Officer("Nodal");

        var users = await SendAsync(nodal, file: "UserReport.xlsx", expectReplies: 3);
        Assert.StartsWith("Imported UserReport.xlsx (iGOT UserReport, report of 20.03.2026)", Text(users[1]), StringComparison.Ordinal);
        var reply = await SendAsync(nodal, file: "reports.zip", expectReplies: 2);
        Assert.Contains("reports.zip is password-protected. Send me its password as your next message", Text(reply[^1]), StringComparison.Ordinal);
        var imported = await SendAsync(nodal, text: Password, expectReplies: 3);

        Assert.StartsWith("Received reports.zip: importing it now.", Text(imported[0]), StringComparison.Ordinal);
        Assert.Contains("Imported reports.zip:ConsumptionReport.csv (iGOT ConsumptionReport, report of 20.03.2026)", Text(imported[1]), StringComparison.Ordinal);
        var facts = Facts(imported[2]);
        var totals = _expected.GetProperty("totals");
        Assert.Equal(totals.GetProperty("officers").GetInt32().ToString(), facts["Officers"].Split(' ')[0]);
        Assert.StartsWith($"{totals.GetProperty("compliant").GetInt32()} (", facts["Fully compliant"], StringComparison.Ordinal);
        Assert.StartsWith($"{totals.GetProperty("assessment_passed").GetInt32()} (", facts["Assessment passed"], StringComparison.Ordinal);
        Assert.StartsWith($"{totals.GetProperty("designation_ok").GetInt32()} (", facts["Right iGOT designation"], StringComparison.Ordinal);
        Assert.Contains("Changes are since before this import.", imported[2].ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host!.Logs.Entries, e => e.Message.Contains(Password, StringComparison.Ordinal));
        Assert.Empty(_files.Authorizations); // a plain GET: the bot's token never goes to a file host
        Assert.Equal(["UserReport.xlsx", "reports.zip:ConsumptionReport.csv"], (await History()).Take(2).Select(r => r.File).Reverse());
    }

    [Fact]
    public async Task OrdinaryOfficer_SendsAReport_ToldOnlyNodalOfficersMay_NothingFetchedOrImported()
    {
        await StartAsync();

        var reply = await SendAsync(Officer("Officer"), file: "UserReport.csv", expectReplies: 1);

        Assert.StartsWith("Only a nodal officer (or an admin) can import iGOT reports or the roster here", Text(reply[0]), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Empty(_files.Requests);
        Assert.Equal(_imports, (await History()).Count);
    }

    [Fact]
    public async Task FileOnAHostNotListed_OrRedirectedToOne_IsNotFetched()
    {
        await StartAsync();
        var nodal = Officer("Nodal");
        var elsewhere = new UriBuilder(_files.Url("UserReport.csv")) { Host = "localhost" }.Uri;

        var direct = await SendAsync(nodal, file: "UserReport.csv", url: elsewhere, expectReplies: 2);
        var redirected = await SendAsync(nodal, file: "UserReport.csv", url: new Uri(_files.BaseUrl, "redirect?to=" + Uri.EscapeDataString(elsewhere.ToString())), expectReplies: 2);

        Assert.StartsWith("UserReport.csv was not fetched: localhost is not one of the places this bot takes files from", Text(direct[^1]), StringComparison.Ordinal);
        Assert.StartsWith("UserReport.csv was not fetched: localhost", Text(redirected[^1]), StringComparison.Ordinal);
        Assert.Equal(["/redirect?to=" + Uri.EscapeDataString(elsewhere.ToString())], _files.Requests); // only the allowed host was asked
        Assert.Equal(_imports, (await History()).Count);
    }

    [Fact]
    public async Task FileLargerThanTheCap_RefusedWhileStreaming_NothingImported()
    {
        await StartAsync(new() { ["Bot:MaxImportFileBytes"] = "1000" });

        var reply = await SendAsync(Officer("Nodal"), file: "UserReport.csv", expectReplies: 2);

        Assert.StartsWith("UserReport.csv was not imported: it is larger than 0 MB", Text(reply[^1]), StringComparison.Ordinal);
        Assert.Equal(_imports, (await History()).Count);
    }

    [Fact]
    public async Task RosterWithABadRow_NothingImportedAndTheRowNamed_ThenTheGoodRowsOnTheButton()
    {
        await StartAsync();
        var nodal = Officer("Nodal");
        var lines = await File.ReadAllLinesAsync(Path.Combine(_zone, "roster.csv"));
        var cells = lines[7].Split(',');
        cells[3] = "";
        lines[7] = string.Join(',', cells);
        await File.WriteAllLinesAsync(Path.Combine(_zone, "roster-changed.csv"), lines);

        var refused = await SendAsync(nodal, file: "roster-changed.csv", expectReplies: 2);
        var card = refused[^1]["attachments"]![0]!["content"]!;
        Assert.StartsWith("roster-changed.csv: nothing was imported", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("row 8", card.ToJsonString(), StringComparison.Ordinal);
        var button = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.Submit")!;
        Assert.Equal("Import the good rows", button["title"]!.GetValue<string>());
        var all = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!;
        Assert.Equal("All rejected rows (.xlsx)", all["title"]!.GetValue<string>());
        var link = new Uri(all["url"]!.GetValue<string>());
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var workbook = _host!.Services.GetRequiredService<KarmayogiBot.Infrastructure.Exports.ExportLinks>().Resolve(link.Segments[^1], query["expires"], query["sig"]);
        var rows = KarmayogiBot.Testing.Workbooks.Read(workbook!)["Rejected rows"];
        Assert.Equal(["File", "Row", "Reason", "Row text"], rows[0].Take(4));
        Assert.Equal("8", rows[1][1]);
        Assert.Equal(_imports, (await History()).Count);

        var imported = await SendAsync(nodal, value: button["data"]!.AsObject(), expectReplies: 3);

        Assert.Contains("1 row rejected (the good rows were imported)", imported[1].ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(_imports + 1, (await History()).Count);
    }

    private async Task StartAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Bot:FileDownloadHosts:0"] = "127.0.0.1" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _host = new BotHostFactory(all, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 20, 6, 0, 0, TimeSpan.Zero))));
        _ = _host.Server;
        Assert.True((await _host.Services.GetRequiredService<RosterImporter>().ImportAsync(Path.Combine(_zone, "roster.csv"))).Committed);
        _imports = (await History()).Count; // the demo zone's and the roster's
        _host.Connector.When(HttpMethod.Get, $"{Connector}v3/conversations/*/members/*").Respond(request =>
        {
            var userId = Uri.UnescapeDataString(request.RequestUri!.Segments[^1]);
            var email = _emails[userId];
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(JsonSerializer.Serialize(new { id = userId, name = "Officer", email, userPrincipalName = email }), Encoding.UTF8, "application/json"),
            };
        });
        _host.Connector.When(HttpMethod.Post, $"{Connector}v3/conversations/*").Respond(async request =>
        {
            _posted.Enqueue(JsonNode.Parse(await request.Content!.ReadAsStringAsync())!.AsObject());
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") };
        });
    }

    /// <summary>The e-mail of the first officer of the sample zone with this role in the product.</summary>
    private string Officer(string role) => _expected.GetProperty("officers").EnumerateObject().First(o => o.Value.GetProperty("role_in_product").GetString() == role).Name;

    /// <summary>Sends a personal-chat message from the officer (a file as Teams attaches it, a text, or a card's submit) and waits for the bot's replies.</summary>
    private async Task<List<JsonObject>> SendAsync(string email, string? file = null, Uri? url = null, string? text = null, JsonObject? value = null, int expectReplies = 1)
    {
        var userId = "29:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(email)))[..16];
        _emails[userId] = email;
        var activity = PersonalChat.Message(Connector, userId, text ?? "", Guid.NewGuid().ToString("N"));
        if (file is not null)
        {
            // The shape Teams documents for a file sent to a bot in personal chat.
            activity["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/nodal/Documents/Microsoft%20Teams%20Chat%20Files/" + file,
                ["name"] = file,
                ["content"] = new JsonObject { ["downloadUrl"] = (url ?? _files.Url(file)).ToString(), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(file).TrimStart('.') },
            });
        }

        if (value is not null)
        {
            activity["value"] = value.DeepClone();
        }

        var before = _posted.Count;
        await _host!.PostAsync(activity);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_posted.Count < before + expectReplies && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var replies = _posted.Skip(before).ToList();
        Assert.True(replies.Count == expectReplies, $"{replies.Count} replies, {expectReplies} expected: {string.Join(" | ", replies.Select(Text))}");
        return replies;
    }

    private Task<IReadOnlyList<ImportRun>> History() => _host!.Services.GetRequiredService<IImportStore>().ListRecentAsync(20);

    private static string Text(JsonObject reply) => PersonalChat.Content(reply) is var content && content["fallbackText"] is { } fallback
        ? fallback.GetValue<string>()
        : content["text"]?.GetValue<string>() ?? content.ToJsonString();

    private static Dictionary<string, string> Facts(JsonObject reply) =>
        reply["attachments"]![0]!["content"]!["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "FactSet").SelectMany(f => f!["facts"]!.AsArray())
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
}
