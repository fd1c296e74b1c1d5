namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>The bundle is password-protected and no password was given (or the one given is wrong).</summary>
public sealed class PasswordRequiredException(string message) : Exception(message);
