using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace KarmayogiBot.Assistant.Tests;

/// <summary>A <see cref="KarmayogiAssistant"/> over the shipped catalog, with a roster and records held by Moq'd ports.</summary>
public sealed class AssistantHarness
{
    public static readonly TrainingCatalog Catalog = CatalogLoader.LoadDefault();

    private readonly List<OfficerRecords> _roster = [];
    private readonly Dictionary<string, ConversationMemory> _memories = [];

    public AssistantHarness(TrainingCatalog? catalog = null)
    {
        var officers = new Mock<IOfficerStore>();
        officers.Setup(o => o.FindByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string email, CancellationToken _) => _roster.Select(r => r.Officer).FirstOrDefault(o => string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase)));
        officers.Setup(o => o.FindByAadObjectIdAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string aad, CancellationToken _) => _roster.Select(r => r.Officer).FirstOrDefault(o => o.AadObjectId == aad));
        officers.Setup(o => o.ListAsync(It.IsAny<OfficerScope>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OfficerScope scope, CancellationToken _) => _roster.Select(r => r.Officer).Where(o => scope.Zone is null || o.Zone == scope.Zone).ToList());
        var records = new Mock<ICourseRecordStore>();
        records.Setup(r => r.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string code, CancellationToken _) => _roster.FirstOrDefault(r => r.Officer.EmployeeCode == code));
        records.Setup(r => r.ListReportsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string code, CancellationToken _) => _roster.Where(r => r.Officer.ReportsTo == code).ToList());
        var memories = new Mock<IConversationMemoryStore>();
        memories.Setup(m => m.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, CancellationToken _) => _memories.GetValueOrDefault(key));
        memories.Setup(m => m.SaveAsync(It.IsAny<ConversationMemory>(), It.IsAny<CancellationToken>()))
            .Callback((ConversationMemory memory, CancellationToken _) => _memories[memory.UserKey] = memory)
            .Returns(Task.CompletedTask);
        ZoneRecords.Setup(z => z.ReadAsync(It.IsAny<OfficerScope>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((OfficerScope scope, bool _, CancellationToken _) => _roster
                .Where(r => (scope.Zone is null || r.Officer.Zone == scope.Zone) && (scope.Formation is null || r.Officer.Formation == scope.Formation)).ToList());
        ZoneExports.Setup(e => e.Export(It.IsAny<ZoneSummary>())).Returns(ExportLink);
        ZoneExports.Setup(e => e.Export(It.IsAny<NacinReport>())).Returns(ExportLink);
        Officers = officers.Object;
        var evaluator = new StandingEvaluator(catalog ?? Catalog);
        Assistant = new KarmayogiAssistant(catalog ?? Catalog, evaluator, officers.Object, records.Object, memories.Object,
            new ZoneSummaryService(ZoneRecords.Object, evaluator), ZoneExports.Object, NudgeHistory.Object, NullLogger<KarmayogiAssistant>.Instance);
    }

    public static Uri ExportLink { get; } = new("https://bot.example.gov.in/exports/0123?expires=1&sig=ab");

    public KarmayogiAssistant Assistant { get; }

    /// <summary>The roster as the assistant's store sees it; turns identify their officer in it, as the bot does.</summary>
    public IOfficerStore Officers { get; }

    /// <summary>The zone summaries' reads: the harness's roster, by scope.</summary>
    public Mock<IZoneRecordStore> ZoneRecords { get; } = new();

    public Mock<IZoneExports> ZoneExports { get; } = new();

    /// <summary>No nudge pass has run, unless a test says otherwise.</summary>
    public Mock<INudgeHistory> NudgeHistory { get; } = new();

    public DateOnly Today { get; set; } = new(2026, 3, 20);

    public Officer AddOfficer(string code, string designation, string formation, ProductRole role = ProductRole.Officer, string? profileDesignation = null, params (string Course, CourseProgress Progress)[] records) =>
        AddOfficerIn("Chennai CGST Zone", code, designation, formation, role, profileDesignation, records);

    public Officer AddOfficerIn(string zone, string code, string designation, string formation, ProductRole role = ProductRole.Officer, string? profileDesignation = null, params (string Course, CourseProgress Progress)[] records)
    {
        var officer = new Officer(code, $"Officer {code}", designation, formation, zone, null, $"{code.ToLowerInvariant()}@example.gov.in", "9000000000", role, $"aad-{code}", null);
        var stored = records.Select(r => new StoredCourseRecord(
            new CourseRecord(r.Course, r.Progress, r.Progress == CourseProgress.Completed ? 100 : 20, r.Progress == CourseProgress.Completed ? new DateOnly(2026, 2, 1) : null),
            null, "ConsumptionReport.csv", new DateTime(2026, 3, 15))).ToList();
        _roster.Add(new OfficerRecords(officer, new IgotProfile(profileDesignation, "GROUP B", "VERIFIED", new DateTime(2026, 3, 15)), stored));
        return officer;
    }

    /// <summary>A roster officer no imported iGOT report has (absent from the UserReport): not registered on iGOT.</summary>
    public Officer AddUnregisteredOfficer(string code, string designation, string formation)
    {
        var officer = new Officer(code, $"Officer {code}", designation, formation, "Chennai CGST Zone", null, $"{code.ToLowerInvariant()}@example.gov.in", "9000000000", ProductRole.Officer, $"aad-{code}", null);
        _roster.Add(new OfficerRecords(officer, null, []));
        return officer;
    }

    /// <summary>Sends the turns as one user; returns the text a person sees for the last turn (message text and card text).</summary>
    public async Task<string> AskAsync(string userKey, params string[] turns) => Flatten(await TurnsAsync(new UserIdentity(userKey, null, null, null, null), turns));

    public async Task<string> AskAsAsync(Officer officer, params string[] turns) =>
        Flatten(await TurnsAsync(new UserIdentity(officer.AadObjectId!, officer.Name, officer.Email, officer.Email, officer.AadObjectId), turns));

    public async Task<IReadOnlyList<ReplyMessage>> TurnsAsync(UserIdentity user, params string[] turns)
    {
        IReadOnlyList<ReplyMessage> replies = [];
        foreach (var turn in turns)
        {
            replies = (await Assistant.ReplyAsync(new AssistantRequest(user, await Officers.FindOfficerAsync(user), turn, null, Today))).Messages;
        }

        return replies;
    }

    public static string Flatten(IEnumerable<ReplyMessage> replies) =>
        string.Join("\n", replies.Select(r => r.Text + "\n" + (r.Card?.ToJsonString() is { } json ? CardText(json) : "") + "\n" + string.Join("\n", r.Suggestions ?? [])));

    private static string CardText(string json)
    {
        var texts = new List<string>();
        Walk(System.Text.Json.JsonDocument.Parse(json).RootElement);
        return string.Join("\n", texts);

        void Walk(System.Text.Json.JsonElement node)
        {
            if (node.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" or "label" && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Walk(property.Value);
                    }
                }
            }
            else if (node.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }
}
