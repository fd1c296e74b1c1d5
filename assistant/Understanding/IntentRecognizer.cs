using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>
/// Understands officers' questions in English and Hindi by phrases (typing-error tolerant through the
/// normaliser), and the standing-rule topics by the keywords the catalog gives them.
/// </summary>
public sealed class IntentRecognizer
{
    private static readonly (Intent Intent, string[] Phrases)[] Ordered =
    [
        (Intent.NudgeStatus, ["nudge status", "nudges status", "reminder status", "नज स्टेटस", "अनुस्मारक स्थिति"]),
        (Intent.Export, ["export", "download report", "excel report", "xlsx", "रिपोर्ट डाउनलोड", "एक्सपोर्ट"]),
        (Intent.Defaulters, ["defaulters", "defaulter", "who has not completed", "who have not completed", "non compliant officers", "not compliant", "कितने अधिकारी बाकी", "बाकी अधिकारी", "डिफॉल्टर"]),
        (Intent.ZoneSummary, ["zone summary", "summary", "how is my zone", "my zone doing", "zone doing", "zone status", "zone compliance", "ज़ोन", "जोन", "अंचल की स्थिति", "सारांश"]),
        (Intent.PlanNotVisible, ["not showing", "not visible", "cant see", "cannot see", "can not see", "dont see", "do not see", "not appearing", "not able to see", "plan is missing", "plan missing", "doesnt show", "does not show", "not shown", "नहीं दिख", "दिखाई नहीं"]),
        (Intent.Designation, ["which designation", "what designation", "designation should i", "designation do i", "designation to select", "designation to choose", "select on igot", "choose on igot", "select in igot", "drop down", "dropdown", "drop-down", "designation in igot", "designation on igot", "igot designation", "update my designation", "कौन सा पदनाम", "पदनाम चुन", "कौनसा पदनाम", "ड्रॉप डाउन", "पदनाम"]),
        (Intent.Plan2024, ["2024 25", "2024-25", "202425", "action plan", "minimum number", "minimum courses", "20 courses", "twenty courses", "10 courses by"]),
        (Intent.Emerging2023, ["emerging technolog", "2023", "level 1", "level-1", "level1", "उभरती प्रौद्योगिकी"]),
        (Intent.Status, ["my status", "where do i stand", "where i stand", "my progress", "how am i doing", "what is pending", "whats pending", "what is left", "whats left", "pending for me", "am i compliant", "have i completed", "did i complete", "my compliance", "status", "progress", "मेरी स्थिति", "स्थिति", "मेरी प्रगति", "क्या बाकी", "कितने बाकी", "मैंने पूरे"]),
        (Intent.Deadline, ["deadline", "last date", "due date", "by when", "till when", "when is it due", "when should i complete", "time limit", "kab tak", "अंतिम तिथि", "अंतिम तारीख", "समय सीमा", "कब तक", "आखिरी तारीख", "डेडलाइन"]),
        (Intent.Assessment, ["comprehensive assessment", "assessment", "assessed", "exam", "test", "ca courses", "व्यापक मूल्यांकन", "मूल्यांकन", "परीक्षा", "असेसमेंट"]),
        (Intent.Courses, ["course", "courses", "mandatory", "mandated", "must i complete", "must complete", "have to complete", "need to complete", "to complete", "training plan", "which trainings", "my plan", "पाठ्यक्रम", "कोर्स", "अनिवार्य", "प्रशिक्षण योजना", "प्रशिक्षण"]),
        (Intent.Help, ["help", "menu", "what can you do", "what do you do", "options", "commands", "how to use", "मदद", "सहायता", "क्या कर सकते"]),
        (Intent.Thanks, ["thanks", "thank you", "thank u", "thx", "ty", "धन्यवाद", "शुक्रिया", "dhanyavad", "dhanyawad"]),
        (Intent.Greeting, ["hi", "hello", "hey", "hii", "good morning", "good afternoon", "good evening", "namaste", "namaskar", "नमस्ते", "नमस्कार", "प्रणाम"]),
    ];

    /// <summary>The phrases as the text is searched for them, normalised once.</summary>
    private static readonly (Intent Intent, Phrase[] Phrases)[] Patterns =
        Ordered.Select(o => (o.Intent, o.Phrases.Select(Phrase.Of).ToArray())).ToArray();

