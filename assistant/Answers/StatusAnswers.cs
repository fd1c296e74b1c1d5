using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>"Where do I stand": the officer's own requirements from the imported iGOT reports, and the next step.</summary>
public static class StatusAnswers
{
    /// <summary>The <c>Action.Execute</c> verb of "I've done it, check again": the bot answers with the officer's status card from the latest imported report.</summary>
    public const string CheckAgainVerb = "checkStatus";

    /// <summary>Adds "I've done it, check again" to a card about the officer's own courses; the data asks for their status in the card's language.</summary>
    public static AdaptiveCard CheckAgain(AdaptiveCard card, Language language) =>
        card.Execute(Say.In(language, "I've done it, check again", "मैंने पूरा कर लिया, फिर से जाँचें"), CheckAgainVerb,
            new System.Text.Json.Nodes.JsonObject { ["ask"] = Say.In(language, "my status", "मेरी स्थिति") });

    /// <param name="registration">The circulars' registration rule and its steps, for an officer no iGOT report has.</param>
    public static ReplyMessage Status(Subject subject, Language language, DateOnly today, Topic? registration = null)
    {
        var standing = subject.Standing!;
        var report = standing.Report!;
        var title = Say.In(language, $"Your status: {report.Cycle.Title}", $"आपकी स्थिति: {report.Cycle.TitleHi}");
        // Nothing imported for the officer yet: no course is known done or overdue, only unrecorded.
        var recorded = standing.Officer.Records.Count > 0;
        var lines = report.Requirements.Where(r => !r.Advisory)
            .Select(r => recorded
                ? $"{Marks.Of(r.Status)} {r.Course.DisplayName}: {Marks.Word(language, r.Status)}{(r.Assessed ? $" {Marks.Assessed}" : "")}"
                : $"{Marks.Of(null)} {r.Course.DisplayName}: {Marks.NoRecord(language)}{(r.Assessed ? $" {Marks.Assessed}" : "")}")
            .ToList();
        if (report.Assessment is { } assessment && recorded)
        {
            lines.Add($"{Marks.Of(assessment.Status)} " + Say.In(language,
                $"Comprehensive Assessment: {(assessment.Passed ? "passed" : "not passed yet")}",
                $"व्यापक मूल्यांकन: {(assessment.Passed ? "उत्तीर्ण" : "अभी उत्तीर्ण नहीं")}"));
        }

        var done = report.Requirements.Count(r => !r.Advisory && r.Status == RequirementStatus.Done);
        var total = report.Requirements.Count(r => !r.Advisory);
        var summary = !recorded
            ? Say.In(language,
                $"No iGOT record yet for your {total} courses. {PlanAnswers.DeadlineLine(report.Cycle, language, today)}.",
                $"आपके {total} पाठ्यक्रमों का अभी कोई iGOT अभिलेख नहीं है। {PlanAnswers.DeadlineLine(report.Cycle, language, today)}।")
            : report.IsCompliant
            ? Say.In(language, "✅ You have completed everything this plan requires.", "✅ आपने इस योजना की सभी अपेक्षाएँ पूरी कर ली हैं।")
            : Say.In(language,
                $"{done} of {total} courses done{(report.Assessment is { Passed: false } ? ", assessment not passed" : "")}. {PlanAnswers.DeadlineLine(report.Cycle, language, today)}.",
                $"{total} में से {done} पाठ्यक्रम पूर्ण{(report.Assessment is { Passed: false } ? ", मूल्यांकन अभी उत्तीर्ण नहीं" : "")}। {PlanAnswers.DeadlineLine(report.Cycle, language, today)}।");
        var designation = DesignationCheck(standing, language);
        var next = NextStep(standing, language);
        var reportedAt = standing.Officer.Records.Select(r => (DateTime?)r.ReportedAt).Append(standing.Officer.Profile?.ReportedAt).Max();
        var asOf = reportedAt is not { } reported
            ? Say.In(language, "No iGOT progress has been imported for you yet.", "आपकी iGOT प्रगति अभी आयात नहीं हुई है।")
            : Say.In(language,
                $"From the iGOT report of {Say.Date(DateOnly.FromDateTime(reported))}: a course completed after it shows here from the next import of iGOT's report.",
                $"{Say.Date(DateOnly.FromDateTime(reported))} की iGOT रिपोर्ट के अनुसार: उसके बाद पूरा किया गया पाठ्यक्रम iGOT रिपोर्ट के अगले आयात से यहाँ दिखेगा।");

        // No account in any iGOT report imported: the circulars ask every officer to register first.
        var unregistered = standing.Officer.NoIgotAccount && registration is not null;
        if (unregistered)
        {
            summary = RegisterFirst(language) + Say.In(language,
                $" Then complete your {total} courses. {PlanAnswers.DeadlineLine(report.Cycle, language, today)}.",
                $" फिर अपने {total} पाठ्यक्रम पूरे करें। {PlanAnswers.DeadlineLine(report.Cycle, language, today)}।");
        }

        var card = new AdaptiveCard().Title(title)
            .Text(PlanAnswers.RoleLine(subject, language), subtle: true)
            .Text(summary, bold: true, color: !recorded ? null : report.IsCompliant ? "Good" : report.IsOverdue ? "Attention" : null)
            .Bullets(lines)
            .Text(designation, color: standing.DesignationCorrect ? "Good" : "Attention");
        if (next is not null)
        {
            card.Text(next, bold: true);
        }

        var steps = unregistered ? (language == Language.Hindi ? registration!.StepsHi : registration!.Steps) : [];
        if (steps.Count > 0)
        {
            card.Numbered(steps);
        }

        IReadOnlyList<Domain.Catalog.Citation> citations = unregistered ? CitationLine.Distinct([subject.Role.Citation, .. registration!.Citations]) : [subject.Role.Citation];
        CitationLine.AddTo(card.Source(asOf), language, citations)
            .OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        CheckAgain(card, language);
        var text = string.Join("\n", new[] { $"**{title}**", summary }.Concat(lines).Append(designation).Append(next ?? "")
            .Concat(steps.Select((s, i) => $"{i + 1}. {s}")).Append(asOf)
            .Append(CitationLine.Of(language, citations)).Where(l => l.Length > 0));
        return new ReplyMessage(text, card.Build(title), sources: citations) { Language = language };
    }

