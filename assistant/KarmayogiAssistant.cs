using System.Text.Json;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Conversations;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Memo;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using Microsoft.Extensions.Logging;

namespace KarmayogiBot.Assistant;

/// <summary>
/// The conversation: understands the turn, works out whom it is about (the designation named in it,
/// what the user told the bot before, or their roster record), and composes the answer from the
/// catalog and the officer's own records. An officer only ever sees their own records.
/// </summary>
public sealed class KarmayogiAssistant(
    TrainingCatalog catalog,
    StandingEvaluator standings,
    IOfficerStore officers,
    ICourseRecordStore courseRecords,
    IConversationMemoryStore memories,
    ZoneSummaryService zoneSummaries,
    IZoneExports zoneExports,
    INudgeHistory nudgeHistory,
    ILogger<KarmayogiAssistant> logger,
    PhrasingBank? phrasings = null) : IAssistant
{
    private const string AskedDesignation = "designation";
    private const string AskedFormation = "formation";
    private const int AnswersKept = 10_000;

    private readonly PhrasingBank _phrasings = phrasings ?? PhrasingBank.Default;
    private readonly SentenceReader _reader = new(catalog, standings, phrasings: phrasings ?? PhrasingBank.Default);
    private readonly BoundedMemo<AnswerKey, ReplyMessage> _kept = new(AnswersKept);
    private readonly ZoneDesk _zoneDesk = new(officers, zoneSummaries, zoneExports, nudgeHistory, catalog.NodalOfficer?.Citations ?? []);
    private readonly ZoneOfficerDesk _zoneOfficers = new(officers, courseRecords, standings);
    private readonly TeamDesk _teamDesk = new(catalog, courseRecords, zoneSummaries, zoneExports);
    private readonly Topic? _registration = catalog.Registration;

    public async Task<AssistantReply> ReplyAsync(AssistantRequest request, CancellationToken cancellationToken = default)
    {
        var officer = request.Officer;
        var memory = ForRosterOfficer(officer, await memories.GetAsync(request.User.Key, cancellationToken) ?? new ConversationMemory(request.User.Key));
        var (text, submitted) = ReadTurn(request);
        var current = catalog.CurrentPlan(request.Today)!;
        var reading = _reader.Read(text, current);
        // "Which courses in 2026-27?": a plan named that the catalog holds is the plan answered from.
        var cycle = reading.Understood.Cycle is { } named && catalog.FindCycle(named) is { HasRoles: true } plan && plan != current ? plan : current;
        if (cycle != current)
        {
            reading = _reader.Read(text, cycle);
        }
        var understood = reading.Understood;
        if (text.Length == 0 && memory.Language == nameof(Language.Hindi))
        {
            understood = understood with { Language = Language.Hindi };
        }

        var turn = new Turn(request, text, officer, understood, understood.Language, memory);
        if (submitted is not null)
        {
            turn = turn with { Memory = Remember(memory, submitted.Value.Designation, submitted.Value.Formation) };
            turn = turn with { Understood = understood with { Intent = Intent.Introduce } };
        }

        var reply = await AnswerAsync(turn, cycle, reading, cancellationToken);
        var remembered = ForRosterOfficer(officer, reply.Memory) with { Language = turn.Language.ToString() };
        if (remembered != memory)
        {
            await memories.SaveAsync(remembered, cancellationToken);
        }

        logger.LogDebug("Answered {Intent} in {Language} for a {Kind} user", reply.Answered, turn.Language, officer is null ? "non-roster" : officer.Role.ToString());
        return new AssistantReply(reply.Messages, submitted is null ? text : "", AssistantReply.Describe(turn.Understood, reply.Answered), turn.Language,
            reply.Answered == Intent.OtherOfficer ? turn.Understood.Argument : null);
    }

    private async Task<(IReadOnlyList<ReplyMessage> Messages, ConversationMemory Memory, Intent Answered)> AnswerAsync(
        Turn turn, Cycle cycle, SentenceReading reading, CancellationToken cancellationToken)
    {
        var formation = reading.Formation;
        var understood = turn.Understood;
        // Answering "where are you posted?": the text is a formation, not a designation.
        var mention = formation is not null && turn.Memory.PendingQuestion == AskedFormation ? null : reading.Mention;
        var intent = understood.Intent;
        // "Kandla Custom House" alone, after the bot placed a designation the user told it: their posting, now or new.
        var saysWherePosted = formation is not null && (turn.Memory.PendingQuestion is not null || understood.FirstPerson || understood.Correction
            || (intent == Intent.Unknown && reading.Mention is null && turn.Memory.Designation is not null));
        if (intent is Intent.Unknown or Intent.NextStep && (mention is not null || saysWherePosted) && !(intent == Intent.NextStep && mention is null && formation is null))
        {
            intent = intent == Intent.NextStep && turn.Memory.PendingIntent is null ? Intent.NextStep : Intent.Introduce;
        }

        var memory = turn.Memory;
        var aboutThemselves = understood.FirstPerson || understood.Correction || intent == Intent.Introduce || memory.PendingQuestion == AskedDesignation;
        if (mention is not null && aboutThemselves)
        {
            // A designation told (or corrected) replaces what was remembered; a new posting too ("sorry, I meant Customs").
            memory = understood.Correction && formation is null && memory.Designation is not null && DesignationName(mention) != memory.Designation
                ? memory with { Designation = DesignationName(mention) }
                : Remember(memory, DesignationName(mention), formation?.Keyword);
        }
        else if (formation is not null && (memory.PendingQuestion == AskedFormation || (saysWherePosted && mention is null)))
        {
            memory = Remember(memory, null, formation.Value.Keyword);
        }

        if (intent == Intent.Introduce)
        {
            intent = Enum.TryParse<Intent>(memory.PendingIntent, out var pending) ? pending : Intent.Courses;
            memory = memory with { PendingIntent = null, PendingQuestion = null };
            mention = null; // the designation told is now remembered: answer as about the user themselves
        }

        var (messages, remembered) = await AnswerOneAsync(turn, intent, cycle, reading, mention, memory, cancellationToken);
        if (understood.Also is { } also && also != intent && (remembered.PendingQuestion is null || also == Intent.Deadline))
        {
            // "Courses and the deadline?" from someone the bot cannot place yet: the deadline, then the question.
            var (more, _) = await AnswerOneAsync(turn, also, cycle, reading, mention, remembered, cancellationToken);
            messages = remembered.PendingQuestion is null
                ? [.. messages, .. more.Where(m => !messages.Contains(m))]
                : [.. more, .. messages.Where(m => !more.Contains(m))];
        }

        return (messages, remembered, intent);
    }

    private async Task<(IReadOnlyList<ReplyMessage> Messages, ConversationMemory Memory)> AnswerOneAsync(
        Turn turn, Intent intent, Cycle cycle, SentenceReading reading, DesignationResolution? mention, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var language = turn.Language;
        var understood = turn.Understood;
        if (IsNodal(turn.Officer) && intent is Intent.OtherOfficer or Intent.Status or Intent.Unknown
            && await _zoneOfficers.AnswerAsync(turn.Officer!, understood with { Intent = intent }, turn.Text, cycle, turn.Request.Today, cancellationToken) is { } aboutOne)
        {
            return ([aboutOne], memory);
        }

        switch (intent)
        {
            case Intent.Greeting:
                return ([RuleAnswers.Greeting(language, turn.Request.User.Name ?? turn.Officer?.Name, IsNodal(turn.Officer))], memory);
            case Intent.Thanks:
                return ([Kept(new(intent, language), () => RuleAnswers.Thanks(language))], memory);
            case Intent.Help:
                var nodal = IsNodal(turn.Officer);
                return ([Kept(new(intent, language, Detail: nodal ? "nodal" : null), () => RuleAnswers.Help(language, nodal))], memory);
            case Intent.Topic:
                var topic = understood.Topic!;
                return ([Kept(new(intent, language, Detail: topic.Id), () => RuleAnswers.Topic(topic, language))], memory);
            case Intent.Plan2024:
                return ([Kept(new(intent, language), () => RuleAnswers.Plan2024(catalog, language))], memory);
            case Intent.Circular when understood.Circular is { } circular:
                return ([Kept(new(intent, language, Detail: circular.Id), () => CircularAnswers.About(circular, catalog, language))], memory);
            case Intent.Circular:
                return ([Kept(new(intent, language, Detail: understood.Argument), () => CircularAnswers.NoneDated(understood.Argument!, catalog, language))], memory);
            case Intent.Deadline when understood.Cycle is { } named && catalog.FindCycle(named) is { HasRoles: false } earlier:
                // "Deadline for Adjudication in GST in 2024?": that plan's dates, not today's plan's.
                return earlier.Targets.Count > 0 || earlier.DomainCourses.Count > 0
                    ? ([Kept(new(intent, language, earlier.Id, turn.Request.Today, Detail: understood.Course?.Id), () => ActionPlanAnswers.Deadlines(earlier, understood.Course, language, turn.Request.Today))], memory)
                    : ([Kept(new(Intent.Emerging2023, language), () => RuleAnswers.Emerging2023(catalog, language))], memory);
            case Intent.Courses when understood.Cycle is { } named && catalog.FindCycle(named) is { HasRoles: false } earlier:
                // "How many courses in FY 2024-25 besides the six?": that plan's courses, not a role's of today's plan.
                return earlier.Targets.Count > 0 || earlier.DomainCourses.Count > 0
                    ? ([Kept(new(Intent.Plan2024, language), () => RuleAnswers.Plan2024(catalog, language))], memory)
                    : ([Kept(new(Intent.Emerging2023, language), () => RuleAnswers.Emerging2023(catalog, language))], memory);
            case Intent.Emerging2023:
                return ([Kept(new(intent, language), () => RuleAnswers.Emerging2023(catalog, language))], memory);
            case Intent.RelevantFor when catalog.Cycles.LastOrDefault(c => c.RelevantFor.Count > 0) is { } plan:
                return ([Kept(new(intent, language, plan.Id, Detail: $"{understood.Posting?.Id}/{understood.Course?.Id}"), () => ActionPlanAnswers.RelevantFor(plan, understood.Posting, understood.Course, language))], memory);
            case Intent.DomainCourses or Intent.RelevantFor when catalog.Cycles.LastOrDefault(c => c.DomainCourses.Count > 0) is { } plan:
                return ([Kept(new(Intent.DomainCourses, language, plan.Id), () => ActionPlanAnswers.DomainCourses(plan, language))], memory);
            case Intent.OpenQuestion:
                return ([OpenAnswers.Open(understood.Open!, language, await NodalOfficerAsync(turn.Officer, cancellationToken))], memory);
            case Intent.NoPlan:
                return ([OpenAnswers.NoPlan(understood.Cycle ?? OpenAnswers.NextId(cycle), cycle, language, turn.Request.Today, await NodalOfficerAsync(turn.Officer, cancellationToken))], memory);
            case Intent.Clarify:
                return ([Questions.Clarify(understood.Either!, understood.Or!, _phrasings, language)], memory);
            case Intent.OtherOfficer when !IsNodal(turn.Officer):
                return ([ContextAnswers.OtherOfficerRefused(understood.Argument!, language)], memory);
            case Intent.Team or Intent.TeamExport:
                return ([await _teamDesk.AnswerAsync(turn.Officer, intent, language, turn.Request.Today, cancellationToken)], memory);
            case Intent.ZoneSummary or Intent.Defaulters or Intent.Export or Intent.NacinReport or Intent.NudgeStatus or Intent.OtherOfficer:
                return (await NodalAsync(turn, cancellationToken), memory);
            case Intent.Unknown:
                return ([await OutOfScopeAsync(turn, reading.NearestTopics, cancellationToken)], memory);
        }

        var subject = await SubjectAsync(turn, cycle, mention, memory, cancellationToken);
        var today = turn.Request.Today;
        var ended = OpenAnswers.PlanEnded(cycle, catalog.Cycles.Any(c => c.HasRoles && c.Period.From > cycle.Period.From), language, today);
        IReadOnlyList<ReplyMessage> Notice(params ReplyMessage[] answer) => ended is null ? answer : [ended, .. answer];
        if (intent == Intent.Deadline)
        {
            var about = subject.Subject;
            return (Notice(Kept(new(intent, language, cycle.Id, today, about?.Resolved.Placement), () => PlanAnswers.Deadline(cycle, about, language, today))), memory);
        }

        if (intent == Intent.NextStep)
        {
            return subject.Subject switch
            {
                { Standing: { } standing } known when StatusAnswers.NextStep(standing, language) is not null => (Notice(StatusAnswers.Status(known, language, today, _registration)), memory),
                { } known => (Notice(ForSubject(Intent.Courses, known, language, today, s => PlanAnswers.Courses(s, language, today))), memory),
                _ => (Notice(Kept(new(intent, language, cycle.Id, today), () => ContextAnswers.FirstSteps(language))), memory with { PendingIntent = nameof(Intent.Courses), PendingQuestion = AskedDesignation }),
            };
        }

        if (subject.Subject is null && subject.Resolution is null && GeneralTopic(intent) is { } general)
        {
            // "What is the Comprehensive Assessment?" needs no role: the rule, and an offer to be specific.
            return ([Kept(new(Intent.Topic, language, Detail: general.Id), () => RuleAnswers.Topic(general, language)), Kept(new(Intent.Introduce, language), () => Questions.AskDesignation(language))],
                memory with { PendingIntent = intent.ToString(), PendingQuestion = AskedDesignation });
        }

        if (subject.Subject is null && intent == Intent.Courses && understood.Course is { } course && subject.Resolution is AmbiguousDesignation some
            && PlanAnswers.CourseFor(course, some.Designation, some.Candidates, cycle, language) is { } same)
        {
            // "Does an Inspector need the Viksit Bharat course?": the same answer in every formation needs no question back.
            return (Notice(same), memory);
        }

        if (subject.Subject is null)
        {
            return subject.Resolution switch
            {
                AmbiguousDesignation ambiguous => ([Questions.AskFormation(ambiguous, catalog, language)], memory with { PendingIntent = intent.ToString(), PendingQuestion = AskedFormation }),
                UnknownDesignation unknown => ([Questions.NotUnderstood(unknown, language)], memory with { PendingIntent = intent.ToString(), PendingQuestion = AskedDesignation }),
                _ => ([Kept(new(Intent.Introduce, language), () => Questions.AskDesignation(language))], memory with { PendingIntent = intent.ToString(), PendingQuestion = AskedDesignation }),
            };
        }

        var visibility = catalog.Topics.FirstOrDefault(t => t.Id == "plan-not-visible");
        var of = subject.Subject;
        return intent switch
        {
            Intent.Assessment => (Notice(ForSubject(intent, of, language, today, s => PlanAnswers.Assessment(s, language, today))), memory),
            Intent.AssessmentExcluded => (Notice(ForSubject(intent, of, language, today, s => PlanAnswers.Assessment(s, language, today, excludedFirst: true))), memory),
            Intent.Designation => ([ForSubject(intent, of, language, today, s => PlanAnswers.Designation(s, null, language))], memory),
            Intent.PlanNotVisible => ([ForSubject(intent, of, language, today, s => PlanAnswers.Designation(s, visibility, language))], memory),
            Intent.Status when of.Standing is not null => (Notice(StatusAnswers.Status(of, language, today, _registration)), memory),
            Intent.Status => (Notice(NoRecords(language), ForSubject(Intent.Courses, of, language, today, s => PlanAnswers.Courses(s, language, today))), memory),
            _ => (Notice(ForSubject(Intent.Courses, of, language, today, s => PlanAnswers.Courses(s, language, today))), memory),
        };
    }

    /// <summary>
    /// An answer that depends only on its <paramref name="key"/> (the catalog's facts, the language, the day), made
    /// once and kept: every officer asking it gets the same message, its card already written.
    /// </summary>
    private ReplyMessage Kept(AnswerKey key, Func<ReplyMessage> answer) => _kept.GetOrCompute(key, answer, static (_, make) => make());

    /// <summary>An answer about a role: kept when it shows no one's own records (<see cref="Subject.Standing"/>), made afresh when it does.</summary>
    private ReplyMessage ForSubject(Intent intent, Subject subject, Language language, DateOnly today, Func<Subject, ReplyMessage> answer) =>
        subject.Standing is null
            ? Kept(new(intent, language, subject.Cycle.Id, today, subject.Resolved.Placement, subject.IsSelf, subject.Resolved.Reading?.Id), () => answer(subject))
            : answer(subject);

    /// <summary>Whom the answer is about: a designation named now (about someone else unless said of oneself), else what the user told before, else their roster record.</summary>
    private async Task<(Subject? Subject, DesignationResolution? Resolution)> SubjectAsync(Turn turn, Cycle cycle, DesignationResolution? mention, ConversationMemory memory, CancellationToken cancellationToken)
    {
        var resolver = standings.ResolverFor(cycle);
        var aboutOthers = mention is not null && !turn.Understood.FirstPerson;
        DesignationResolution? resolution = aboutOthers ? mention
            : memory.Designation is not null ? resolver.Resolve(memory.Designation, memory.Formation)
            : turn.Officer is { } rostered ? resolver.Resolve(rostered.Designation, rostered.Formation, rostered.Wing)
            : mention;
        if (resolution is not ResolvedDesignation resolved)
        {
            return (null, resolution);
        }

        OfficerStanding? standing = null;
        if (!aboutOthers && turn.Officer is not null && await courseRecords.GetAsync(turn.Officer.EmployeeCode, cancellationToken) is { } own)
        {
            var rosterStanding = standings.Evaluate(own, turn.Request.Today, cycle);
            standing = rosterStanding.Role == resolved.Role ? rosterStanding : null;
        }

        return (new Subject(resolved, cycle, standing, !aboutOthers), resolved);
    }

    private async Task<IReadOnlyList<ReplyMessage>> NodalAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!IsNodal(turn.Officer) && turn.Understood.Intent == Intent.NacinReport)
        {
            return [NacinAnswers.NotNodal(catalog.NodalOfficer, turn.Language)];
        }

        if (!IsNodal(turn.Officer))
        {
            return [new ReplyMessage(Say.In(turn.Language,
                "Zone summaries are for your zone's nodal officer. I can tell you about your own courses and status.",
                "अंचल सारांश केवल आपके अंचल के नोडल अधिकारी के लिए हैं। मैं आपको आपके अपने पाठ्यक्रम और स्थिति बता सकता हूँ।"),
                suggestions: RuleAnswers.Menu(turn.Language, false).Select(m => m.Ask).ToList(), kind: AnswerKind.Refused)];
        }

        return await _zoneDesk.AnswerAsync(turn.Officer!, turn.Understood, turn.Request.Today, cancellationToken);
    }

    private async Task<ReplyMessage> OutOfScopeAsync(Turn turn, IReadOnlyList<Topic> nearest, CancellationToken cancellationToken) =>
        RuleAnswers.OutOfScope(turn.Language, nearest, await NodalOfficerAsync(turn.Officer, cancellationToken));

    /// <summary>The officer's own nodal officer, "Name (Designation)", when the roster knows them; never the asker themselves.</summary>
    private async Task<string?> NodalOfficerAsync(Officer? officer, CancellationToken cancellationToken)
    {
        if (officer?.Zone is not { } zone)
        {
            return null;
        }

        var zoneOfficers = await officers.ListAsync(OfficerScope.ForZone(zone), cancellationToken);
        return zoneOfficers.FirstOrDefault(o => o.Role == ProductRole.Nodal && o.EmployeeCode != officer.EmployeeCode) is { } n ? $"{n.Name} ({n.Designation})" : null;
    }

    private static (string Text, (string? Designation, string? Formation)? Submitted) ReadTurn(AssistantRequest request)
    {
        var text = request.Text?.Trim() ?? "";
        if (request.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return (text, null);
        }

        if (value.TryGetProperty("ask", out var ask) && ask.ValueKind == JsonValueKind.String)
        {
            return (ask.GetString()!, null);
        }

        var designation = Field(value, "designation");
        var formation = Field(value, "formation") ?? Field(value, "wing");
        return designation is null && formation is null ? (text, null) : (text, (designation, formation));
    }

    private static string? Field(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 } text ? text.Trim() : null;

    private static ConversationMemory Remember(ConversationMemory memory, string? designation, string? formation) =>
        memory with { Designation = designation ?? memory.Designation, Formation = formation ?? memory.Formation };

    /// <summary>
    /// The roster wins for a rostered officer: a designation they state answers that question only and is not kept
    /// for later turns (only while the bot waits for the formation it asked for), so "my status" is always their own.
    /// </summary>
    private static ConversationMemory ForRosterOfficer(Officer? officer, ConversationMemory memory) =>
        officer is not null && memory.PendingQuestion is null && (memory.Designation is not null || memory.Formation is not null)
            ? memory with { Designation = null, Formation = null }
            : memory;

    private static string DesignationName(DesignationResolution resolution) => resolution switch
    {
        ResolvedDesignation r => r.Designation.Name,
        AmbiguousDesignation a => a.Designation.Name,
        _ => resolution.Input,
    };

    private Topic? GeneralTopic(Intent intent) => intent switch
    {
        Intent.Assessment => catalog.Topics.FirstOrDefault(t => t.Id == "comprehensive-assessment"),
        Intent.PlanNotVisible => catalog.Topics.FirstOrDefault(t => t.Id == "plan-not-visible"),
        Intent.Designation => catalog.Topics.FirstOrDefault(t => t.Id == "profile-update"),
        Intent.AssessmentExcluded => catalog.Topics.FirstOrDefault(t => t.Id == "comprehensive-assessment"),
        _ => null,
    };

    private static bool IsNodal(Officer? officer) => officer?.Role is ProductRole.Nodal or ProductRole.Admin;

    private static ReplyMessage NoRecords(Language language) => new(Say.In(language,
        "I don't find you in your zone's roster yet, so I have no iGOT progress for you. Your nodal officer imports the roster and the iGOT reports; meanwhile, here is what your role must complete.",
        "आप अभी अपने अंचल की सूची में नहीं हैं, इसलिए मेरे पास आपकी iGOT प्रगति नहीं है। नोडल अधिकारी सूची और iGOT रिपोर्ट आयात करते हैं; तब तक, आपकी भूमिका के अनिवार्य पाठ्यक्रम ये हैं।"));

    /// <summary>What a kept answer depends on, besides the catalog.</summary>
    /// <param name="Placement">The designation's placement in the plan (role, iGOT choices) the answer is about.</param>
    /// <param name="IsSelf">Worded for the user themselves ("your courses") rather than about a designation.</param>
    /// <param name="Detail">The topic, whether the help is a nodal officer's, or the formation reading said beside a role's answer.</param>
    private readonly record struct AnswerKey(
        Intent Intent, Language Language, string? Cycle = null, DateOnly Today = default, Placement? Placement = null, bool IsSelf = false, string? Detail = null);

    /// <param name="Text">What the user wrote, or the question a button they pressed asks.</param>
    private sealed record Turn(AssistantRequest Request, string Text, Officer? Officer, Understood Understood, Language Language, ConversationMemory Memory);
}
