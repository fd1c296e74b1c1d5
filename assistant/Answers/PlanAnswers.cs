using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>Answers about a role's plan: its courses, the assessed three, the iGOT designation, the deadline. All from the catalog.</summary>
public static class PlanAnswers
{
    /// <summary>
    /// "Does an Inspector need the Viksit Bharat course?": whether the course is mandated for the designation in every
    /// role it may hold (by formation), when all those roles agree; null when the answer depends on the formation.
    /// </summary>
    public static ReplyMessage? CourseFor(Course course, Designation designation, IReadOnlyList<Placement> placements, Cycle cycle, Language language)
    {
        var extra = cycle.RequirementsFor(designation.Level).FirstOrDefault(r => !r.AppliesTo.OnlyOfficersConcerned && r.Course == course);
        var mandated = placements.Select(p => extra is not null || p.Role.Courses.Any(c => c.Course == course)).Distinct().ToList();
        if (mandated.Count != 1 || placements.Count == 0)
        {
            return null;
        }

        var roles = placements.Select(p => p.Role).DistinctBy(r => r.Number).OrderBy(r => r.Number).ToList();
        var numbers = roles.Count == 1 ? $"{roles[0].Number}" : $"{string.Join(", ", roles.SkipLast(1).Select(r => r.Number))} and {roles[^1].Number}";
        var numbersHi = roles.Count == 1 ? $"{roles[0].Number}" : $"{string.Join(", ", roles.SkipLast(1).Select(r => r.Number))} और {roles[^1].Number}";
        var article = "AEIOU".Contains(char.ToUpperInvariant(designation.Name[0]), StringComparison.Ordinal) ? "an" : "a";
        var hindiName = designation.Hindi.FirstOrDefault() ?? designation.Name;
        var requirement = cycle.Requirements.FirstOrDefault(r => r.Course == course && !r.AppliesTo.OnlyOfficersConcerned);
        var line = mandated[0]
            ? Say.In(language,
                $"Yes: \"{course.Name}\" is mandatory for {article} {designation.Name} in the {cycle.Title}, whatever the formation (role{(roles.Count == 1 ? "" : "s")} {numbers} of Annexure A), by {Say.Date(extra?.Due ?? cycle.Deadline)}.",
                $"हाँ: \"{course.Name}\" {cycle.TitleHi} में {hindiName} के लिए अनिवार्य है, तैनाती कहीं भी हो (अनुलग्नक A की भूमिका {numbersHi}), {Say.Date(extra?.Due ?? cycle.Deadline)} तक।")
            : Say.In(language,
                $"No: \"{course.Name}\" is not mandatory for {article} {designation.Name} in the {cycle.Title}, whatever the formation: it is not among the courses of role{(roles.Count == 1 ? "" : "s")} {numbers} of Annexure A.",
                $"नहीं: \"{course.Name}\" {cycle.TitleHi} में {hindiName} के लिए अनिवार्य नहीं है, तैनाती कहीं भी हो: यह अनुलग्नक A की भूमिका {numbersHi} के पाठ्यक्रमों में नहीं है।");
        var lines = new List<string> { line };
        if (!mandated[0] && requirement?.AppliesToText is { } who)
        {
            lines.Add(Say.In(language, $"It is mandatory for {who}, by {Say.Date(requirement.Due)}.", $"यह {requirement.AppliesToTextHi ?? who} के लिए {Say.Date(requirement.Due)} तक अनिवार्य है।"));
        }

        var citations = CitationLine.Distinct(roles.Select(r => r.Citation).Concat(requirement?.Citations ?? []));
        return RuleAnswers.Lines(Say.In(language, $"{course.Name}: {designation.Name}", $"{course.Name}: {hindiName}"), lines, language, citations);
    }

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
        var reading = ReadingLine(subject, language);
        var citations = CitationLine.Distinct(subject.Extras.Select(e => e.Citations[0]).Prepend(role.Citation));
        var card = new AdaptiveCard()
            .Title(title)
            .Text(RoleLine(subject, language), subtle: true);
        if (closest is not null)
        {
            card.Text(closest);
        }

        if (reading is not null)
        {
            card.Text(reading, subtle: true);
        }

