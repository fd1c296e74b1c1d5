using System.Text.Json.Nodes;
using KarmayogiBot.Assistant.Cards;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Assistant.Answers;

/// <summary>What the bot asks when it cannot yet tell the role: the designation, or the formation that settles it.</summary>
public static class Questions
{
    public static ReplyMessage AskDesignation(Language language)
    {
        var title = Say.In(language, "What is your designation, and where are you posted?", "आपका पदनाम क्या है, और आप कहाँ तैनात हैं?");
        var hint = Say.In(language,
            "Your courses depend on both. For example: \"I am an Inspector at JNCH\" or \"Superintendent, CGST Chennai North\".",
            "आपके पाठ्यक्रम दोनों पर निर्भर करते हैं। उदाहरण: \"मैं जेएनसीएच में निरीक्षक हूँ\" या \"अधीक्षक, सीजीएसटी चेन्नई नॉर्थ\"।");
        var card = new AdaptiveCard().Title(title).Text(hint, subtle: true)
            .TextInput("designation", Say.In(language, "Designation", "पदनाम"), Say.In(language, "e.g. Superintendent, Tax Assistant, AC", "जैसे अधीक्षक, कर सहायक, सहायक आयुक्त"))
            .TextInput("formation", Say.In(language, "Formation (office)", "संरचना (कार्यालय)"), Say.In(language, "e.g. CGST Chennai North, JNCH, NACIN", "जैसे सीजीएसटी चेन्नई नॉर्थ, जेएनसीएच, नासिन"))
            .Submit(Say.In(language, "Continue", "आगे बढ़ें"), new JsonObject { ["action"] = "introduce" });
        return new ReplyMessage($"**{title}**\n{hint}", card.Build(title), kind: AnswerKind.Clarify);
    }

    public static ReplyMessage AskFormation(AmbiguousDesignation ambiguous, TrainingCatalog catalog, Language language)
    {
        var title = Say.In(language, "Where are you posted?", "आप कहाँ तैनात हैं?");
        var question = Say.In(language, ambiguous.Question, ambiguous.QuestionHi);
        var card = new AdaptiveCard().Title(title).Text(question);
        var lines = new List<string>();
        foreach (var candidate in ambiguous.Candidates.Where(c => c.Wing is not null))
        {
            var wing = catalog.Wing(candidate.Wing!.Value);
            var label = Say.In(language, $"{wing.Name}: role {candidate.Role.Number}, {candidate.Role.Name}", $"{wing.NameHi}: भूमिका {candidate.Role.Number}, {candidate.Role.NameHi}");
            lines.Add(label);
            card.Submit(Say.In(language, wing.Name, wing.NameHi), new JsonObject { ["action"] = "introduce", ["wing"] = candidate.Wing.Value.ToString().ToLowerInvariant() });
        }

        card.Bullets(lines);
        return new ReplyMessage(string.Join("\n", lines.Prepend(question).Prepend($"**{title}**")), card.Build(title), ambiguous.Candidates.Select(c => catalog.Wing(c.Wing!.Value).Name).ToList(), kind: AnswerKind.Clarify);
    }

    public static ReplyMessage NotUnderstood(UnknownDesignation unknown, Language language)
    {
        var text = unknown.Suggestions.Count > 0
            ? Say.In(language,
                $"I don't know the designation \"{unknown.Input}\". Did you mean: {string.Join(", ", unknown.Suggestions)}?",
                $"मैं पदनाम \"{unknown.Input}\" नहीं पहचानता। क्या आपका आशय है: {string.Join(", ", unknown.Suggestions)}?")
            : Say.In(language,
                $"I don't know the designation \"{unknown.Input}\". Please write it as in your order of posting, e.g. Superintendent, Inspector, Tax Assistant.",
                $"मैं पदनाम \"{unknown.Input}\" नहीं पहचानता। कृपया इसे अपने तैनाती आदेश के अनुसार लिखें, जैसे अधीक्षक, निरीक्षक, कर सहायक।");
        return new ReplyMessage(text, suggestions: unknown.Suggestions, kind: AnswerKind.NotUnderstood);
    }

    /// <summary>Two readings about as likely: one short question, a button for each ("Your courses, or the Comprehensive Assessment?").</summary>
    public static ReplyMessage Clarify(Offer either, Offer or, PhrasingBank phrasings, Language language)
    {
        var first = Choice(either, phrasings, language);
        var second = Choice(or, phrasings, language);
        var title = Say.In(language, $"{first.Label}, or {second.Label.ToLowerInvariant()}?", $"{first.Label}, या {second.Label}?");
        var card = new AdaptiveCard().Title(title)
            .Submit(first.Label, PlanAnswers.Ask(first.Ask))
            .Submit(second.Label, PlanAnswers.Ask(second.Ask));
        return new ReplyMessage($"**{title}**", card.Build(title), [first.Ask, second.Ask], kind: AnswerKind.Clarify);
    }

    private static (string Label, string Ask) Choice(Offer offer, PhrasingBank phrasings, Language language)
    {
        if (offer.Topic is { } topic)
        {
            var name = Say.In(language, topic.Title, topic.TitleHi);
            return (name, name);
        }

        return phrasings.Rule(offer.Intent) is { Label.Length: > 0 } rule
            ? (Say.In(language, rule.Label, rule.LabelHi), Say.In(language, rule.Ask, rule.AskHi))
            : (offer.Intent.ToString(), offer.Intent.ToString());
    }
}
