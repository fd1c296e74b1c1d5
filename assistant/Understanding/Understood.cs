using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A turn understood: the intent, the language to answer in, the rule topic asked about, and any formation named.</summary>
/// <param name="FirstPerson">The user speaks of themselves ("I am", "my", "मैं"), so a designation they name is theirs.</param>
/// <param name="Argument">For nodal commands: the formation after the command word ("summary CGST Chennai North").</param>
public sealed record Understood(Intent Intent, Language Language, Topic? Topic, bool FirstPerson, string? Argument = null);
