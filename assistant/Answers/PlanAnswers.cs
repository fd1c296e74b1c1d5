using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>Answers about a role's plan: its courses, the assessed three, the iGOT designation, the deadline. All from the catalog.</summary>
public static class PlanAnswers
{
    public static ReplyMessage Courses(Subject subject, Language language, DateOnly today)
    {
        var role = subject.Role;
        var cycle = subject.Cycle;
        var report = subject.Standing?.Report;
        var title = Say.In(language,
            $"{(subject.IsSelf ? "Your" : $"{subject.Resolved.Designation.Name}:")} mandatory iGOT courses, {cycle.Title}",
            $"{(subject.IsSelf ? "आपके" : $"{HindiName(subject)} के")} अनिवार्य iGOT पाठ्यक्रम, {cycle.TitleHi}");
        var lines = role.Courses.Select(c =>
        {
            var status = report?.Requirements.FirstOrDefault(r => r.Course == c.Course)?.Status;
            return $"{Marks.Of(status)} {c.Course.DisplayName} ({Competency(language, c.Course.Competency)}){(c.Assessed ? $" {Marks.Assessed}" : "")}";
        }).ToList();
        var extras = subject.Extras.Select(e =>
        {
            var status = report?.Requirements.FirstOrDefault(r => r.Course == e.Course)?.Status;
            return $"{Marks.Of(status)} {e.Course.DisplayName} " + Say.In(language, $"(also mandatory at your level, by {Say.Date(e.Due)})", $"(आपके स्तर पर यह भी अनिवार्य, {Say.Date(e.Due)} तक)");
        }).ToList();

        var closest = ClosestLine(subject, language);
        var card = new AdaptiveCard()
            .Title(title)
            .Text(RoleLine(subject, language), subtle: true);
        if (closest is not null)
        {
            card.Text(closest);
        }

        card.Bullets(lines.Concat(extras))
            .Text(AssessmentLine(cycle, language))
            .Text(DeadlineLine(cycle, language, today), bold: true)
            .Text(IgotLine(subject, language))
            .Source($"{Say.SourcePrefix(language)}: {role.Citation}" + string.Concat(subject.Extras.Select(e => $"; {e.Citations[0]}")));
        card.Submit(Say.In(language, "My status", "मेरी स्थिति"), Ask("my status"))
            .Submit(Say.In(language, "Which designation on iGOT?", "iGOT पर कौन सा पदनाम?"), Ask("which designation should I select on iGOT"))
            .OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);

