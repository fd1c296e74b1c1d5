using KarmayogiBot.Assistant.Cards;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>Answers that depend on who asks: the next step when the bot knows nothing of the officer yet, and another officer's record refused.</summary>
public static class ContextAnswers
{
    /// <summary>The plan's first steps, in order, for an officer the bot cannot place yet (from the DG NACIN D.O. of 10.09.2025 and the Pr. DG's of 03.02.2026).</summary>
    public static ReplyMessage FirstSteps(Language language)
    {
        var title = Say.In(language, "Your next steps on iGOT", "iGOT पर आपके अगले कदम");
        var steps = new List<string>
        {
            Say.In(language, "Register and log in on the iGOT Karmayogi portal (https://igotkarmayogi.gov.in).", "iGOT कर्मयोगी पोर्टल (https://igotkarmayogi.gov.in) पर पंजीकरण कर लॉगिन करें।"),
            Say.In(language, "Update your profile: your Group and your correct Designation as in Column B of Annexure B (and your gov.in e-mail ID if you use a private one); only then does the Training Plan show on My iGOT.", "अपनी प्रोफ़ाइल अद्यतन करें: अपना समूह (Group) और अनुलग्नक B के कॉलम B के अनुसार सही पदनाम (और निजी ई-मेल उपयोग करते हों तो gov.in ई-मेल आईडी); तभी प्रशिक्षण योजना My iGOT में दिखती है।"),
            Say.In(language, "Complete the 6 mandated courses of your role (Annexure A).", "अपनी भूमिका के 6 अनिवार्य पाठ्यक्रम पूरे करें (अनुलग्नक A)।"),
            Say.In(language, "Enrol in and pass the Comprehensive Assessment (3 of the 6 courses).", "व्यापक मूल्यांकन (6 में से 3 पाठ्यक्रम) में नामांकन कर उसे उत्तीर्ण करें।"),
        };
        var hint = Say.In(language, "Tell me your designation and where you are posted, and I will name your 6 courses.", "अपना पदनाम और तैनाती बताइए, मैं आपके 6 पाठ्यक्रम बता दूँगा।");
        var source = Say.In(language,
            "Source: DG NACIN D.O. of 10.09.2025, paras 2 to 4; Pr. DG NACIN D.O. of 03.02.2026, para 3",
            "स्रोत: महानिदेशक, नासिन का अर्ध-शासकीय पत्र दिनांक 10.09.2025, पैरा 2 से 4; प्रधान महानिदेशक, नासिन का अर्ध-शासकीय पत्र दिनांक 03.02.2026, पैरा 3");
        var card = new AdaptiveCard().Title(title).Numbered(steps).Text(hint, subtle: true).Source(source)
            .OpenUrl(Say.In(language, "Open iGOT", "iGOT खोलें"), Say.IgotPortal);
        return new ReplyMessage(string.Join("\n", steps.Select((s, i) => $"{i + 1}. {s}").Prepend($"**{title}**").Append(hint).Append(source)), card.Build(title));
    }

    /// <summary>Another officer's record, asked by someone who is not their nodal officer: refused, with the reason.</summary>
    public static ReplyMessage OtherOfficerRefused(string name, Language language) =>
        new(Say.In(language,
            $"I can't show {name}'s status: each officer sees only their own record (a nodal officer sees their zone's). {char.ToUpperInvariant(name[0])}{name[1..]} can ask me for their own status, or you can ask your zone's nodal officer. I can tell you what any designation must complete, e.g. \"what must an Inspector in CGST complete?\".",
            $"मैं {name} की स्थिति नहीं दिखा सकता: प्रत्येक अधिकारी केवल अपना रिकॉर्ड देख सकता है (नोडल अधिकारी अपने अंचल का)। {name} स्वयं मुझसे अपनी स्थिति पूछ सकते हैं, या आप अपने अंचल के नोडल अधिकारी से पूछ सकते हैं। मैं किसी भी पदनाम के अनिवार्य पाठ्यक्रम बता सकता हूँ।"),
            suggestions: RuleAnswers.Menu(language, false).Select(m => m.Ask).ToList(), kind: AnswerKind.Refused);
}
