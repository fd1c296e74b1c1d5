using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A turn understood: the intent, the language to answer in, the rule topic asked about, and any formation named.</summary>
/// <param name="FirstPerson">The user speaks of themselves ("I am", "my", "मैं"), so a designation they name is theirs.</param>
/// <param name="Argument">For nodal commands: the formation after the command word ("summary CGST Chennai North"); for <see cref="Intent.OtherOfficer"/>, the name.</param>
/// <param name="Confidence">How far the reading is ahead of the next one (0 to 1: the best evidence's lead over the runner-up's, as a share of it).</param>
/// <param name="Also">A second thing asked in the same message, answered in the same reply ("my courses and the deadline").</param>
/// <param name="Either">For <see cref="Intent.Clarify"/>: the likelier of the two readings offered.</param>
/// <param name="Or">For <see cref="Intent.Clarify"/>: the other reading offered.</param>
/// <param name="Open">For <see cref="Intent.OpenQuestion"/>: what the circulars leave open.</param>
/// <param name="Cycle">A plan named ("2024-25", "2026-27"), by its id; null when none.</param>
/// <param name="Course">A course named in the message.</param>
/// <param name="Posting">A posting of the 2024-25 table named in the message.</param>
/// <param name="Correction">The user corrects what they said before ("sorry, I meant Customs", "I've been transferred").</param>
/// <param name="Circular">A circular the message names by the date it bears.</param>
public sealed record Understood(
    Intent Intent,
    Language Language,
    Topic? Topic,
    bool FirstPerson,
    string? Argument = null,
    double Confidence = 1,
    Intent? Also = null,
    Offer? Either = null,
    Offer? Or = null,
    OpenQuestion? Open = null,
    string? Cycle = null,
    Course? Course = null,
    Posting? Posting = null,
    bool Correction = false,
    Source? Circular = null);
