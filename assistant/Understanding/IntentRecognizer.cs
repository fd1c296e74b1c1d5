using System.Text.RegularExpressions;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>
/// Reads what a message asks from weighted evidence (<see cref="PhrasingBank"/>): every phrasing found adds its
/// weight to its kind of question, the catalog's topic keywords to their topic, and the kind with the most evidence
/// is the reading, with its lead over the next as the confidence. Two kinds about as strong that one reply cannot
/// both answer are <see cref="Intent.Clarify"/>; a kind the first one also answers, with evidence of its own, is
/// <see cref="Understood.Also"/>. Typing errors are corrected against the phrasings' words first (FuzzySharp).
/// </summary>
public sealed partial class IntentRecognizer
{
    /// <summary>Less evidence than this is no reading.</summary>
    private const int Least = 3;

    /// <summary>A second kind with evidence of its own of at least this is answered too.</summary>
    private const int AlsoAtLeast = 4;

    /// <summary>A designation named is this much evidence for each kind that depends on the role and has some.</summary>
    private const int DesignationNamed = 2;

    /// <summary>A plan named is this much evidence for its answer ("2024-25" for the Action Plan).</summary>
    private const int CycleNamed = 4;

    /// <summary>A runner-up with at least this share (in tenths) of the best evidence makes the reading unsure.</summary>
    private const int CloseTenths = 9;

    private const int SingleWordKeyword = 3;
    private const int LongerKeyword = 4;

    private static readonly HashSet<string> CommandWords = new(StringComparer.Ordinal) { "summary", "defaulters", "defaulter" };

    private readonly PhrasingBank _bank;
    private readonly TrainingCatalog _catalog;
    private readonly FormationResolver _formations;
    private readonly Clue[] _evidence;
    private readonly Dictionary<string, Topic> _topics;
    private readonly Dictionary<string, OpenQuestion> _open;
    private readonly Dictionary<Intent, KindRule> _rules;
    private readonly Dictionary<Intent, int> _order;
    private readonly (Posting Posting, string[] Patterns)[] _postings;
    private readonly (Course Course, string Pattern)[] _courses;

    /// <summary>Every topic with its keywords in English and Hindi as written, for <see cref="NearestTopics"/>.</summary>
    private readonly (Topic Topic, string[] Keywords)[] _offers;

    /// <summary>Words of designations, formations and courses: a capitalised phrase holding one is not a person's name.</summary>
    private readonly HashSet<string> _notNames;

    /// <summary>The English words the phrasings and topics use (five letters or more): misspellings of them are corrected.</summary>
    private readonly HashSet<string> _vocabulary;

    /// <summary>Words of the open questions' phrasings: never "corrected" into another word ("leave" is not "level"), nor corrected to.</summary>
    private readonly HashSet<string> _openWords;

    public IntentRecognizer(TrainingCatalog catalog)
        : this(catalog, PhrasingBank.Default)
    {
    }

