namespace KarmayogiBot.Assistant.Understanding;

/// <summary>A phrasing file that cannot be used: the file, the line and the reason (the bot does not start with it).</summary>
public sealed class PhrasingException(string file, int line, string reason) : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
