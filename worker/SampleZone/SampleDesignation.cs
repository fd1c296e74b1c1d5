namespace KarmayogiBot.Worker.SampleZone;

/// <summary>A designation as the roster writes it, the iGOT entry that goes with it, and its seniority (0 the most senior).</summary>
public sealed record SampleDesignation(string Roster, string Igot, int Rank);