        card.Bullets(lines.Concat(extras))
            .Text(AssessmentLine(cycle, language))
            .Text(DeadlineLine(cycle, language, today), bold: true)
            .Text(IgotLine(subject, language));
        CitationLine.AddTo(card, language, citations);
        card.Submit(Say.In(language, "My status", "मेरी स्थिति"), Ask("my status"))
            .Submit(Say.In(language, "Which designation on iGOT?", "iGOT पर कौन सा पदनाम?"), Ask("which designation should I select on iGOT"))
            .OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);

        var text = string.Join("\n", new[] { $"**{title}**", RoleLine(subject, language), closest ?? "", reading ?? "" }.Where(l => l.Length > 0).Concat(lines).Concat(extras)
            .Append(AssessmentLine(cycle, language)).Append(DeadlineLine(cycle, language, today)).Append(IgotLine(subject, language))
            .Append(CitationLine.Of(language, citations)));
        return new ReplyMessage(text, card.Build(title), sources: citations) { Language = language };
    }

    /// <param name="excludedFirst">Asked which courses are not assessed: those come first.</param>
    public static ReplyMessage Assessment(Subject subject, Language language, DateOnly today, bool excludedFirst = false)
    {
        var cycle = subject.Cycle;
        var rule = cycle.Assessment;
        // Not iGOT's title: the circulars show iGOT's own name for one role only (the dashboard screenshot's
        // "Comprehensive Assessment for Deputy/Assistant Commissioner").
        var title = excludedFirst
            ? Say.In(language, $"Courses outside the Comprehensive Assessment: role {subject.Role.Number}", $"व्यापक मूल्यांकन से बाहर के पाठ्यक्रम: भूमिका {subject.Role.Number}")
            : Say.In(language,
                $"Comprehensive Assessment: the 3 assessed courses of role {subject.Role.Number}",
                $"व्यापक मूल्यांकन (Comprehensive Assessment): भूमिका {subject.Role.Number} के 3 मूल्यांकित पाठ्यक्रम");
        var assessedCourses = subject.Role.AssessedCourses.ToList();
        var assessed = assessedCourses.Select(c => $"{c.Course.DisplayName} ({Competency(language, c.Course.Competency)})").ToList();
        var mix = MixLine(subject, assessedCourses, language);
        var notAssessed = subject.Role.Courses.Where(c => !c.Assessed).Select(c => c.Course.DisplayName).ToList();
        var outside = Say.In(language,
            $"Not in the assessment (still mandatory to complete): {string.Join("; ", notAssessed)}.",
            $"मूल्यांकन में शामिल नहीं (फिर भी पूरे करना अनिवार्य): {string.Join("; ", notAssessed)}।");
        var card = new AdaptiveCard().Title(title).Text(RoleLine(subject, language), subtle: true);
        if (excludedFirst)
        {
            card.Text(outside, bold: true);
        }

        card.Text(Say.In(language, "It covers these 3 of your 6 mandated courses:", "इसमें आपके 6 अनिवार्य पाठ्यक्रमों में से ये 3 शामिल हैं:"))
            .Numbered(assessed)
            .Text(mix, subtle: true);
        var lines = new List<string>();
        if (rule is not null)
        {
            if (LiveLine(cycle, rule, language) is { } live)
            {
                lines.Add(live);
            }

            lines.Add(Say.In(language,
                $"Passing it is {(rule.MustPass ? "mandatory" : "expected")}; complete it by {Say.Date(rule.Due)} ({Say.DaysLeft(language, rule.Due, today)}).",
                $"इसे उत्तीर्ण करना {(rule.MustPass ? "अनिवार्य" : "अपेक्षित")} है; {Say.Date(rule.Due)} तक पूरा करें ({Say.DaysLeft(language, rule.Due, today)})।"));
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

        var citations = CitationLine.Distinct(new[] { subject.Role.Citation }.Concat(rule is null ? [] : [cycle.Citation, rule.Citation]));
        CitationLine.AddTo(card, language, citations).OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        var text = string.Join("\n", new[] { $"**{title}**", RoleLine(subject, language) }.Concat(excludedFirst ? [outside] : []).Concat(assessed.Select((a, i) => $"{i + 1}. {a}")).Append(mix).Concat(lines)
            .Append(CitationLine.Of(language, citations)));
        return new ReplyMessage(text, card.Build(title), sources: citations) { Language = language };
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

        if (ReadingLine(subject, language) is { } reading)
        {
            card.Text(reading);
            lines.Add(reading);
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

        IReadOnlyList<Citation> citations = [subject.Role.Citation];
        CitationLine.AddTo(card, language, citations).OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**").Append(CitationLine.Of(language, citations))), card.Build(title), sources: citations) { Language = language };
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
        if (cycle.Assessment is { } rule && LiveLine(cycle, rule, language) is { } live)
        {
            lines.Add(live);
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

        var citations = CitationLine.Distinct(new[] { cycle.Citation }.Concat(cycle.Assessment is null ? [] : [cycle.Assessment.Citation]).Concat(extras.Select(e => e.Citations[0])));
        var card = new AdaptiveCard().Title(title);
        foreach (var line in lines)
        {
            card.Text(line);
        }

        CitationLine.AddTo(card, language, citations);
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**").Append(CitationLine.Of(language, citations))), card.Build(title), sources: citations) { Language = language };
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
                $"{Marks.Assessed} = one of the 3 courses of the Comprehensive Assessment, which you must {(rule.MustPass ? "pass" : "take")} by {Say.Date(rule.Due)}.",
                $"{Marks.Assessed} = व्यापक मूल्यांकन (Comprehensive Assessment) के 3 पाठ्यक्रमों में से एक; इस मूल्यांकन में {(rule.MustPass ? "उत्तीर्ण होना अनिवार्य है" : "भाग लेना है")}, {Say.Date(rule.Due)} तक।")
            : "";

    /// <summary>
    /// When the assessment went live, as the circulars say it: the plan's D.O. (10.09.2025) said it would be live
    /// from its opening date; the assessment's D.O. (03.02.2026) says it has been made live, with no date.
    /// </summary>
    private static string? LiveLine(Cycle cycle, AssessmentRule rule, Language language) =>
        rule.Opens is { } opens
            ? Say.In(language,
                $"The {cycle.Citation.Source.Short} said the Comprehensive Assessment would be live on iGOT from {Say.Date(opens)}; the {rule.Citation.Source.Short} says it has been made live.",
                $"{cycle.Citation.Source.ShortHi} के अनुसार व्यापक मूल्यांकन {Say.Date(opens)} से iGOT पर लाइव होना था; {rule.Citation.Source.ShortHi} के अनुसार इसे लाइव कर दिया गया है।")
            : null;

    /// <summary>The competencies of the role's assessed courses, and the letters' general wording only as theirs.</summary>
    private static string MixLine(Subject subject, IReadOnlyList<RoleCourse> assessed, Language language)
    {
        var groups = assessed.GroupBy(c => c.Course.Competency).Select(g => $"{g.Count()} {Competency(language, g.Key)}").ToList();
        var all = assessed.Select(c => c.Course.Competency).Distinct().Count() == 3;
        return Say.In(language,
            $"For role {subject.Role.Number} the assessed courses are {string.Join(", ", groups)}"
                + (all ? "." : $" (the D.O. of 03.02.2026 speaks generally of \"three courses covering domain, functional, and behavioural competencies\"; Annexure A sets this role's)."),
            $"भूमिका {subject.Role.Number} के मूल्यांकित पाठ्यक्रम: {string.Join(", ", groups)}"
                + (all ? "।" : " (अर्ध-शासकीय पत्र दिनांक 03.02.2026 में सामान्य रूप से \"डोमेन, कार्यात्मक और व्यवहारगत दक्षताओं वाले तीन पाठ्यक्रम\" कहा गया है; इस भूमिका के पाठ्यक्रम अनुलग्नक A में निर्धारित हैं)।"));
    }

    /// <summary>The product's reading of the formation the officer is posted in, when the circulars do not place it plainly.</summary>
    private static string? ReadingLine(Subject subject, Language language) =>
        subject.Resolved.Reading is { } reading ? Say.In(language, reading.Note, reading.NoteHi) : null;

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
        Domain.Catalog.Competency.Behavioural => Say.In(language, "behavioural", "व्यवहारगत"),
        _ => Say.In(language, "competency not stated", "दक्षता उल्लिखित नहीं"),
    };
}
