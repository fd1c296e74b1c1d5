using System.Diagnostics;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Worker.Delivery;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Summaries;

/// <summary>
/// The fortnightly summaries: every nodal officer gets their zone's (an admin every zone's), built from one read of
/// the store: totals and shares, the change since the last summary (snapshots kept per zone), lagging formations,
/// charts, the defaulters .xlsx and the report for NACIN's iGOT Cell (<see cref="NacinReport"/>: courses completed in
/// the fortnight) behind signed links the bot serves, and the officers the bot cannot reach. Written
/// to the outbox keyed (officer, summary, day) before anything is sent, then delivered.
/// </summary>
public sealed class SummaryPass(
    IConversationStore conversations,
    ZoneSummaryService summaries,
    OutboxStore outbox,
    ReachabilityStore reachability,
    SummarySnapshotStore summarySnapshots,
    OutboxDispatcher dispatcher,
    ExportLinks exports,
    IOptions<SummaryOptions> options,
    IOptions<DeliveryOptions> delivery,
    TimeProvider clock,
    ILogger<SummaryPass> logger)
{
    public static readonly IReadOnlyList<string> Kinds = [OutboxKinds.Summary];

    public Language Language { get; init; } = Language.English;

    /// <param name="day">The summaries' day (India date): the as-of date of the figures and the outbox key.</param>
    /// <param name="dryRun">Print who would get what; write no workbook, plan and send nothing.</param>
    public async Task<SummaryPassResult> RunAsync(DateOnly day, bool dryRun, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var watch = Stopwatch.StartNew();
        var cpu = Cpu();

        // One read of the whole store (judged once, as the all-zones summary); each zone's summary is then built from it.
        // The completion days come with it: the NACIN report counts the courses completed in the fortnight.
        var everyone = await summaries.SummarizeAsync(OfficerScope.All, day, cancellationToken, withCompletionDays: true).ConfigureAwait(false);
        var references = (await conversations.ListAsync(OfficerScope.All, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.EmployeeCode, StringComparer.Ordinal);
        var marks = await reachability.UnreachableAsync(cancellationToken).ConfigureAwait(false);
        var entra = await reachability.WithEntraIdAsync(cancellationToken).ConfigureAwait(false); // the lean read leaves Entra ids out
        var load = watch.Elapsed;
        var loadCpu = Cpu() - cpu;

        watch.Restart();
        cpu = Cpu();
        var now = clock.GetUtcNow();
        string? Unreachable(Officer o) => ReachabilityRule.WhyUnreachable(o.EmployeeCode, entra.Contains(o.EmployeeCode), references, marks, now, delivery.Value.UnreachableRetryDays);
        var recipients = everyone.Officers.Select(o => o.Officer.Officer)
            .Where(o => o.Role == ProductRole.Admin || o.Role == ProductRole.Nodal && !string.IsNullOrWhiteSpace(o.Zone)).ToList();
        var byZone = new Dictionary<string, List<OfficerRecords>>(StringComparer.Ordinal);
        foreach (var group in everyone.Officers.GroupBy(o => o.Officer.Officer.Zone ?? "", StringComparer.Ordinal))
        {
            var zoneKey = OfficerKeys.Name(group.Key) ?? "";
            (byZone.TryGetValue(zoneKey, out var list) ? list : byZone[zoneKey] = []).AddRange(group.Select(o => o.Officer));
        }

        var scopes = new Dictionary<string, (ZoneSummary Summary, List<string> Unreachable)>(StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            var scope = recipient.Role == ProductRole.Admin ? OfficerScope.All : OfficerScope.ForZone(recipient.Zone!);
            var key = SummarySnapshotStore.ScopeKey(scope);
            if (scopes.ContainsKey(key))
            {
                continue;
            }

            var members = recipient.Role == ProductRole.Admin ? null : byZone.GetValueOrDefault(OfficerKeys.Name(recipient.Zone) ?? "", []);
            var summary = members is null || members.Count == everyone.Officers.Count
                ? everyone with { Scope = scope } // the zone is everyone in the store: the same figures, judged once
                : summaries.Summarize(scope, members, day) with { Reports = everyone.Reports };
            var unreachable = summary.Officers.Select(m => m.Officer.Officer)
                .Where(o => Unreachable(o) is not null)
                .OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => $"{o.Name} ({o.EmployeeCode}, {o.Formation})").ToList();
            scopes[key] = (summary, unreachable);
        }

        var previous = new Dictionary<string, SummarySnapshot?>(StringComparer.Ordinal);
        foreach (var key in scopes.Keys)
        {
            previous[key] = await summarySnapshots.PreviousSnapshotAsync(key, day, cancellationToken).ConfigureAwait(false);
        }

        var cards = new Dictionary<string, System.Text.Json.Nodes.JsonObject>(StringComparer.Ordinal);
        var build = watch.Elapsed;
        var buildCpu = Cpu() - cpu;

        watch.Restart();
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        var nacinLinks = new Dictionary<string, (NacinReport Report, Uri Link)>(StringComparer.Ordinal);
        var workbookFailures = new List<string>();
        if (!dryRun)
        {
            foreach (var (key, (summary, _)) in scopes)
            {
                // One zone's workbook that cannot be written never stops the other zones' summaries: that zone's
                // summary goes without its .xlsx link, and the pass says which and why.
                try
                {
                    links[key] = exports.Publish(path => SummaryWorkbook.Write(summary, path), settings.LinkLifetime);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var zone = summary.Scope.Zone ?? "all zones";
                    workbookFailures.Add($"{zone}: {ex.Message}");
                    logger.LogError("The .xlsx of {Zone} could not be written ({Reason}); its summary goes without the link", zone, ex.Message);
                }

                try
                {
                    var nacin = NacinReport.From(summary);
                    nacinLinks[key] = (nacin, exports.Publish(path => NacinWorkbook.Write(nacin, path), settings.LinkLifetime));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var zone = summary.Scope.Zone ?? "all zones";
                    workbookFailures.Add($"{zone} (report for NACIN): {ex.Message}");
                    logger.LogError("The NACIN report of {Zone} could not be written ({Reason}); its summary goes without the link", zone, ex.Message);
                }
            }
        }

        var workbooks = watch.Elapsed;
        watch.Restart();
        cpu = Cpu();
        foreach (var (key, (summary, unreachable)) in scopes)
        {
            cards[key] = ZoneAnswers.Fortnightly(summary, Previous(previous[key]), unreachable, links.GetValueOrDefault(key), settings.LaggingFormations, settings.UnreachableListed, Language,
                nacinLinks.TryGetValue(key, out var nacin) ? nacin : null);
        }

        build += watch.Elapsed;
        buildCpu += Cpu() - cpu;
        var planned = new List<PlannedMessage>();
        foreach (var recipient in recipients)
        {
            var key = SummarySnapshotStore.ScopeKey(recipient.Role == ProductRole.Admin ? OfficerScope.All : OfficerScope.ForZone(recipient.Zone!));
            var (summary, unreachable) = scopes[key];
            var messageId = MessagePayload.MessageId(OutboxKinds.Summary, recipient.EmployeeCode, day);
            var why = Unreachable(recipient);
            planned.Add(new PlannedMessage(recipient.EmployeeCode, OutboxKinds.Summary, day, messageId, summary.Scope.Zone ?? "all zones",
                MessagePayload.Create(messageId, cards[key]), why is null ? OutboxStates.Planned : OutboxStates.Unreachable, why));
            if (dryRun && output is not null)
            {
                var t = summary.Totals;
                output.WriteLine($"summary {recipient.EmployeeCode} {recipient.Name} ({recipient.Role}, {summary.Scope.Zone ?? "all zones"}): {Say.Count(t.Officers, "officer", "officers")}, " +
                    $"{t.Compliant} fully compliant, {t.AssessmentPassed} assessment passed, {t.DesignationCorrect} right iGOT designation, {t.Overdue} overdue; " +
                    $"{unreachable.Count} unreachable" + (previous[key] is { } p ? $"; change since {p.Day:dd.MM.yyyy}" : "") + (why is null ? "" : $" [recipient unreachable: {why}]"));
            }
        }

        logger.LogInformation(
            "Summaries for {Day}: {Recipients} recipients, {Scopes} zones, {Officers} officers; read {LoadMs} ms, built {BuildMs} ms, workbooks {WorkbookMs} ms",
            day, recipients.Count, scopes.Count, everyone.Totals.Officers, (long)load.TotalMilliseconds, (long)build.TotalMilliseconds, (long)workbooks.TotalMilliseconds);
        if (dryRun)
        {
            return new SummaryPassResult(day, everyone.Totals.Officers, recipients.Count, scopes.Count, 0, load, build, TimeSpan.Zero, null, null) { LoadCpu = loadCpu, BuildCpu = buildCpu };
        }

        var snapshots = scopes.Select(s => Snapshot(s.Key, day, s.Value.Summary)).ToList();
        var runId = $"summary-{day:yyyyMMdd}-{Guid.NewGuid():N}";
        var written = await outbox.PlanAsync(runId, planned, now, snapshots, cancellationToken).ConfigureAwait(false);
        foreach (var (key, link) in links.Select(l => (l.Key, l.Value)).Concat(nacinLinks.Select(l => (l.Key, l.Value.Link))))
        {
            // Every recipient of this zone already had today's summary (an earlier run): its workbooks are not linked from anywhere.
            var zone = scopes[key].Summary.Scope.Zone ?? "all zones";
            if (!written.Any(w => w.Subject == zone))
            {
                exports.Withdraw(link);
            }
        }

        var expired = await outbox.ExpireBeforeAsync(day, Kinds, now, cancellationToken).ConfigureAwait(false);
        if (expired > 0)
        {
            logger.LogWarning("{Count} summaries of earlier days were never delivered; they have expired", expired);
        }

        var dispatch = await dispatcher.RunAsync(day, Kinds, cancellationToken).ConfigureAwait(false);
        var counts = await outbox.CountAsync(day, Kinds, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Summaries {RunId}: {Written} written, {Sent} sent, {Failed} failed, {Unreachable} unreachable, {Pending} pending",
            runId, written.Count, counts.Sent, counts.Failed, counts.Unreachable, counts.Pending);
        return new SummaryPassResult(day, everyone.Totals.Officers, recipients.Count, scopes.Count, written.Count, load, build, workbooks, counts, dispatch)
        {
            LoadCpu = loadCpu, BuildCpu = buildCpu, WorkbookFailures = workbookFailures,
        };
    }

    /// <summary>The process's processor time: the build's cost even when other processes share the cores.</summary>
    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static PreviousSummary? Previous(SummarySnapshot? snapshot) => snapshot is null ? null
        : new PreviousSummary(snapshot.Day, new SummaryCounts(snapshot.Officers, snapshot.Compliant, snapshot.AssessmentPassed, snapshot.DesignationCorrect, snapshot.Overdue, snapshot.UnknownRole));

    private static SummarySnapshot Snapshot(string key, DateOnly day, ZoneSummary summary)
    {
        var t = summary.Totals;
        return new SummarySnapshot(key, day, summary.Cycle.Id, t.Officers, t.Compliant, t.AssessmentPassed, t.DesignationCorrect, t.Overdue, t.UnknownRole);
    }
}
