using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>Answers about standing rules (APAR, permission, nodal officer, ...) and the earlier cycles, from the catalog.</summary>
public static class RuleAnswers
{
    public static ReplyMessage Topic(Topic topic, Language language)
    {
        var title = Say.In(language, topic.Title, topic.TitleHi);
        var text = Say.In(language, topic.Text, topic.TextHi);
        var steps = language == Language.Hindi ? topic.StepsHi : topic.Steps;
        var citations = CitationLine.Distinct(topic.Citations);
        var source = CitationLine.Of(language, citations);
        var card = CitationLine.AddTo(new AdaptiveCard().Title(title).Text(text).Numbered(steps), language, citations);
        if (topic.Id is "registration" or "profile-update" or "plan-not-visible" or "find-course" or "my-igot")
        {
            card.OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        }

        var plain = string.Join("\n", new[] { $"**{title}**", text }.Concat(steps.Select((s, i) => $"{i + 1}. {s}")).Append(source));
        return new ReplyMessage(plain, card.Build(title), sources: citations) { Language = language };
    }

    public static ReplyMessage Plan2024(TrainingCatalog catalog, Language language)
    {
        var cycle = catalog.FindCycle("2024-25")!;
        var title = Say.In(language, cycle.Title, cycle.TitleHi);
        var lines = new List<string>();
        var citations = new List<Citation> { cycle.Citation };
        lines.AddRange(ActionPlanAnswers.DeadlineLines(cycle, language, citations));

        lines.Add(Say.In(language,
            $"CBIC has developed {cycle.DomainCourses.Count} courses on iGOT, of domain competence; officers must complete the courses among these which are relevant to their role: {string.Join("; ", cycle.DomainCourses.Take(8).Select(c => c.Name))}; ...",
            $"सीबीआईसी ने iGOT पर {cycle.DomainCourses.Count} पाठ्यक्रम विकसित किए हैं, जो डोमेन दक्षता के हैं; अधिकारियों को इनमें से अपनी भूमिका से संबंधित पाठ्यक्रम अनिवार्य रूप से पूरे करने हैं: {string.Join("; ", cycle.DomainCourses.Take(8).Select(c => c.Name))}; ..."));
        if (cycle.DomainCoursesCitation is { } domainCitation)
        {
            citations.Add(domainCitation);
        }

        if (cycle.OptionalDomainCourses.Count > 0)
        {
            lines.Add(Say.In(language,
                $"CBIC later added {cycle.OptionalDomainCourses.Count} more domain courses, which \"may also be completed\": {string.Join("; ", cycle.OptionalDomainCourses.Select(c => c.Name))}.",
                $"सीबीआईसी ने बाद में {cycle.OptionalDomainCourses.Count} और डोमेन पाठ्यक्रम जोड़े, जिन्हें \"भी पूरा किया जा सकता है\": {string.Join("; ", cycle.OptionalDomainCourses.Select(c => c.Name))}।"));
            citations.AddRange(cycle.OptionalDomainCoursesCitation is { } optional ? [optional] : []);
        }

        foreach (var report in cycle.Reporting)
        {
            lines.Add(Say.In(language, report.Text, report.TextHi) + Say.In(language, ".", "।"));
            citations.Add(report.Citation);
        }

        return Lines(title, lines, language, CitationLine.Distinct(citations));
    }

