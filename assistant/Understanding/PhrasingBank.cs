namespace KarmayogiBot.Assistant.Understanding;

/// <summary>
/// The evidence the bot reads questions with, loaded from the phrasing files (<see cref="PhrasingLoader"/>): the
/// phrasings of each kind of question in English, Hindi and Hinglish, the kinds themselves, the questions the
/// circulars leave open and the postings of the 2024-25 table.
/// </summary>
public sealed class PhrasingBank(
    IReadOnlyList<Phrasing> phrasings,
    IReadOnlyList<KindRule> kinds,
    IReadOnlyList<(OpenQuestion Question, IReadOnlyList<Phrasing> Phrasings)> openQuestions,
    IReadOnlyList<Posting> postings)
{
    /// <summary>The signals: not questions, but who a message is about and whether it corrects what was said before.</summary>
    public static readonly IReadOnlySet<string> Signals = new HashSet<string>(StringComparer.Ordinal) { FirstPerson, OtherPerson, SomeoneElse, Correction, NextCycle };

    public const string FirstPerson = "first-person";
    public const string OtherPerson = "other-person";

    /// <summary>"My PA", "my driver": someone of the user's, so a designation named is theirs, not the user's, though "my" is said.</summary>
    public const string SomeoneElse = "someone-else";
    public const string Correction = "correction";
    public const string NextCycle = "next-cycle";
    public const string TopicPrefix = "topic/";
    public const string OpenPrefix = "open/";

    private static readonly Lazy<PhrasingBank> Shipped = new(() => PhrasingLoader.LoadDirectory(PhrasingLoader.DefaultDirectory));

    /// <summary>The phrasings shipped beside the program, loaded once.</summary>
    public static PhrasingBank Default => Shipped.Value;

    public IReadOnlyList<Phrasing> Phrasings { get; } = phrasings;

    /// <summary>The kinds of question, most specific first (the first wins a tie).</summary>
    public IReadOnlyList<KindRule> Kinds { get; } = kinds;

    public IReadOnlyList<(OpenQuestion Question, IReadOnlyList<Phrasing> Phrasings)> OpenQuestions { get; } = openQuestions;

    public IReadOnlyList<Posting> Postings { get; } = postings;

    public KindRule? Rule(Intent intent) => Kinds.FirstOrDefault(k => k.Intent == intent);

    /// <summary>The kind name of an intent as the phrasing files write it: NudgeStatus is "nudge-status", Plan2024 "plan-2024".</summary>
    public static string KindName(Intent intent)
    {
        var name = intent.ToString();
        var kebab = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }
}
