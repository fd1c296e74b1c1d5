namespace KarmayogiBot.Worker.Commands;

/// <summary>The command line is wrong: the message says how; the program exits with 1.</summary>
public sealed class CommandLineException(string message) : Exception(message);