    public static ReplyMessage Emerging2023(TrainingCatalog catalog, Language language)
    {
        var cycle = catalog.FindCycle("2023")!;
        var requirement = cycle.Requirements[0];
        var course = requirement.Course;
        var lines = new List<string>
        {
            // The date is the Chennai CGST Zone's (its letter of .03.2023, para 6): the circulars give no other zone's.
            Say.In(language,
                $"The Chennai CGST Zone asked its officers of all grades to register on iGOT and complete the \"{course.Name}\" ({course.Duration}, {course.Delivery}), designed by {course.Provider}, on or before {Say.Date(requirement.Due)}.",
                $"चेन्नई सीजीएसटी अंचल ने अपने सभी श्रेणियों के अधिकारियों से iGOT पर पंजीकरण कर \"{course.Name}\" ({course.Duration}, {course.Delivery}) {Say.Date(requirement.Due)} तक पूरा करने को कहा था; इसे {course.Provider} ने तैयार किया है।"),
        };
        if (Say.In(language, requirement.Note ?? "", requirement.NoteHi ?? "") is { Length: > 0 } note)
        {
            lines.Add(note);
        }

        lines.AddRange(cycle.Reporting.Select(r => Say.In(language, r.Text, r.TextHi) + Say.In(language, ".", "।")));
        if (catalog.FindCourse("intro-emerging-technology") is { } later)
        {
            lines.Add(Say.In(language,
                $"The six mandatory courses of 2024-25 include \"{later.Name}\"; the circulars do not say whether it is the same course.",
                $"2024-25 के छह अनिवार्य पाठ्यक्रमों में \"{later.Name}\" है; परिपत्र यह नहीं बताते कि यह वही पाठ्यक्रम है या नहीं।"));
        }
        var citations = CitationLine.Distinct(requirement.Citations.Concat(cycle.Reporting.Select(r => r.Citation)));
        return Lines(Say.In(language, cycle.Title, cycle.TitleHi), lines, language, citations);
    }

    public static ReplyMessage Help(Language language, bool nodal) => Help(language, nodal, greeting: null);

    public static ReplyMessage Greeting(Language language, string? name, bool nodal)
    {
        var hello = Say.In(language, $"Namaste{(name is null ? "" : $", {name}")}! I am KarmayogiBot.", $"नमस्ते{(name is null ? "" : $", {name}")}! मैं कर्मयोगी बॉट हूँ।");
        return Help(language, nodal, hello);
    }

    /// <summary>What the bot can do, after <paramref name="greeting"/> when there is one.</summary>
    private static ReplyMessage Help(Language language, bool nodal, string? greeting)
    {
        var title = Say.In(language, "I can help with your mandatory iGOT courses", "मैं आपके अनिवार्य iGOT पाठ्यक्रमों में सहायता कर सकता हूँ");
        var items = new List<string>
        {
            Say.In(language, "your mandated courses and the 3 in the Comprehensive Assessment", "आपके अनिवार्य पाठ्यक्रम और व्यापक मूल्यांकन के 3 पाठ्यक्रम"),
            Say.In(language, "the deadline and days left", "अंतिम तिथि और शेष दिन"),
            Say.In(language, "which designation to select on iGOT, and why the plan may not show", "iGOT पर कौन सा पदनाम चुनें, और योजना क्यों नहीं दिखती"),
            Say.In(language, "your status: done, pending, overdue, and the next step", "आपकी स्थिति: पूर्ण, लंबित, समय-सीमा पार, और अगला कदम"),
            Say.In(language, "the rules: APAR, no permission needed, nodal officer, registration, competencies, 2024-25 and 2023", "नियम: APAR, अनुमति आवश्यक नहीं, नोडल अधिकारी, पंजीकरण, दक्षताएँ, 2024-25 और 2023"),
            Say.In(language, "another role: e.g. \"what must an Examiner in Customs complete?\"", "कोई अन्य भूमिका: जैसे \"सीमा शुल्क में परीक्षक को क्या पूरा करना है?\""),
        };
        if (nodal)
        {
            items.Add(Say.In(language, "for your zone: summary, summary <formation>, defaulters, export, nudge status", "आपके अंचल के लिए: summary, summary <formation>, defaulters, export, nudge status"));
        }

        var card = new AdaptiveCard();
        if (greeting is not null)
        {
            card.Text(greeting);
        }

        card.Title(title).Bullets(items);
        foreach (var (label, ask) in Menu(language, nodal))
        {
            card.Submit(label, PlanAnswers.Ask(ask));
        }

        var text = string.Join("\n", items.Select(i => $"- {i}").Prepend($"**{title}**"));
        return new ReplyMessage(greeting is null ? text : $"{greeting}\n{text}", card.Build(title), Menu(language, nodal).Select(m => m.Ask).ToList());
    }

