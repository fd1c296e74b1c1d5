using System.Globalization;
using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Nudges;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>
/// The nudge cards the worker delivers: what is pending, the days left (or how long overdue), the next step; and the
/// nodal officer's escalation. Cards (not reply messages): the worker writes them into its outbox.
/// </summary>
public static class NudgeAnswers
{
    /// <summary>The <c>Action.Execute</c> verb of "Remind me in a week": the officer's nudges for the cycle wait <see cref="NudgePolicy.SnoozeDays"/> days.</summary>
    public const string RemindLaterVerb = "remindInAWeek";

    /// <summary>Adds "Remind me in a week" to a nudge; the data names the cycle and the card's language.</summary>
    public static AdaptiveCard RemindLater(AdaptiveCard card, Cycle cycle, Language language) =>
        card.Execute(Say.In(language, "Remind me in a week", "एक सप्ताह बाद याद दिलाएँ"), RemindLaterVerb,
            new JsonObject { ["cycle"] = cycle.Id, ["language"] = language.ToString() });

    /// <summary>The card that replaces a nudge once the officer asked to be reminded in a week.</summary>
    /// <param name="until">The first day the officer is nudged again.</param>
    public static JsonObject RemindedLater(Cycle cycle, DateOnly until, Language language)
    {
        var title = Say.In(language, $"Reminders paused until {Say.Date(until)}", $"अनुस्मारक {Say.Date(until)} तक रोके गए");
        var text = Say.In(language,
            $"As you asked, I will not remind you about the {cycle.Title} before {Say.Date(until)}. Your record does not change: what is pending stays pending until iGOT's report shows it done, and your reporting and nodal officers see your status as before.",
            $"आपके अनुरोध पर, मैं {Say.Date(until)} से पहले आपको {cycle.TitleHi} के बारे में याद नहीं दिलाऊँगा। आपका अभिलेख नहीं बदलता: जो लंबित है वह तब तक लंबित रहेगा जब तक iGOT की रिपोर्ट उसे पूर्ण न दिखाए, और आपके रिपोर्टिंग अधिकारी तथा नोडल अधिकारी आपकी स्थिति पहले की तरह देखते हैं।");
        var card = new AdaptiveCard().Title(title).Text(text);
        StatusAnswers.CheckAgain(card, language);
        return card.Build(title + "\n" + text);
    }

    /// <summary>"Remind me in a week" from someone the roster does not know: nothing to pause.</summary>
    public static string NothingToRemindLater(Language language) => Say.In(language,
        "I could not find you in the roster, so there are no reminders of yours to pause.",
        "मैं आपको रोस्टर में नहीं ढूँढ पाया, इसलिए रोकने के लिए आपका कोई अनुस्मारक नहीं है।");

    /// <param name="registration">The circulars' registration rule and its steps: an officer no imported iGOT report has an
    /// account for is asked to register first, with the steps.</param>
    public static JsonObject Nudge(OfficerStanding standing, NudgeDecision decision, DateOnly today, Language language, Topic? registration = null)
    {
        var report = standing.Report!;
        var officer = standing.Officer.Officer;
        var pending = report.Outstanding.Select(r => r.Course.Name + (r.Due != report.Deadline ? Say.In(language, $" (by {Say.Date(r.Due)})", $" ({Say.Date(r.Due)} तक)") : "")).ToList();
        if (report.Assessment is { Passed: false } assessment)
        {
            pending.Add(Say.In(language, $"Pass the {assessment.Course.Name}", $"{assessment.Course.Name} उत्तीर्ण करें"));
        }

        var due = decision.NearestDue ?? report.Deadline;
        string title, when;
        if (decision.Kind == NudgeKind.Overdue)
        {
            title = Say.In(language, $"Overdue: {decision.Pending} mandatory iGOT item(s) not done", $"समय-सीमा पार: {decision.Pending} अनिवार्य iGOT कार्य बाकी");
            when = Say.In(language,
                $"The last date was {Say.Date(due)}, {decision.DaysOverdue} day(s) ago. Completion is recorded in your APAR: please finish these now.",
                $"अंतिम तिथि {Say.Date(due)} थी, {decision.DaysOverdue} दिन पहले। पूर्णता आपके APAR में दर्ज होती है: कृपया इन्हें अभी पूरा करें।");
        }
        else
        {
            title = Say.In(language, $"Reminder: {decision.Pending} mandatory iGOT item(s) pending", $"अनुस्मारक: {decision.Pending} अनिवार्य iGOT कार्य लंबित");
            when = Say.In(language,
                $"{Capitalise(Say.DaysLeft(language, due, today))}: complete them by {Say.Date(due)}.",
                $"{Say.DaysLeft(language, due, today)}: इन्हें {Say.Date(due)} तक पूरा करें।");
        }

        // Not registered as far as the reports show: registering comes before any course (and before the iGOT designation).
        var registerFirst = standing.Officer.NoIgotAccount && registration is not null;
        if (registerFirst)
        {
            title = Say.In(language, $"Register on iGOT first: {decision.Pending} mandatory iGOT item(s) pending", $"पहले iGOT पर पंजीकरण करें: {decision.Pending} अनिवार्य iGOT कार्य लंबित");
        }

        var next = registerFirst ? StatusAnswers.RegisterFirst(language) : StatusAnswers.NextStep(standing, language);
        var steps = registerFirst ? (language == Language.Hindi ? registration!.StepsHi : registration!.Steps) : [];
        var greeting = Say.In(language, $"Dear {officer.Name},", $"प्रिय {officer.Name},");
        var card = new AdaptiveCard().Title(title).Text(greeting, subtle: true)
            .Text(when, bold: true, color: decision.Kind == NudgeKind.Overdue ? "Attention" : null)
            .Text(Say.In(language, $"Pending in the {report.Cycle.Title}:", $"{report.Cycle.TitleHi} में लंबित:"))
            .Bullets(pending);
        if (next is not null)
        {
            card.Text(next, bold: true);
        }

        if (steps.Count > 0)
        {
            card.Numbered(steps);
        }

        card.Source(Say.In(language, "Ask me \"my status\" for the details.", "विवरण के लिए मुझसे \"my status\" पूछें।"))
            .OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        StatusAnswers.CheckAgain(card, language);
        RemindLater(card, report.Cycle, language);
        var text = string.Join("\n", new[] { title, greeting, when }.Concat(pending.Select(p => "- " + p)).Append(next ?? "")
            .Concat(steps.Select((s, i) => $"{i + 1}. {s}")).Where(l => l.Length > 0));
        return card.Build(text);
    }

