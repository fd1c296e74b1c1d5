namespace KarmayogiBot.Domain.Catalog;

/// <summary>A catalog file is malformed: names the file, the line and the reason.</summary>
public sealed class CatalogException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