    public static ReplyMessage Thanks(Language language) =>
        new(Say.In(language, "You're welcome. Ask me any time about your iGOT courses.", "आपका स्वागत है। अपने iGOT पाठ्यक्रमों के बारे में कभी भी पूछें।"),
            suggestions: Menu(language, false).Select(m => m.Ask).ToList());

    /// <summary>A question outside the circulars: say so, offer the nearest topics, name the nodal officer. Never an invented answer.</summary>
    public static ReplyMessage OutOfScope(Language language, IReadOnlyList<Topic> nearest, string? nodalOfficer)
    {
        var title = Say.In(language, "I can't answer that from the circulars", "मैं परिपत्रों के आधार पर इसका उत्तर नहीं दे सकता");
        var who = nodalOfficer is null
            ? Say.In(language, "your zone's nodal officer for iGOT (not below JC/ADC)", "अपने अंचल के iGOT नोडल अधिकारी (संयुक्त/अपर आयुक्त से अन्यून)")
            : Say.In(language, $"your nodal officer, {nodalOfficer}", $"अपने नोडल अधिकारी, {nodalOfficer}");
        var body = Say.In(language,
            $"I answer only about mandatory iGOT Karmayogi courses, from CBIC's circulars. For anything else, please ask {who}.",
            $"मैं केवल अनिवार्य iGOT कर्मयोगी पाठ्यक्रमों के बारे में, सीबीआईसी के परिपत्रों से उत्तर देता हूँ। अन्य प्रश्नों के लिए कृपया {who} से पूछें।");
        var card = new AdaptiveCard().Title(title).Text(body);
        var offers = nearest.Select(t => (Say.In(language, t.Title, t.TitleHi), Say.In(language, t.Title, t.TitleHi))).Concat(Menu(language, false)).Take(4).ToList();
        if (offers.Count > 0)
        {
            card.Text(Say.In(language, "You could ask me:", "आप मुझसे पूछ सकते हैं:"), subtle: true);
        }

        foreach (var (label, ask) in offers)
        {
            card.Submit(label, PlanAnswers.Ask(ask));
        }

        return new ReplyMessage($"**{title}**\n{body}", card.Build(title), offers.Select(o => o.Item2).ToList(), kind: AnswerKind.NotUnderstood);
    }

    public static IReadOnlyList<(string Label, string Ask)> Menu(Language language, bool nodal)
    {
        var menu = new List<(string, string)>
        {
            (Say.In(language, "My courses", "मेरे पाठ्यक्रम"), Say.In(language, "my courses", "मेरे पाठ्यक्रम")),
            (Say.In(language, "My status", "मेरी स्थिति"), Say.In(language, "my status", "मेरी स्थिति")),
            (Say.In(language, "Deadline", "अंतिम तिथि"), Say.In(language, "deadline", "अंतिम तिथि")),
            (Say.In(language, "Designation on iGOT", "iGOT पर पदनाम"), Say.In(language, "which designation should I select on iGOT", "iGOT पर कौन सा पदनाम चुनूँ")),
        };
        if (nodal)
        {
            menu.Add((Say.In(language, "Zone summary", "अंचल सारांश"), "summary"));
        }

        return menu;
    }

    /// <summary>A titled card of lines and its one citation line (the full sources behind it), and the same as plain text.</summary>
    internal static ReplyMessage Lines(string title, IReadOnlyList<string> lines, Language language, IReadOnlyList<Citation> citations)
    {
        var card = new AdaptiveCard().Title(title);
        foreach (var line in lines)
        {
            card.Text(line);
        }

        CitationLine.AddTo(card, language, citations);
        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**").Append(CitationLine.Of(language, citations))), card.Build(title), sources: citations) { Language = language };
    }
}
