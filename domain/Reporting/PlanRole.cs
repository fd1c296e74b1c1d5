namespace KarmayogiBot.Domain.Reporting;

/// <summary>A role of the plan as a summary names it: its id and its name in the plan.</summary>
public sealed record PlanRole(string Id, string Name);
