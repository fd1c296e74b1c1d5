namespace KarmayogiBot.Infrastructure.Reports;

public sealed record RoleJson(string Id, string Name);