    private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal) { "summary", "defaulters", "defaulter" };

    private static readonly string[] FirstPersonWords = [.. new[] { "i", "im", "i am", "my", "me", "mine", "myself", "मैं", "मेरा", "मेरे", "मेरी", "मुझे" }.Select(w => $" {w} ")];

    private readonly List<(Topic Topic, string[] Keywords)> _topics;

    /// <summary>Every topic with its keywords in English and Hindi as written, for <see cref="NearestTopics"/>.</summary>
    private readonly (Topic Topic, string[] Keywords)[] _offers;

    /// <summary>The English words the phrases and topics use (five letters or more): misspellings of them are corrected.</summary>
    private readonly HashSet<string> _vocabulary;

    public IntentRecognizer(TrainingCatalog catalog)
    {
        _topics = catalog.Topics
            .Select(t => (t, t.Keywords.Concat(t.KeywordsHi).Select(k => $" {TextNormalizer.Words(k)} ").Where(k => k.Trim().Length > 1).ToArray()))
            .ToList();
        _offers = catalog.Topics.Select(t => (t, t.Keywords.Concat(t.KeywordsHi).ToArray())).ToArray();
        _vocabulary = Ordered.SelectMany(o => o.Phrases)
            .Concat(catalog.Topics.SelectMany(t => t.Keywords))
            .SelectMany(p => TextNormalizer.Words(p).Split(' '))
            .Where(w => w.Length >= 5 && !TextNormalizer.HasDevanagari(w))
            .ToHashSet(StringComparer.Ordinal);
    }

    public Understood Understand(string text)
    {
        var language = TextNormalizer.HasDevanagari(text) ? Language.Hindi : Language.English;
        var padded = $" {Corrected(TextNormalizer.Words(text))} ";
        var firstPerson = FirstPersonWords.Any(w => padded.Contains(w, StringComparison.Ordinal));

        var (topic, topicScore) = BestTopic(padded);
        foreach (var (intent, phrases) in Patterns)
        {
            var phrase = Array.Find(phrases, p => padded.Contains(p.Pattern, StringComparison.Ordinal));
            if (phrase is null)
            {
                continue;
            }

            // A rule topic named at least as specifically (in words) as a generic intent ("APAR", "permission") wins over it.
            if (topic is not null && intent is Intent.Courses or Intent.Deadline or Intent.Greeting or Intent.Thanks or Intent.Help && topicScore >= phrase.Words)
            {
                return new Understood(Intent.Topic, language, topic, firstPerson);
            }

            var argument = intent is Intent.ZoneSummary or Intent.Defaulters ? ArgumentAfter(text, phrase.Text) : null;
            return new Understood(intent, language, null, firstPerson, argument);
        }

        return topic is not null
            ? new Understood(Intent.Topic, language, topic, firstPerson)
            : new Understood(Intent.Unknown, language, null, firstPerson);
    }

    /// <summary>
    /// What to offer instead of an answer: the topics (at most <paramref name="count"/>) with the most keywords that
    /// hold one of the text's longer words (four letters or more).
    /// </summary>
    public IReadOnlyList<Topic> NearestTopics(string text, int count)
    {
        var words = TextNormalizer.Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        return _offers
            .Select(o => (o.Topic, Score: o.Keywords.Count(k => words.Any(w => k.Contains(w, StringComparison.OrdinalIgnoreCase)))))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .Take(count)
            .Select(t => t.Topic)
            .ToList();
    }

    /// <summary>"my corses", "dedline": each unknown word of five letters or more, close to one word of the vocabulary (same first letter), becomes it.</summary>
    private string Corrected(string words)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length < 5 || _vocabulary.Contains(token) || TextNormalizer.HasDevanagari(token))
            {
                continue;
            }

            var best = _vocabulary
                .Where(w => w[0] == token[0] && Math.Abs(w.Length - token.Length) <= 2)
                .Select(w => (Word: w, Score: FuzzySharp.Fuzz.Ratio(w, token)))
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            if (best.Word is not null && best.Score >= 80)
            {
                tokens[i] = best.Word;
            }
        }

        return string.Join(' ', tokens);
    }

    private static int WordCount(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The rule topic whose keywords the text names most (the keyword of most words matched counts).</summary>
    private (Topic? Topic, int Score) BestTopic(string padded)
    {
        Topic? best = null;
        var bestScore = 0;
        foreach (var (topic, keywords) in _topics)
        {
            var score = keywords.Where(k => padded.Contains(k, StringComparison.Ordinal)).Select(WordCount).DefaultIfEmpty(0).Max();
            if (score > bestScore)
            {
                (best, bestScore) = (topic, score);
            }
        }

        return (best, bestScore);
    }

    /// <summary>The formation of a command typed as a command ("summary CGST Chennai North", "defaulters JNCH"); none for natural phrasings.</summary>
    private static string? ArgumentAfter(string text, string phrase)
    {
        var words = TextNormalizer.Tokens(text);
        if (words.Count < 2 || !CommandWords.Contains(words[0].ToLowerInvariant()) || !string.Equals(words[0], phrase, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return string.Join(' ', words.Skip(1).SkipWhile(w => w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)));
    }

    /// <param name="Pattern">What the padded, normalised text must contain: Hindi phrases may be part of a longer word ("दिख" in "दिखाई"); English ones are whole words.</param>
    private sealed record Phrase(string Text, string Pattern, int Words)
    {
        public static Phrase Of(string text)
        {
            var words = TextNormalizer.Words(text);
            return new Phrase(text, TextNormalizer.HasDevanagari(text) ? words : $" {words} ", WordCount(text));
        }
    }
}
