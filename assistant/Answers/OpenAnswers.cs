using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>What the circulars leave open, and the plans they have not issued: said plainly, with the nearest thing they do say and whom to ask.</summary>
public static class OpenAnswers
{
    /// <param name="nodalOfficer">The officer's own nodal officer ("Name (Designation)") when the roster knows them.</param>
    public static ReplyMessage Open(OpenQuestion question, Language language, string? nodalOfficer)
    {
        var title = Say.In(language, "The circulars do not specify this", "परिपत्रों में यह निर्दिष्ट नहीं है");
        var lines = new List<string>
        {
            Say.In(language, $"The circulars I have do not specify {question.What}.", $"मेरे पास उपलब्ध परिपत्रों में {question.WhatHi} निर्दिष्ट नहीं है।"),
            Say.In(language, $"What they do say: {question.Nearest}", $"उनमें यह कहा गया है: {question.NearestHi}"),
            AskWhom(language, nodalOfficer),
        };
        return Card(title, lines);
    }

    /// <summary>A plan the catalog does not hold ("2026-27"): no such plan in the circulars, the last plan's end, whom to ask.</summary>
    public static ReplyMessage NoPlan(string cycle, Cycle latest, Language language, DateOnly today, string? nodalOfficer)
    {
        var title = Say.In(language, $"No {cycle} plan in the circulars", $"परिपत्रों में {cycle} की कोई योजना नहीं");
        var lines = new List<string>
        {
            Say.In(language,
                $"No {cycle} plan has been issued in the circulars I have, so I cannot say which courses it will mandate or by when.",
                $"मेरे पास उपलब्ध परिपत्रों में {cycle} की कोई योजना जारी नहीं हुई है, इसलिए मैं नहीं बता सकता कि उसमें कौन से पाठ्यक्रम और किस तिथि तक अनिवार्य होंगे।"),
            today > latest.Deadline
                ? Say.In(language, $"The latest plan, the {latest.Title}, ended on {Say.Date(latest.Deadline)}.", $"नवीनतम योजना, {latest.TitleHi}, {Say.Date(latest.Deadline)} को समाप्त हो गई।")
                : Say.In(language, $"The latest plan is the {latest.Title}, due {Say.Date(latest.Deadline)}.", $"नवीनतम योजना {latest.TitleHi} है, जिसकी अंतिम तिथि {Say.Date(latest.Deadline)} है।"),
            AskWhom(language, nodalOfficer),
        };
        return Card(title, lines);
    }

    /// <summary>The notice at the top of an answer once the plan's deadline has passed and no later plan is in the catalog.</summary>
    public static ReplyMessage? PlanEnded(Cycle cycle, bool laterPlan, Language language, DateOnly today)
    {
        if (today <= cycle.Deadline || laterPlan)
        {
            return null;
        }

        var next = NextId(cycle);
        return new ReplyMessage(Say.In(language,
            $"The {cycle.Id} plan ended on {Say.Date(cycle.Deadline)}; no {next} plan has been issued in the circulars I have. Here is what the {cycle.Id} plan required.",
            $"{cycle.Id} की योजना {Say.Date(cycle.Deadline)} को समाप्त हो गई; मेरे पास उपलब्ध परिपत्रों में {next} की कोई योजना जारी नहीं हुई है। {cycle.Id} की योजना की अपेक्षाएँ ये थीं।"));
    }

    /// <summary>The id of the plan year after <paramref name="cycle"/>'s ("2025-26" to "2026-27").</summary>
    public static string NextId(Cycle cycle) => $"{cycle.Period.To.Year}-{(cycle.Period.To.Year + 1) % 100:00}";

    private static string AskWhom(Language language, string? nodalOfficer) => nodalOfficer is null
        ? Say.In(language, "For a ruling, ask your zone's nodal officer for iGOT (not below JC/ADC), or the NACIN iGOT Cell (nacin-igot@gov.in).", "निर्णय के लिए अपने अंचल के iGOT नोडल अधिकारी (संयुक्त/अपर आयुक्त से अन्यून) या नासिन iGOT सेल (nacin-igot@gov.in) से पूछें।")
        : Say.In(language, $"For a ruling, ask your nodal officer, {nodalOfficer}.", $"निर्णय के लिए अपने नोडल अधिकारी, {nodalOfficer} से पूछें।");

    /// <summary>Said plainly that the circulars do not say it (<see cref="AnswerKind.CircularsDoNotSay"/>).</summary>
    private static ReplyMessage Card(string title, IReadOnlyList<string> lines)
    {
        var card = new AdaptiveCard().Title(title);
        foreach (var line in lines)
        {
            card.Text(line);
        }

        return new ReplyMessage(string.Join("\n", lines.Prepend($"**{title}**")), card.Build(title), kind: AnswerKind.CircularsDoNotSay);
    }
}
