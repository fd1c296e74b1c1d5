namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>The file cannot be imported at all (missing, unreadable, not a known report, wrong password); nothing was changed.</summary>
public sealed class ImportException(string message, Exception? inner = null) : Exception(message, inner);
