using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.SampleZone;

var command = args.FirstOrDefault() ?? CommandHost.Run;
var rest = args.Skip(1).ToArray();
if (command is "help" or "--help" or "-h" || !CommandHost.Commands.Contains(command))
{
    return Help(command is "help" or "--help" or "-h" ? ExitCodes.Ok : ExitCodes.Usage);
}

try
{
    using var standardOutput = Console.OpenStandardOutput();
    return await CommandHost.RunAsync(command, rest, Console.Out, standardOutput);
}
catch (CatalogException e)
{
    Console.Error.WriteLine($"The catalog is malformed: {e.Message}");
    return ExitCodes.Usage;
}
catch (CommandLineException e)
{
    Console.Error.WriteLine(e.Message);
    return ExitCodes.Usage;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    Console.Error.WriteLine($"The configuration is wrong: {e.Message}");
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}

static int Help(int exitCode)
{
    Console.WriteLine("KarmayogiBot worker. Commands:");
    foreach (var usage in new[] { RunCommand.Usage, NudgeCommand.Usage, SummariesCommand.Usage, PlanCommand.Usage, ImportCommand.Usage, StatusCommand.Usage, SummaryCommand.Usage, QuestionsCommand.Usage, SampleZoneCommand.Usage })
    {
        Console.WriteLine("  " + usage);
    }

    return exitCode;
}
