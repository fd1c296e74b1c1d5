namespace KarmayogiBot.Worker.Commands;

public sealed record RoleJson(string Id, string Name);
