namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A posting named in the 2024-25 "relevant for" table: the word the table uses for it (<paramref name="Match"/>).</summary>
public sealed record Posting(string Id, string Match, IReadOnlyList<string> Phrases);
