using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>One officer of the zone as their nodal officer sees them ("status of CB000123", "status of Meena Iyer"): in the third person, from the imported reports.</summary>
public static class OfficerStatusAnswers
{
    public static ReplyMessage Status(OfficerStanding standing, Language language, DateOnly today)
    {
        var officer = standing.Officer.Officer;
        var title = ZoneAnswers.Who(officer);
        var lines = new List<string>();
        if (standing.Report is not { } report)
        {
            lines.Add(Say.In(language,
                $"Role not known: the designation \"{officer.Designation}\" at \"{officer.Formation}\" gives no role of the {standing.Cycle.Title}; correct it in the roster.",
                $"भूमिका ज्ञात नहीं: \"{officer.Formation}\" में पदनाम \"{officer.Designation}\" से {standing.Cycle.TitleHi} की कोई भूमिका नहीं बनती; रोस्टर में इसे ठीक करें।"));
            return RuleAnswers.Lines(title, lines, language, []);
        }

        var role = standing.Role!;
        lines.Add(Say.In(language, $"Role {role.Number} of Annexure A: {role.Name}.", $"अनुलग्नक A की भूमिका {role.Number}: {role.NameHi}।"));
        var total = report.Requirements.Count(r => !r.Advisory);
        var done = report.Requirements.Count(r => !r.Advisory && r.Status == RequirementStatus.Done);
        var deadline = PlanAnswers.DeadlineLine(report.Cycle, language, today);
        if (standing.Officer.Records.Count == 0)
        {
            lines.Add(Say.In(language, $"No iGOT record yet for their {total} courses. {deadline}.", $"इनके {total} पाठ्यक्रमों का अभी कोई iGOT अभिलेख नहीं है। {deadline}।"));
        }
        else if (report.IsCompliant)
        {
            lines.Add(Say.In(language, "✅ Has completed everything the plan requires.", "✅ योजना की सभी अपेक्षाएँ पूरी कर ली हैं।"));
        }
        else
        {
            lines.Add(Say.In(language,
                $"{done} of {total} courses done{(report.Assessment is { Passed: false } ? ", assessment not passed" : "")}{(report.IsOverdue ? " (overdue)" : "")}. {deadline}.",
                $"{total} में से {done} पाठ्यक्रम पूर्ण{(report.Assessment is { Passed: false } ? ", मूल्यांकन अभी उत्तीर्ण नहीं" : "")}{(report.IsOverdue ? " (समय-सीमा पार)" : "")}। {deadline}।"));
            var pending = standing.Pending().Select(r => r.Course.DisplayName).ToList();
            if (pending.Count > 0)
            {
                lines.Add(Say.In(language, $"Pending: {string.Join("; ", pending)}.", $"लंबित: {string.Join("; ", pending)}।"));
            }
        }

        var selected = standing.Officer.Profile?.Designation;
        var expected = string.Join("\" / \"", standing.ExpectedIgotDesignations);
        lines.Add(standing.DesignationCorrect
            ? Say.In(language, $"✅ iGOT designation \"{selected}\" is right.", $"✅ iGOT पदनाम \"{selected}\" सही है।")
            : string.IsNullOrWhiteSpace(selected)
            ? Say.In(language, $"❌ No designation on their iGOT profile; it should be \"{expected}\".", $"❌ इनकी iGOT प्रोफ़ाइल में कोई पदनाम नहीं है; यह \"{expected}\" होना चाहिए।")
            : Say.In(language, $"❌ iGOT designation \"{selected}\"; it should be \"{expected}\", or the plan stays hidden.", $"❌ iGOT पदनाम \"{selected}\" है; यह \"{expected}\" होना चाहिए, अन्यथा प्रशिक्षण योजना नहीं दिखती।"));
        lines.Add(standing.Officer.Records.Count == 0
            ? Say.In(language, "No iGOT progress has been imported for them yet.", "इनकी iGOT प्रगति अभी आयात नहीं हुई है।")
            : Say.In(language,
                $"From the iGOT report of {Say.Date(DateOnly.FromDateTime(standing.Officer.Records.Max(r => r.ReportedAt)))}.",
                $"{Say.Date(DateOnly.FromDateTime(standing.Officer.Records.Max(r => r.ReportedAt)))} की iGOT रिपोर्ट के अनुसार।"));
        return RuleAnswers.Lines(title, lines, language, [role.Citation]);
    }

    /// <summary>Nobody of the zone has the name or code asked about.</summary>
    public static ReplyMessage NotInZone(string asked, Language language) => new(Say.In(language,
        $"I find no officer \"{asked}\" in your zone's roster. Ask by employee code (\"status of CB000123\") or by the name as the roster writes it.",
        $"आपके अंचल के रोस्टर में \"{asked}\" नाम का कोई अधिकारी नहीं मिला। कर्मचारी कोड (\"status of CB000123\") या रोस्टर में लिखे नाम से पूछें।"));

    /// <summary>More than one officer of the zone has the name: which one, by code.</summary>
    public static ReplyMessage WhichOne(string asked, IReadOnlyList<Officer> matches, Language language)
    {
        var title = Say.In(language, $"{matches.Count} officers named \"{asked}\"", $"\"{asked}\" नाम के {matches.Count} अधिकारी");
        var card = new AdaptiveCard().Title(title).Text(Say.In(language, "Which one?", "कौन से?"));
        foreach (var officer in matches.Take(6))
        {
            card.Submit(ZoneAnswers.Who(officer), PlanAnswers.Ask($"status of {officer.EmployeeCode}"));
        }

        return new ReplyMessage(string.Join("\n", matches.Select(ZoneAnswers.Who).Prepend($"**{title}**")), card.Build(title));
    }
}