        var text = string.Join("\n", new[] { $"**{title}**", RoleLine(subject, language), closest ?? "" }.Where(l => l.Length > 0).Concat(lines).Concat(extras)
            .Append(AssessmentLine(cycle, language)).Append(DeadlineLine(cycle, language, today)).Append(IgotLine(subject, language))
            .Append($"{Say.SourcePrefix(language)}: {role.Citation}"));
        return new ReplyMessage(text, card.Build(title));
    }

    /// <param name="excludedFirst">Asked which courses are not assessed: those come first.</param>
    public static ReplyMessage Assessment(Subject subject, Language language, DateOnly today, bool excludedFirst = false)
    {
        var cycle = subject.Cycle;
        var rule = cycle.Assessment;
        var title = excludedFirst
            ? Say.In(language, $"Courses outside the Comprehensive Assessment for {subject.Role.Name}", $"{subject.Role.NameHi}: व्यापक मूल्यांकन से बाहर के पाठ्यक्रम")
            : Say.In(language, $"Comprehensive Assessment for {subject.Role.Name}", $"{subject.Role.NameHi} के लिए व्यापक मूल्यांकन (Comprehensive Assessment)");
        var assessed = subject.Role.AssessedCourses.Select(c => $"{c.Course.DisplayName} ({Competency(language, c.Course.Competency)})").ToList();
        var notAssessed = subject.Role.Courses.Where(c => !c.Assessed).Select(c => c.Course.DisplayName).ToList();
        var outside = Say.In(language,
            $"Not in the assessment (still mandatory to complete): {string.Join("; ", notAssessed)}.",
            $"मूल्यांकन में शामिल नहीं (फिर भी पूरे करना अनिवार्य): {string.Join("; ", notAssessed)}।");
        var card = new AdaptiveCard().Title(title);
        if (excludedFirst)
        {
            card.Text(outside, bold: true);
        }

        card.Text(Say.In(language, "It covers these 3 of your 6 mandated courses:", "इसमें आपके 6 अनिवार्य पाठ्यक्रमों में से ये 3 शामिल हैं:"))
            .Numbered(assessed);
        var lines = new List<string>();
        if (rule is not null)
        {
            lines.Add(Say.In(language,
                $"Live on iGOT from {Say.Date(rule.Opens ?? rule.Due)}; passing is {(rule.MustPass ? "mandatory" : "expected")}; complete by {Say.Date(rule.Due)} ({Say.DaysLeft(language, rule.Due, today)}).",
                $"iGOT पर {Say.Date(rule.Opens ?? rule.Due)} से उपलब्ध; उत्तीर्ण होना {(rule.MustPass ? "अनिवार्य" : "अपेक्षित")} है; {Say.Date(rule.Due)} तक पूरा करें ({Say.DaysLeft(language, rule.Due, today)})।"));
            if (subject.Standing?.Report?.Assessment is { } result)
            {
                lines.Add(result.Passed
                    ? Say.In(language, "✅ You have passed it.", "✅ आप इसमें उत्तीर्ण हो चुके हैं।")
                    : Say.In(language, $"{Marks.Of(result.Status)} Not passed yet.", $"{Marks.Of(result.Status)} अभी उत्तीर्ण नहीं।"));
            }
        }

        foreach (var line in lines)
        {
            card.Text(line);
        }

        var sources = new[] { subject.Role.Citation }.Concat(rule is null ? [] : [rule.Citation]).Select(c => c.ToString());
        card.Source($"{Say.SourcePrefix(language)}: {string.Join("; ", sources)}").OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        var text = string.Join("\n", new[] { $"**{title}**" }.Concat(excludedFirst ? [outside] : []).Concat(assessed.Select((a, i) => $"{i + 1}. {a}")).Concat(lines));
        return new ReplyMessage(text, card.Build(title));
    }

    public static ReplyMessage Designation(Subject subject, Topic? visibility, Language language)
    {
        var placement = subject.Resolved.Placement;
        var title = Say.In(language, "Designation to select on iGOT", "iGOT पर चुनने योग्य पदनाम");
        var choice = string.Join(Say.In(language, "\" or \"", "\" या \""), placement.IgotChoices);
        var main = placement.IsExactIgotMatch
            ? Say.In(language,
                $"As {subject.Resolved.Designation.Name} ({RoleName(subject, language)}), select \"{choice}\" as your designation in your iGOT profile.",
                $"{HindiName(subject)} ({RoleName(subject, language)}) के रूप में अपनी iGOT प्रोफ़ाइल में पदनाम \"{choice}\" चुनें।")
            : Say.In(language,
                $"Annexure B has no exact entry for {subject.Resolved.Designation.Name}: select the closest equivalent, \"{choice}\" ({RoleName(subject, language)}).",
                $"अनुलग्नक B में {HindiName(subject)} की सटीक प्रविष्टि नहीं है: निकटतम समकक्ष \"{choice}\" चुनें ({RoleName(subject, language)})।");
        var group = Say.In(language,
            "Update both your Group and your Designation in your iGOT profile: the Training Plan shows only when both are right (DG NACIN D.O. of 10.09.2025, para 3).",
            "अपनी iGOT प्रोफ़ाइल में समूह (Group) और पदनाम दोनों अद्यतन करें: दोनों सही होने पर ही प्रशिक्षण योजना दिखती है (महानिदेशक नासिन अर्ध-शासकीय पत्र दिनांक 10.09.2025, पैरा 3)।");
        var card = new AdaptiveCard().Title(title).Text(main, bold: true).Text(group);
        var lines = new List<string> { main, group };
        var note = Say.In(language, placement.Note ?? "", placement.NoteHi ?? placement.Note ?? "");
        if (note.Length > 0)
        {
            card.Text(note);
            lines.Add(note);
        }

        if (subject.Standing?.Officer.Profile is { } profile)
        {
            var current = string.IsNullOrWhiteSpace(profile.Designation) ? Say.In(language, "(none)", "(कोई नहीं)") : profile.Designation;
            var check = subject.Standing.DesignationCorrect
                ? Say.In(language, $"✅ Your iGOT profile already shows \"{current}\".", $"✅ आपकी iGOT प्रोफ़ाइल में पहले से \"{current}\" है।")
                : Say.In(language, $"❌ Your iGOT profile shows \"{current}\": until you change it, the training plan will not show on iGOT.", $"❌ आपकी iGOT प्रोफ़ाइल में \"{current}\" है: इसे बदलने तक प्रशिक्षण योजना iGOT पर नहीं दिखेगी।");
            card.Text(check, color: subject.Standing.DesignationCorrect ? "Good" : "Attention");
            lines.Add(check);
        }

        if (visibility is not null)
        {
            var why = Say.In(language, visibility.Text, visibility.TextHi);
            card.Text(why, subtle: true);
            lines.Add(why);
        }

        card.Source($"{Say.SourcePrefix(language)}: {subject.Role.Citation}").OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**")), card.Build(title));
    }

    public static ReplyMessage Deadline(Cycle cycle, Subject? subject, Language language, DateOnly today)
    {
        var title = Say.In(language, $"Deadline: {cycle.Title}", $"अंतिम तिथि: {cycle.TitleHi}");
        var lines = new List<string>
        {
            Say.In(language,
                $"Complete the mandated courses and pass the Comprehensive Assessment by {Say.Date(cycle.Deadline)} ({Say.DaysLeft(language, cycle.Deadline, today)}).",
                $"अनिवार्य पाठ्यक्रम पूरे करें और व्यापक मूल्यांकन {Say.Date(cycle.Deadline)} तक उत्तीर्ण करें ({Say.DaysLeft(language, cycle.Deadline, today)})।"),
        };
        if (cycle.Assessment?.Opens is { } opens)
        {
            lines.Add(Say.In(language, $"The Comprehensive Assessment went live on iGOT from {Say.Date(opens)}.", $"व्यापक मूल्यांकन iGOT पर {Say.Date(opens)} से उपलब्ध है।"));
        }

        var extras = subject?.Extras ?? cycle.Requirements.Where(r => !r.AppliesTo.OnlyOfficersConcerned).ToList();
        foreach (var extra in extras)
        {
            lines.Add(Say.In(language,
                $"{extra.Course.Name}: by {Say.Date(extra.Due)}" + (extra.AppliesToText is null ? "" : $", for {extra.AppliesToText}") + ".",
                $"{extra.Course.Name}: {Say.Date(extra.Due)} तक" + (extra.AppliesToTextHi is null ? "" : $", {extra.AppliesToTextHi} के लिए") + "।"));
        }

        if (today > cycle.Deadline)
        {
            lines.Add(Say.In(language,
                "The circulars I have set no later plan yet; anything still pending is overdue and shows in the APAR.",
                "मेरे पास उपलब्ध परिपत्रों में इसके बाद की कोई योजना अभी नहीं है; जो भी शेष है वह समय-सीमा पार है और APAR में दिखेगा।"));
        }

        var citations = new[] { cycle.Citation }.Concat(cycle.Assessment is null ? [] : [cycle.Assessment.Citation]).Concat(extras.Select(e => e.Citations[0]));
        var source = $"{Say.SourcePrefix(language)}: {string.Join("; ", citations.Select(c => c.ToString()).Distinct())}";
        var card = new AdaptiveCard().Title(title);
        foreach (var line in lines)
        {
            card.Text(line);
        }

        card.Source(source);
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**").Append(source)), card.Build(title));
    }

    /// <summary>For a designation Annexure B does not list: that this is the plan of the closest equivalent, as Annexure B instructs.</summary>
    private static string? ClosestLine(Subject subject, Language language)
    {
        var placement = subject.Resolved.Placement;
        if (placement.IsExactIgotMatch)
        {
            return null;
        }

        var choice = string.Join(Say.In(language, " or ", " या "), placement.IgotChoices);
        return Say.In(language,
            $"Annexure B does not list {subject.Resolved.Designation.Name}; as it instructs, this is the plan of the closest equivalent, {choice}.",
            $"अनुलग्नक B में {HindiName(subject)} नहीं है; उसके निर्देशानुसार यह निकटतम समकक्ष, {choice}, की योजना है।");
    }

    public static string RoleLine(Subject subject, Language language) =>
        Say.In(language,
            $"Role {subject.Role.Number} of Annexure A: {subject.Role.Name}",
            $"अनुलग्नक A की भूमिका {subject.Role.Number}: {subject.Role.NameHi}");

    public static string DeadlineLine(Cycle cycle, Language language, DateOnly today) =>
        Say.In(language,
            $"Deadline: {Say.Date(cycle.Deadline)} ({Say.DaysLeft(language, cycle.Deadline, today)})",
            $"अंतिम तिथि: {Say.Date(cycle.Deadline)} ({Say.DaysLeft(language, cycle.Deadline, today)})");

    public static JsonObject Ask(string text) => new() { ["ask"] = text };

    private static string AssessmentLine(Cycle cycle, Language language) =>
        cycle.Assessment is { } rule
            ? Say.In(language,
                $"{Marks.Assessed} = in the Comprehensive Assessment (3 courses), which you must {(rule.MustPass ? "pass" : "take")}; live from {Say.Date(rule.Opens ?? rule.Due)}.",
                $"{Marks.Assessed} = व्यापक मूल्यांकन (Comprehensive Assessment) के 3 पाठ्यक्रम, जिसमें {(rule.MustPass ? "उत्तीर्ण होना अनिवार्य है" : "भाग लेना है")}; {Say.Date(rule.Opens ?? rule.Due)} से उपलब्ध।")
            : "";

    private static string IgotLine(Subject subject, Language language)
    {
        var choices = string.Join(" / ", subject.Resolved.Placement.IgotChoices);
        return Say.In(language,
            $"On iGOT, select the designation \"{choices}\" so the plan shows on My iGOT.",
            $"iGOT पर पदनाम \"{choices}\" चुनें ताकि योजना My iGOT में दिखे।");
    }

    private static string RoleName(Subject subject, Language language) =>
        Say.In(language, $"role {subject.Role.Number}, {subject.Role.Name}", $"भूमिका {subject.Role.Number}, {subject.Role.NameHi}");

    private static string HindiName(Subject subject) => subject.Resolved.Designation.Hindi.FirstOrDefault() ?? subject.Resolved.Designation.Name;

    public static string Competency(Language language, Competency? competency) => competency switch
    {
        Domain.Catalog.Competency.Domain => Say.In(language, "domain", "डोमेन"),
        Domain.Catalog.Competency.Functional => Say.In(language, "functional", "कार्यात्मक"),
        Domain.Catalog.Competency.Behavioural => Say.In(language, "behavioural", "व्यवहारात्मक"),
        _ => Say.In(language, "competency not stated", "दक्षता उल्लिखित नहीं"),
    };
}
