namespace KarmayogiBot.Assistant.Understanding;

/// <summary>Words that are evidence for a kind of question, with how much they count, and where they were written.</summary>
/// <param name="Kind">A question kind (<see cref="KindRule"/>), <c>topic/&lt;id&gt;</c>, <c>open/&lt;id&gt;</c> or a signal.</param>
public sealed record Phrasing(string Kind, string Text, int Weight, string File, int Line);