    /// <param name="overdue">The officers to report: standing and decision, for the nodal officer's zone.</param>
    public static JsonObject Escalation(string zone, IReadOnlyList<(OfficerStanding Standing, NudgeDecision Decision)> overdue, int afterDays, Language language)
    {
        var title = Say.In(language, $"{zone}: {Say.Count(overdue.Count, "officer", "officers")} overdue for {afterDays} days or more", $"{zone}: {overdue.Count} अधिकारी {afterDays} या अधिक दिन से समय-सीमा पार");
        var intro = Say.In(language,
            "They have been reminded by the bot; as supervisory officers must monitor compliance, please follow up with them.",
            "बॉट ने उन्हें याद दिलाया है; पर्यवेक्षी अधिकारियों को अनुपालन की निगरानी करनी है, कृपया उनसे संपर्क करें।");
        var lines = OverdueLines(overdue, language);
        var card = new AdaptiveCard().Title(title).Text(intro).Bullets(lines)
            .Submit(Say.In(language, "Defaulters", "डिफॉल्टर"), new JsonObject { ["ask"] = "defaulters" });
        return card.Build(string.Join("\n", lines.Select(l => "- " + l).Prepend(intro).Prepend(title)));
    }

    /// <summary>A reporting officer's weekly digest: the officers reporting to them overdue past the ladder's threshold, most overdue first.</summary>
    /// <param name="overdue">Exactly the reporting officer's own reports that are overdue past <paramref name="afterDays"/>.</param>
    public static JsonObject TeamDigest(IReadOnlyList<(OfficerStanding Standing, NudgeDecision Decision)> overdue, int afterDays, Language language)
    {
        var title = Say.In(language,
            $"Officers reporting to you: {overdue.Count} overdue for {afterDays} days or more",
            $"आपको रिपोर्ट करने वाले अधिकारी: {overdue.Count} अधिकारी {afterDays} या अधिक दिन से समय-सीमा पार");
        var intro = Say.In(language,
            "They have been reminded by the bot. The JNCH office note of 09.02.2026 asks supervisory officers to monitor compliance by the officers working under them: please follow up with them.",
            "बॉट ने उन्हें याद दिलाया है। JNCH कार्यालय नोट दिनांक 09.02.2026 के अनुसार पर्यवेक्षी अधिकारियों को अपने अधीन कार्यरत अधिकारियों के अनुपालन की निगरानी करनी है: कृपया उनसे संपर्क करें।");
        var lines = OverdueLines(overdue, language);
        var card = new AdaptiveCard().Title(title).Text(intro).Bullets(lines)
            .Submit(Say.In(language, "My team", "मेरी टीम"), new JsonObject { ["ask"] = "my team" });
        return card.Build(string.Join("\n", lines.Select(l => "- " + l).Prepend(intro).Prepend(title)));
    }

    private static List<string> OverdueLines(IReadOnlyList<(OfficerStanding Standing, NudgeDecision Decision)> overdue, Language language) => overdue
        .OrderByDescending(o => o.Decision.DaysOverdue).ThenBy(o => o.Standing.Officer.Officer.Name, StringComparer.Ordinal)
        .Select(o => ZoneAnswers.Who(o.Standing.Officer.Officer) + Say.In(language,
            $": {o.Decision.Pending} pending, {o.Decision.DaysOverdue} days overdue",
            $": {o.Decision.Pending} लंबित, {o.Decision.DaysOverdue} दिन से समय-सीमा पार"))
        .ToList();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
