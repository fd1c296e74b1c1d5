namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A kind of question, as kinds.yaml describes it.</summary>
/// <param name="Intent">What the bot answers for it.</param>
/// <param name="RoleDependent">The answer depends on the role, so a designation named is evidence for it.</param>
/// <param name="AlsoAnswers">Kinds asked in the same message that the reply answers too ("my courses and the deadline").</param>
/// <param name="Label">The button that offers it when the bot asks which was meant, in English and Hindi.</param>
/// <param name="Ask">What the button sends.</param>
/// <param name="Refines">The kind this one narrows ("not in the assessment" narrows "the assessment"): its evidence counts for this one too.</param>
public sealed record KindRule(Intent Intent, bool RoleDependent, IReadOnlyList<Intent> AlsoAnswers, string Label, string LabelHi, string Ask, string AskHi, Intent? Refines = null);
