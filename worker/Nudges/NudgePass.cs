using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Worker.Delivery;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Nudges;

/// <summary>
/// One nudge pass as if at an instant: judges every officer in the plan in force that day (India time), asks the
/// <see cref="NudgePolicy"/> who is due, writes each nudge (and each nodal officer's escalation) to the outbox keyed
/// (officer, kind, day) before anything is sent, then delivers the day's outbox. Run again the same day (after a
/// crash, or on a second worker) it plans nothing new and finishes what is left.
/// </summary>
public sealed class NudgePass(
    ICourseRecordStore records,
    IConversationStore conversations,
    StandingEvaluator evaluator,
    OutboxStore outbox,
    NudgeEscalationStore escalationStore,
    ReachabilityStore reachability,
    INudgeSnoozes snoozes,
    OfficerLanguageStore languages,
    OutboxDispatcher dispatcher,
    NudgePolicy policy,
    IOptions<DeliveryOptions> delivery,
    TimeProvider clock,
    ILogger<NudgePass> logger)
{
    public static readonly IReadOnlyList<string> Kinds = [OutboxKinds.Nudge, OutboxKinds.Digest, OutboxKinds.Escalation];

    /// <summary>Messages written per transaction; delivery starts after the first batch.</summary>
    private const int PlanBatch = 500;

    /// <summary>The language of the messages to officers who have never written to the bot; the others get theirs (Hindi to those who wrote in Hindi).</summary>
    public Language Language { get; init; } = Language.English;

    /// <param name="dryRun">Print who would get what to <paramref name="output"/>; write and send nothing.</param>
    /// <param name="retryFailed">Also try again the day's messages that failed after their attempts (not those in doubt).</param>
    public async Task<NudgePassResult> RunAsync(DateTimeOffset instant, bool dryRun, TextWriter? output = null, CancellationToken cancellationToken = default, bool retryFailed = false)
    {
        var day = IndiaCalendar.DateOf(instant);
        if (policy.Office.WhyClosed(instant) is { } closed)
        {
            logger.LogInformation("Nudge pass at {Instant}: not office time ({Reason}); nothing sent", instant, closed);
            return new NudgePassResult(instant, day, closed, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
        }

        var cycle = evaluator.Catalog.CurrentPlan(day) ?? throw new InvalidOperationException("The catalog has no role-based training plan.");
        if (!policy.NudgesFor(cycle.Deadline, day))
        {
            var why = $"the {cycle.Title} closed on {cycle.Deadline:dd.MM.yyyy} and no newer plan is in the catalog (Worker:Nudges:ClosedCycleNudgeDays {policy.ClosedCycleNudgeDays})";
            logger.LogInformation("Nudge pass at {Instant}: {Reason}; nothing sent", instant, why);
            return new NudgePassResult(instant, day, why, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
        }

        var all = await records.ListAsync(OfficerScope.All, cancellationToken).ConfigureAwait(false);
        var references = (await conversations.ListAsync(OfficerScope.All, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.EmployeeCode, StringComparer.Ordinal);
        var lastNudged = await outbox.LastDeliveredAsync(OutboxKinds.Nudge, cancellationToken).ConfigureAwait(false);
        var escalated = await escalationStore.EscalatedAsync(cycle.Id, cancellationToken).ConfigureAwait(false);
        var lastDigests = await outbox.LastWrittenAsync(OutboxKinds.Digest, cancellationToken).ConfigureAwait(false);
        var spoken = await languages.LanguagesAsync(cancellationToken).ConfigureAwait(false);
        Language LanguageOf(string employeeCode) =>
            spoken.TryGetValue(employeeCode, out var language) && Enum.TryParse<Language>(language, out var known) ? known : Language;
        var unreachable = await reachability.UnreachableAsync(cancellationToken).ConfigureAwait(false);
        var snoozed = await snoozes.SnoozedAsync(cycle.Id, day, cancellationToken).ConfigureAwait(false);
        var registration = evaluator.Catalog.Registration;
        var now = clock.GetUtcNow();

        var planned = new List<PlannedMessage>();
        var escalations = new Dictionary<string, List<(OfficerStanding, NudgeDecision)>>(StringComparer.OrdinalIgnoreCase);
        var digests = new Dictionary<string, List<(OfficerStanding, NudgeDecision)>>(StringComparer.OrdinalIgnoreCase);
        int reminders = 0, overdue = 0, compliant = 0, notDue = 0, roleUnknown = 0, snoozedNow = 0, unreachableNow = 0, written = 0, existing = 0, requeued = 0;
        var runId = $"nudge-{day:yyyyMMdd}-{Guid.NewGuid():N}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var planning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<DispatchResult>? dispatch = null;
        if (!dryRun)
        {
            var expired = await outbox.ExpireBeforeAsync(day, Kinds, now, cancellationToken).ConfigureAwait(false);
            if (expired > 0)
            {
                logger.LogWarning("{Count} nudges of earlier days were never delivered; they have expired", expired);
            }

            if (retryFailed)
            {
                requeued = await outbox.RequeueFailedAsync(day, Kinds, now, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("{Count} of the day's failed messages are tried again", requeued);
            }
        }

        // Written in batches, each before any of it is sent; delivery starts with the first batch and waits for the last.
        async Task FlushAsync()
        {
            if (dryRun || planned.Count == 0)
            {
                planned.Clear();
                return;
            }

            var rows = await outbox.PlanAsync(runId, planned, now, null, cancellationToken).ConfigureAwait(false);
            written += rows.Count;
            existing += planned.Count - rows.Count;
            planned.Clear();
            dispatch ??= dispatcher.RunAsync(day, Kinds, stop.Token, planning.Task);
        }

        try
        {
            foreach (var officer in all)
            {
                var standing = evaluator.Evaluate(officer, day, cycle);
                var code = officer.Officer.EmployeeCode;
                var decision = policy.Decide(standing, lastNudged.TryGetValue(code, out var last) ? last : null, escalated.Contains(code), instant,
                    snoozed.TryGetValue(code, out var until) ? until : null);
                switch (decision.Outcome)
                {
                    case NudgeOutcome.Compliant: compliant++; continue;
                    case NudgeOutcome.RoleUnknown: roleUnknown++; continue;
                    case NudgeOutcome.NotDue: notDue++; break;
                    case NudgeOutcome.Snoozed: snoozedNow++; break;
                    case NudgeOutcome.Nudge when decision.Kind == NudgeKind.Overdue: overdue++; break;
                    case NudgeOutcome.Nudge: reminders++; break;
                }

                if (decision.ForReportingOfficer && officer.Officer.ReportsTo is { Length: > 0 } reportingOfficer)
                {
                    (digests.TryGetValue(reportingOfficer.Trim(), out var team) ? team : digests[reportingOfficer.Trim()] = []).Add((standing, decision));
                }

                if (decision.Escalate && officer.Officer.Zone is { Length: > 0 } zone)
                {
                    (escalations.TryGetValue(zone, out var list) ? list : escalations[zone] = []).Add((standing, decision));
                }

                if (!decision.ShouldNudge)
                {
                    continue;
                }

                var card = NudgeAnswers.Nudge(standing, decision, day, LanguageOf(code), registration);
                var messageId = MessagePayload.MessageId(OutboxKinds.Nudge, code, day);
                var why = WhyUnreachable(officer.Officer, references, unreachable, now);
                unreachableNow += why is null ? 0 : 1;
                planned.Add(new PlannedMessage(code, OutboxKinds.Nudge, day, messageId, decision.Kind == NudgeKind.Overdue ? "overdue" : "reminder",
                    MessagePayload.Create(messageId, card), why is null ? OutboxStates.Planned : OutboxStates.Unreachable, why));
                if (dryRun && output is not null)
                {
                    var o = officer.Officer;
                    output.WriteLine($"{(decision.Kind == NudgeKind.Overdue ? "overdue " : "reminder")} {o.EmployeeCode} {o.Name}, {o.Designation}, {o.Formation}: {decision.Pending} pending, " +
                        (decision.Kind == NudgeKind.Overdue ? $"{decision.DaysOverdue} days overdue" : $"{decision.DaysLeft} days left") +
                        (why is null ? (references.ContainsKey(code) ? "" : " (opens a conversation)") : $" [unreachable: {why}]") +
                        (StatusAnswersNext(standing) is { } next ? $"; {next}" : ""));
                }

                if (planned.Count >= PlanBatch)
                {
                    await FlushAsync().ConfigureAwait(false);
                }
            }

            var digestCount = PlanDigests(digests, all, lastDigests, references, unreachable, LanguageOf, day, now, planned, dryRun ? output : null);
            var escalationCount = PlanEscalations(escalations, all, references, unreachable, LanguageOf, day, cycle, now, planned, dryRun ? output : null);
            await FlushAsync().ConfigureAwait(false);
            planning.SetResult();
            logger.LogInformation(
                "Nudge pass for {Day}: {Reminders} reminders, {Overdue} overdue, {Digests} digests to reporting officers, {Escalations} escalations; {Compliant} compliant, {NotDue} not due yet, {Snoozed} asked to be reminded later, {RoleUnknown} with no known role",
                day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reminders, overdue, digestCount, escalationCount, compliant, notDue, snoozedNow, roleUnknown);
            if (dryRun)
            {
                return new NudgePassResult(instant, day, null, reminders, overdue, escalationCount, compliant, notDue, roleUnknown, unreachableNow, 0, null, null) { Digests = digestCount, Snoozed = snoozedNow };
            }

            logger.LogInformation("Nudge pass {RunId}: {Written} messages written to the outbox ({Existing} were there already)", runId, written, existing);
            var result = await (dispatch ?? dispatcher.RunAsync(day, Kinds, stop.Token)).ConfigureAwait(false);
            var counts = await outbox.CountAsync(day, [OutboxKinds.Nudge], cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Nudge pass {RunId} done: {Sent} sent, {Failed} failed, {Unreachable} unreachable, {Pending} pending (today's nudges)",
                runId, counts.Sent, counts.Failed, counts.Unreachable, counts.Pending);
            return new NudgePassResult(instant, day, null, reminders, overdue, escalationCount, compliant, notDue, roleUnknown, unreachableNow, written, counts, result) { Requeued = requeued, Digests = digestCount, Snoozed = snoozedNow };
        }
        catch when (dispatch is not null && !planning.Task.IsCompleted)
        {
            // Planning failed while delivery had started: stop delivery (what was written stays planned for the next run).
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await dispatch.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            throw;
        }
    }

    /// <summary>
    /// One digest to each reporting officer with reports overdue past the ladder's first step, of exactly those reports,
    /// unless they had one in the last <see cref="NudgePolicy.DigestEveryDays"/> days (written, whatever became of it).
    /// </summary>
    private int PlanDigests(
        Dictionary<string, List<(OfficerStanding, NudgeDecision)>> digests,
        IReadOnlyList<OfficerRecords> all,
        IReadOnlyDictionary<string, DateOnly> lastDigests,
        IReadOnlyDictionary<string, StoredConversationReference> references,
        IReadOnlyDictionary<string, Reachability> unreachable,
        Func<string, Language> languageOf,
        DateOnly day,
        DateTimeOffset now,
        List<PlannedMessage> planned,
        TextWriter? output)
    {
        if (digests.Count == 0)
        {
            return 0;
        }

        var officers = all.Select(o => o.Officer).ToDictionary(o => o.EmployeeCode, StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var (code, team) in digests)
        {
            if (!officers.TryGetValue(code, out var reportingOfficer))
            {
                logger.LogWarning("{Count} officers are overdue past the reporting officer's threshold, but their reporting officer is not in the roster", team.Count);
                continue;
            }

            if (!policy.DigestDue(lastDigests.TryGetValue(reportingOfficer.EmployeeCode, out var last) ? last : null, day))
            {
                continue;
            }

            var card = NudgeAnswers.TeamDigest(team, policy.ReportingOfficerAfterOverdueDays, languageOf(reportingOfficer.EmployeeCode));
            var messageId = MessagePayload.MessageId(OutboxKinds.Digest, reportingOfficer.EmployeeCode, day);
            var why = WhyUnreachable(reportingOfficer, references, unreachable, now);
            planned.Add(new PlannedMessage(reportingOfficer.EmployeeCode, OutboxKinds.Digest, day, messageId, $"{team.Count} overdue", MessagePayload.Create(messageId, card),
                why is null ? OutboxStates.Planned : OutboxStates.Unreachable, why));
            count++;
            output?.WriteLine($"digest {reportingOfficer.EmployeeCode} {reportingOfficer.Name} (reporting officer): {team.Count} officers overdue {policy.ReportingOfficerAfterOverdueDays}+ days: " +
                string.Join(", ", team.Select(t => t.Item1.Officer.Officer.EmployeeCode)) + (why is null ? "" : $" [unreachable: {why}]"));
        }

        return count;
    }

    private int PlanEscalations(
        Dictionary<string, List<(OfficerStanding, NudgeDecision)>> escalations,
        IReadOnlyList<OfficerRecords> all,
        IReadOnlyDictionary<string, StoredConversationReference> references,
        IReadOnlyDictionary<string, Reachability> unreachable,
        Func<string, Language> languageOf,
        DateOnly day,
        Cycle cycle,
        DateTimeOffset now,
        List<PlannedMessage> planned,
        TextWriter? output)
    {
        var count = 0;
        foreach (var (zone, list) in escalations)
        {
            var nodals = all.Select(o => o.Officer).Where(o => o.Role == ProductRole.Nodal && string.Equals(o.Zone, zone, StringComparison.OrdinalIgnoreCase)).ToList();
            if (nodals.Count == 0)
            {
                logger.LogWarning("{Count} officers of zone {Zone} are overdue past the escalation threshold, but the zone has no nodal officer in the roster", list.Count, zone);
                continue;
            }

            var codes = list.Select(e => e.Item1.Officer.Officer.EmployeeCode).ToList();
            foreach (var nodal in nodals)
            {
                var card = NudgeAnswers.Escalation(zone, list, policy.EscalateAfterOverdueDays, languageOf(nodal.EmployeeCode));
                var messageId = MessagePayload.MessageId(OutboxKinds.Escalation, nodal.EmployeeCode, day);
                var why = WhyUnreachable(nodal, references, unreachable, now);
                planned.Add(new PlannedMessage(nodal.EmployeeCode, OutboxKinds.Escalation, day, messageId, $"{codes.Count} overdue", MessagePayload.Create(messageId, card),
                    why is null ? OutboxStates.Planned : OutboxStates.Unreachable, why, codes, cycle.Id));
                count++;
                output?.WriteLine($"escalation {nodal.EmployeeCode} {nodal.Name} (nodal, {zone}): {codes.Count} officers overdue {policy.EscalateAfterOverdueDays}+ days: {string.Join(", ", codes)}" +
                    (why is null ? "" : $" [unreachable: {why}]"));
            }
        }

        return count;
    }

    private string? WhyUnreachable(Officer officer, IReadOnlyDictionary<string, StoredConversationReference> references, IReadOnlyDictionary<string, Reachability> unreachable, DateTimeOffset now) =>
        ReachabilityRule.WhyUnreachable(officer, references, unreachable, now, delivery.Value.UnreachableRetryDays);

    private string? StatusAnswersNext(OfficerStanding standing) => Assistant.Answers.StatusAnswers.NextStep(standing, Language);
}