    /// <summary>What an officer no imported iGOT report has an account for is told before anything else: register first.</summary>
    public static string RegisterFirst(Language language) => Say.In(language,
        "No iGOT report imported so far has an account for you: if you are not registered on iGOT, register first (the Finance Minister's direction of 29.08.2024 asks every officer to).",
        "अब तक आयात की गई किसी iGOT रिपोर्ट में आपका खाता नहीं है: यदि आप iGOT पर पंजीकृत नहीं हैं, तो पहले पंजीकरण करें (माननीय वित्त मंत्री के 29.08.2024 के निर्देश के अनुसार सभी अधिकारियों को करना है)।");

    /// <summary>The one thing to do next: fix the designation (else the plan stays hidden), finish a course, pass the assessment.</summary>
    public static string? NextStep(OfficerStanding standing, Language language)
    {
        var report = standing.Report!;
        if (!standing.DesignationCorrect)
        {
            return Say.In(language,
                $"Next step: set your iGOT designation to \"{string.Join("\" or \"", standing.ExpectedIgotDesignations)}\"; until then the plan does not show on My iGOT.",
                $"अगला कदम: अपना iGOT पदनाम \"{string.Join("\" या \"", standing.ExpectedIgotDesignations)}\" करें; तब तक योजना My iGOT में नहीं दिखेगी।");
        }

        if (report.Outstanding.FirstOrDefault() is { } course)
        {
            return course.Progress is null or CourseProgress.NotStarted
                ? Say.In(language, $"Next step: enrol in and complete \"{course.Course.Name}\".", $"अगला कदम: \"{course.Course.Name}\" में नामांकन करें और उसे पूरा करें।")
                : Say.In(language, $"Next step: complete \"{course.Course.Name}\" (in progress).", $"अगला कदम: \"{course.Course.Name}\" पूरा करें (प्रगति पर)।");
        }

        return report.Assessment is { Passed: false }
            ? Say.In(language, "Next step: take and pass the Comprehensive Assessment on iGOT.", "अगला कदम: iGOT पर व्यापक मूल्यांकन में भाग लें और उसे उत्तीर्ण करें।")
            : null;
    }

    private static string DesignationCheck(OfficerStanding standing, Language language)
    {
        var selected = standing.Officer.Profile?.Designation;
        var expected = string.Join("\" / \"", standing.ExpectedIgotDesignations);
        if (standing.DesignationCorrect)
        {
            return Say.In(language, $"✅ iGOT designation \"{selected}\" is right.", $"✅ iGOT पदनाम \"{selected}\" सही है।");
        }

        return string.IsNullOrWhiteSpace(selected)
            ? Say.In(language, $"❌ Your iGOT profile has no designation; select \"{expected}\".", $"❌ आपकी iGOT प्रोफ़ाइल में कोई पदनाम नहीं है; \"{expected}\" चुनें।")
            : Say.In(language, $"❌ Your iGOT designation is \"{selected}\"; it should be \"{expected}\". A wrong designation hides the training plan.", $"❌ आपका iGOT पदनाम \"{selected}\" है; यह \"{expected}\" होना चाहिए। गलत पदनाम से प्रशिक्षण योजना नहीं दिखती।");
    }
}