    public IntentRecognizer(TrainingCatalog catalog, PhrasingBank bank)
    {
        _bank = bank;
        _catalog = catalog;
        _formations = new FormationResolver(catalog);
        _topics = catalog.Topics.ToDictionary(t => PhrasingBank.TopicPrefix + t.Id, StringComparer.Ordinal);
        _open = bank.OpenQuestions.ToDictionary(o => PhrasingBank.OpenPrefix + o.Question.Id, o => o.Question, StringComparer.Ordinal);
        _rules = bank.Kinds.ToDictionary(k => k.Intent);
        _order = bank.Kinds.Select((k, i) => (k.Intent, i)).ToDictionary(k => k.Intent, k => k.i);
        var topicKeywords = catalog.Topics.SelectMany(t => t.Keywords.Concat(t.KeywordsHi)
            .Select(k => new Phrasing(PhrasingBank.TopicPrefix + t.Id, k, TextNormalizer.Words(k).Contains(' ') ? LongerKeyword : SingleWordKeyword, "catalog", 0)));
        _evidence = bank.Phrasings.Concat(bank.OpenQuestions.SelectMany(o => o.Phrasings)).Concat(topicKeywords)
            .Select(Clue.Of)
            .Where(e => e.Pattern.Trim().Length > 0)
            .DistinctBy(e => (e.Kind, e.Pattern))
            .ToArray();
        _postings = bank.Postings.Select(p => (p, p.Phrases.Select(Pad).ToArray())).ToArray();
        _courses = catalog.Courses.Where(c => c.Kind != CourseKind.Assessment)
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (c, Pattern: Pad(n))))
            .Where(c => c.Pattern.Trim().Contains(' '))
            .OrderByDescending(c => c.Pattern.Length)
            .ToArray();
        _offers = catalog.Topics.Select(t => (t, t.Keywords.Concat(t.KeywordsHi).ToArray())).ToArray();
        _notNames = catalog.Designations.SelectMany(d => d.Aliases.Concat(d.Hindi).Prepend(d.Name))
            .Concat(catalog.Wings.SelectMany(w => w.Keywords))
            .Concat(catalog.Courses.Select(c => c.Name))
            .SelectMany(n => TextNormalizer.Words(n).Split(' '))
            .Append("igot").Append("karmayogi").Append("zone").Append("commissionerate")
            .ToHashSet(StringComparer.Ordinal);
        _vocabulary = bank.Phrasings.Select(p => p.Text)
            .Concat(catalog.Topics.SelectMany(t => t.Keywords))
            .SelectMany(p => TextNormalizer.Words(p).Split(' '))
            .Where(w => w.Length >= 5 && !TextNormalizer.HasDevanagari(w))
            .ToHashSet(StringComparer.Ordinal);
        _openWords = bank.OpenQuestions.SelectMany(o => o.Phrasings)
            .SelectMany(p => TextNormalizer.Words(p.Text).Split(' '))
            .ToHashSet(StringComparer.Ordinal);
    }

    public Understood Understand(string text) => Understand(text, designationNamed: false);

    /// <param name="designationNamed">The message names a designation: evidence for the kinds whose answer depends on the role.</param>
    public Understood Understand(string text, bool designationNamed)
    {
        var language = TextNormalizer.HasDevanagari(text) ? Language.Hindi : Language.English;
        var padded = $" {Corrected(TextNormalizer.Words(text))} ";
        var scores = Score(padded);
        var firstPerson = scores.ContainsKey(PhrasingBank.FirstPerson) && !scores.ContainsKey(PhrasingBank.SomeoneElse);
        var correction = scores.ContainsKey(PhrasingBank.Correction);
        var cycle = NamedCycle(text, scores.ContainsKey(PhrasingBank.NextCycle));
        var posting = _postings.FirstOrDefault(p => p.Patterns.Any(pattern => padded.Contains(pattern, StringComparison.Ordinal))).Posting;
        var course = _courses.FirstOrDefault(c => padded.Contains(c.Pattern, StringComparison.Ordinal)).Course;
        Add(scores, designationNamed, cycle, posting, course);

        var ranked = scores.Where(s => !PhrasingBank.Signals.Contains(s.Key))
            .OrderByDescending(s => s.Value).ThenBy(s => Order(s.Key))
            .ToList();
        var base_ = new Understood(Intent.Unknown, language, null, firstPerson, Cycle: cycle, Course: course, Posting: posting, Correction: correction, Confidence: 0);
        if ((OtherOfficer(text) ?? (scores.ContainsKey(PhrasingBank.SomeoneElse) ? SomeoneElsesDoing(text) : null)) is { } name)
        {
            return base_ with { Intent = Intent.OtherOfficer, Argument = name, Confidence = 1 };
        }

        if (ranked.Count == 0 || ranked[0].Value < Least)
        {
            return NamedCircular(text) is { } circular ? base_ with { Intent = Intent.Circular, Circular = circular.Source, Argument = circular.Date, Confidence = 1 }
                : cycle is not null && _catalog.FindCycle(cycle) is null ? base_ with { Intent = Intent.NoPlan }
                : base_;
        }

        var (best, bestScore) = ranked[0];
        var second = ranked.Skip(1).FirstOrDefault();
        var confidence = second.Key is null ? 1 : Math.Round((bestScore - second.Value) / (double)bestScore, 2);
        var reading = Reading(best, text) with { Language = language, FirstPerson = firstPerson, Cycle = cycle, Course = course, Posting = posting, Correction = correction, Confidence = confidence };

        if (cycle is not null && _catalog.FindCycle(cycle) is null && reading.Intent is Intent.Courses or Intent.Assessment or Intent.AssessmentExcluded or Intent.Deadline or Intent.Status or Intent.Designation or Intent.NextStep or Intent.Plan2024)
        {
            return reading with { Intent = Intent.NoPlan };
        }

        if (second.Key is not null && second.Value * 10 >= bestScore * CloseTenths && !Compatible(reading, Reading(second.Key, text)))
        {
            return reading with { Intent = Intent.Clarify, Either = OfferOf(reading), Or = OfferOf(Reading(second.Key, text)), Confidence = confidence };
        }

        if (reading.Intent == Intent.Deadline && cycle is null && course is not null && EarlierPlanDating(course, firstPerson) is { } earlier)
        {
            // "By when were officers concerned to complete 'Adjudication in GST'?": the date is the earlier plan's.
            reading = reading with { Cycle = earlier };
        }

        if (_rules.TryGetValue(reading.Intent, out var rule))
        {
            var also = rule.AlsoAnswers.FirstOrDefault(a => scores.GetValueOrDefault(PhrasingBank.KindName(a)) >= AlsoAtLeast + (designationNamed && _rules[a].RoleDependent ? DesignationNamed : 0));
            if (also != default)
            {
                reading = reading with { Also = also };
            }
        }

        return reading;
    }

    /// <summary>
    /// The plan without roles (2024-25, 2023) a deadline question about the course is about: the latest naming it when
    /// no role plan does, or, when the asker does not speak of themselves, the latest giving the course a date of its
    /// own that no role plan gives it ("Adjudication in GST" was due by 30.04.2024 for the officers concerned). Else null.
    /// </summary>
    private string? EarlierPlanDating(Course course, bool firstPerson)
    {
        var naming = Naming(course);
        if (naming.Count > 0 && naming.All(c => !c.HasRoles))
        {
            return naming[^1].Id;
        }

        var dating = naming.Where(c => c.Requirements.Any(r => r.Course == course)).ToList();
        return !firstPerson && dating.Count > 0 && dating.All(c => !c.HasRoles) ? dating[^1].Id : null;
    }

    /// <summary>The plans that name the course: in a requirement, a course list, the relevant-for table or a role.</summary>
    private List<Cycle> Naming(Course course) =>
        _catalog.Cycles.Where(c => c.Requirements.Any(r => r.Course == course) || c.DomainCourses.Contains(course)
            || c.OptionalDomainCourses.Contains(course) || c.RelevantFor.Any(r => r.Course == course) || c.Roles.Any(r => r.Courses.Any(rc => rc.Course == course))).ToList();

    /// <summary>The evidence for each kind in a message, strongest first, as the reading weighs it (for the table of readings).</summary>
    public IReadOnlyList<(string Kind, int Score)> Evidence(string text, bool designationNamed)
    {
        var padded = $" {Corrected(TextNormalizer.Words(text))} ";
        var scores = Score(padded);
        var cycle = NamedCycle(text, scores.ContainsKey(PhrasingBank.NextCycle));
        var posting = _postings.FirstOrDefault(p => p.Patterns.Any(pattern => padded.Contains(pattern, StringComparison.Ordinal))).Posting;
        var course = _courses.FirstOrDefault(c => padded.Contains(c.Pattern, StringComparison.Ordinal)).Course;
        Add(scores, designationNamed, cycle, posting, course);
        return scores.OrderByDescending(s => s.Value).ThenBy(s => Order(s.Key)).Select(s => (s.Key, s.Value)).ToList();
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

    /// <summary>Each kind's evidence: the weights of its phrasings found, a phrasing inside a longer one found for the same kind not counted again.</summary>
    private Dictionary<string, int> Score(string padded)
    {
        var hits = new List<(Clue Evidence, int At)>();
        foreach (var evidence in _evidence)
        {
            var at = padded.IndexOf(evidence.Pattern, StringComparison.Ordinal);
            if (at >= 0)
            {
                hits.Add((evidence, at));
            }
        }

        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in hits.GroupBy(h => h.Evidence.Kind))
        {
            // The strongest phrasing counts in full, each further one (not inside one already counted) half.
            var taken = new List<(int Start, int End)>();
            var score = 0;
            foreach (var (evidence, at) in kind.OrderByDescending(h => h.Evidence.Weight).ThenByDescending(h => h.Evidence.Pattern.Length))
            {
                var end = at + evidence.Pattern.Length;
                if (taken.Any(t => at < t.End && end > t.Start))
                {
                    continue;
                }

                score += taken.Count == 0 ? 2 * evidence.Weight : evidence.Weight;
                taken.Add((at, end));
            }

            scores[kind.Key] = score / 2;
        }

        // A message that is one phrasing and nothing else ("courses?", "next?") asks that, however weak the phrasing.
        foreach (var (evidence, _) in hits.Where(h => h.Evidence.Pattern.Trim() == padded.Trim() && !PhrasingBank.Signals.Contains(h.Evidence.Kind)))
        {
            scores[evidence.Kind] = Math.Max(scores[evidence.Kind], Least);
        }

        return scores;
    }

    /// <summary>What the message names besides phrasings: a designation (for the kinds that depend on the role), a plan, a posting.</summary>
    private void Add(Dictionary<string, int> scores, bool designationNamed, string? cycle, Posting? posting, Course? course)
    {
        // A kind that refines another ("not in the assessment" of "the assessment") has the other's evidence too.
        foreach (var rule in _bank.Kinds.Where(k => k.Refines is not null))
        {
            var kind = PhrasingBank.KindName(rule.Intent);
            if (scores.TryGetValue(kind, out var own))
            {
                scores[kind] = own + scores.GetValueOrDefault(PhrasingBank.KindName(rule.Refines!.Value));
            }
        }

        if (designationNamed)
        {
            foreach (var rule in _bank.Kinds.Where(k => k.RoleDependent))
            {
                var kind = PhrasingBank.KindName(rule.Intent);
                if (scores.TryGetValue(kind, out var score) && score > 0)
                {
                    scores[kind] = score + DesignationNamed;
                }
            }
        }

        var named = cycle is null ? null : _catalog.FindCycle(cycle);
        if (named is { HasRoles: false })
        {
            var kind = PhrasingBank.KindName(named.Targets.Count > 0 || named.DomainCourses.Count > 0 ? Intent.Plan2024 : Intent.Emerging2023);
            if (scores.Keys.Any(k => _rules.ContainsKey(IntentOf(k)) || k.StartsWith(PhrasingBank.TopicPrefix, StringComparison.Ordinal)))
            {
                scores[kind] = scores.GetValueOrDefault(kind) + CycleNamed;
            }
        }

        // "Was Y-Break Yoga at Workplace a mandatory course?": a course only plans without roles name is a question about that plan.
        if (named is null && course is not null)
        {
            var naming = Naming(course);
            if (naming.Count > 0 && naming.All(c => !c.HasRoles))
            {
                var kind = PhrasingBank.KindName(naming[^1].Targets.Count > 0 || naming[^1].DomainCourses.Count > 0 ? Intent.Plan2024 : Intent.Emerging2023);
                scores[kind] = scores.GetValueOrDefault(kind) + CycleNamed;
            }
        }

        var inTheTable = course is not null && _catalog.Cycles.Any(c => c.RelevantFor.Any(r => r.Course == course));
        if ((posting is not null || inTheTable) && (scores.ContainsKey(PhrasingBank.KindName(Intent.RelevantFor)) || named is { HasRoles: false }))
        {
            var kind = PhrasingBank.KindName(Intent.RelevantFor);
            scores[kind] = scores.GetValueOrDefault(kind) + CycleNamed;
        }
    }

    private Understood Reading(string kind, string text)
    {
        if (_topics.TryGetValue(kind, out var topic))
        {
            return new Understood(Intent.Topic, Language.English, topic, false);
        }

        if (_open.TryGetValue(kind, out var open))
        {
            return new Understood(Intent.OpenQuestion, Language.English, null, false, Open: open);
        }

        var intent = IntentOf(kind);
        var argument = intent is Intent.ZoneSummary or Intent.Defaulters ? ArgumentAfter(text) : null;
        return new Understood(intent, Language.English, null, false, argument);
    }

    private static Offer OfferOf(Understood reading) => new(reading.Intent, reading.Topic);

    /// <summary>One reply answers both: the same reading, or one answers the other (a topic about the assessment and the assessment's courses).</summary>
    private bool Compatible(Understood first, Understood second)
    {
        if ((first.Intent == second.Intent && first.Topic == second.Topic && first.Open == second.Open)
            || first.Intent == Intent.OpenQuestion || second.Intent == Intent.OpenQuestion)
        {
            return true;
        }

        if (_rules.TryGetValue(first.Intent, out var rule) && rule.AlsoAnswers.Contains(second.Intent))
        {
            return true;
        }

        // A question kind and the rule topic that explains it ("comprehensive assessment") are one question.
        return (first.Intent, second.Topic?.Id) is (Intent.Assessment or Intent.AssessmentExcluded, "comprehensive-assessment")
            or (Intent.PlanNotVisible, "plan-not-visible" or "my-igot" or "profile-update")
            or (Intent.Designation, "plan-not-visible" or "profile-update")
            or (Intent.Emerging2023 or Intent.Plan2024 or Intent.DomainCourses or Intent.RelevantFor, _)
            || (second.Intent, first.Topic?.Id) is (Intent.Assessment or Intent.AssessmentExcluded, "comprehensive-assessment")
            or (Intent.PlanNotVisible, "plan-not-visible" or "my-igot" or "profile-update")
            or (Intent.Designation, "plan-not-visible" or "profile-update")
            || second.Intent is Intent.Emerging2023 or Intent.Plan2024 or Intent.DomainCourses or Intent.RelevantFor
            || first.Intent is Intent.Greeting or Intent.Thanks or Intent.Help or Intent.ZoneSummary or Intent.Defaulters or Intent.Export or Intent.NacinReport or Intent.NudgeStatus or Intent.Team or Intent.TeamExport
            || second.Intent is Intent.Greeting or Intent.Thanks or Intent.Help;
    }

    private int Order(string kind) =>
        _rules.ContainsKey(IntentOf(kind)) ? _order[IntentOf(kind)] : kind.StartsWith(PhrasingBank.OpenPrefix, StringComparison.Ordinal) ? -1 : _order.Count;

    private static readonly Dictionary<string, Intent> Intents = Enum.GetValues<Intent>().ToDictionary(PhrasingBank.KindName, i => i, StringComparer.Ordinal);

    private static Intent IntentOf(string kind) => Intents.GetValueOrDefault(kind);

    /// <summary>A plan named: "2024-25", "2026-27" (the id as the catalog writes it), a year alone for the plan that starts in it, or the plan after the newest for "next year".</summary>
    private string? NamedCycle(string text, bool nextCycle)
    {
        var withoutDates = DatePattern().Replace(text, " ");
        if (AfterCyclePattern().Match(withoutDates) is { Success: true } after)
        {
            // "A new plan after the 2025-26 one": the plan year after the one named.
            var next = int.Parse(after.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            return $"{next}-{(next + 1) % 100:00}";
        }

        var newest = _catalog.Cycles.LastOrDefault(c => c.HasRoles);
        if (CyclePattern().Match(withoutDates) is { Success: true } span)
        {
            var first = int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var named = $"{first}-{(first + 1) % 100:00}";

            // "The 2025-26 plan ended in March. Is a new training plan out?": the new plan is the one after the newest named.
            return nextCycle && newest is not null && named == newest.Id ? $"{first + 1}-{(first + 2) % 100:00}" : named;
        }

        if (nextCycle && newest is not null)
        {
            return $"{newest.Period.To.Year}-{(newest.Period.To.Year + 1) % 100:00}";
        }

        if (YearPattern().Match(withoutDates) is { Success: true } year)
        {
            var y = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
            return _catalog.Cycles.FirstOrDefault(c => c.Period.From.Year == y)?.Id;
        }

        return null;
    }

    /// <summary>
    /// A date the text names ("20.01.2026", "24/11/2023", "10th September 2025") as dd.MM.yyyy, and the circular bearing
    /// it (null when none does); null when the text names no date.
    /// </summary>
    private (string Date, Source? Source)? NamedCircular(string text)
    {
        (string, Source?)? named = null;
        foreach (Match match in CircularDatePattern().Matches(text))
        {
            var numeric = match.Groups["month"].Success;
            var day = int.Parse(match.Groups[numeric ? "day" : "dayOfMonth"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups[numeric ? "year" : "longYear"].Value, System.Globalization.CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            var month = numeric
                ? int.Parse(match.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Array.IndexOf(MonthNames, match.Groups["monthName"].Value[..3].ToLowerInvariant()) + 1;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var date = new DateOnly(year, month, day);
            if (_catalog.Sources.FirstOrDefault(s => s.Date == date) is { } source)
            {
                return (date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), source);
            }

            named ??= (date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), null);
        }

        return named;
    }

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>"status of Meena Iyer", "Rahul Verma's courses": a person named (two capitalised words that are not a formation).</summary>
    /// <remarks>
    /// Also "has Suresh Kumar passed", "Inspector Anil Sharma's progress" (a designation before the name is not part of
    /// it), and a person with an honorific whose record is asked ("शर्मा जी ने ... पूरे किए", "mere AC sahab ka status").
    /// </remarks>
    private string? OtherOfficer(string text)
    {
        if (HonorificPattern().Match(text) is { Success: true } honoured)
        {
            return honoured.Groups["person"].Value.Trim();
        }

        var match = OtherOfficerPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = (match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["owner"].Value).Trim();
        var written = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => _notNames.Contains(TextNormalizer.Words(w))).ToArray();
        name = string.Join(' ', written);
        var words = TextNormalizer.Words(name).Split(' ');
        return written.Length >= 2 && _formations.Find(name) is null && !words.Any(_notNames.Contains) ? name : null;
    }

    /// <summary>"Has my PA completed her assessment?": what someone else did is their record, as "your PA"; null when not asked.</summary>
    private static string? SomeoneElsesDoing(string text) =>
        SomeoneElsesDoingPattern().Match(text) is { Success: true } match ? $"your {match.Groups["who"].Value}" : null;

    /// <summary>"my corses", "dedline": each unknown word of five letters or more, close to one word of the vocabulary (same first letter), becomes it.</summary>
    private string Corrected(string words)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length < 5 || _vocabulary.Contains(token) || _openWords.Contains(token) || TextNormalizer.HasDevanagari(token))
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

    /// <summary>The formation of a command typed as a command ("summary CGST Chennai North", "defaulters JNCH"); none for natural phrasings.</summary>
    private static string? ArgumentAfter(string text)
    {
        var words = TextNormalizer.Tokens(text);
        if (words.Count < 2 || !CommandWords.Contains(words[0].ToLowerInvariant()))
        {
            return null;
        }

        return string.Join(' ', words.Skip(1).SkipWhile(w => w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)));
    }

    private static string Pad(string text) => $" {TextNormalizer.Words(text)} ";

    [GeneratedRegex(@"\b\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\s*[./-]\s*(?<month>\d{1,2})\s*[./-]\s*(?<year>\d{4}|\d{2})\b|\b(?<dayOfMonth>\d{1,2})(?:st|nd|rd|th)?\s+(?<monthName>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<longYear>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex CircularDatePattern();

    [GeneratedRegex(@"\b(20\d\d)\s*[-–/]\s*(?:20)?\d\d\b")]
    private static partial Regex CyclePattern();

    [GeneratedRegex(@"\b(?:after|beyond|succeeding)\s+(?:the\s+)?(20\d\d)\s*[-–/]\s*(?:20)?\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterCyclePattern();

    [GeneratedRegex(@"\b20[2-3]\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?:status|progress|record|courses|compliance)\s+(?:of|for)\s+(?:officer\s+)?(?<name>(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)+)|(?<owner>(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)+)(?:'|’)s\s+(?:status|progress|record|courses|compliance)|\b(?i:has|have|did|whether|if)\s+(?:(?i:my)\s+[a-z]+\s+)?(?<name>(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)+)\s+(?:passed|completed|finished|cleared|registered|attempted|done|taken|updated|pass|complete|finish|clear|register|attempt|take|update)\b")]
    private static partial Regex OtherOfficerPattern();

    [GeneratedRegex(@"\b(?:has|have|did|is|was)\s+my\s+(?<who>[a-z.]+)\s+(?:passed|completed|finished|cleared|registered|attempted|done|updated|pass|complete|finish|clear|register|attempt|update)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElsesDoingPattern();

    /// <summary>A person named with an honorific, whose doing or record is asked: "शर्मा जी ने", "Verma ji ka", "AC sahab ki".</summary>
    [GeneratedRegex(@"(?<person>[\p{L}\p{M}.]+\s+(?:जी|साहब|साहिब|सर|मैडम))\s+(?:ने|का|की|के)(?=\s|$)|\b(?<person>[A-Za-z.]+\s+(?:ji|sahab|sahib|saheb|saab|sir|madam))\s+(?:ne|ka|ki|ke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HonorificPattern();

    /// <param name="Pattern">What the padded, normalised text must contain: Hindi phrasings may be part of a longer word ("दिख" in "दिखाई"); others are whole words.</param>
    private sealed record Clue(string Kind, string Pattern, int Weight)
    {
        public static Clue Of(Phrasing phrasing)
        {
            var words = TextNormalizer.Words(phrasing.Text);
            return new Clue(phrasing.Kind, TextNormalizer.HasDevanagari(phrasing.Text) ? words : $" {words} ", phrasing.Weight);
        }
    }
}
