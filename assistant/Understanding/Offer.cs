using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Assistant.Understanding;

/// <summary>One reading the bot can offer as a button when it asks which was meant: a kind of question or a rule topic.</summary>
public sealed record Offer(Intent Intent, Topic? Topic);
