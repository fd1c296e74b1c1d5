namespace KarmayogiBot.Worker.SampleZone;

/// <summary>One column of an export: the header written, and the field whose value goes under it.</summary>
public sealed record HeaderColumn(string Header, string Field);
