using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.SampleZone;
using Microsoft.Extensions.Hosting;

var command = args.FirstOrDefault() ?? "run";
var rest = args.Skip(1).ToArray();
try
{
    switch (command)
    {
        case "run":
            return await RunCommand.RunAsync(rest);
        case "summary":
            return SummaryCommand.Run(rest, Console.Out);
        case "sample-zone":
            return SampleZoneCommand.Run(rest, Console.Out);
        case "nudge" or "summaries":
        {
            using var host = WorkerHost.CreateBuilder([]).Build();
            using var cancel = ImportCancellation.OnCtrlC();
            return command == "nudge"
                ? await NudgeCommand.RunAsync(rest, host.Services, Console.Out, cancel.Token)
                : await SummariesCommand.RunAsync(rest, host.Services, Console.Out, cancel.Token);
        }
    }

    var catalog = CatalogLoader.LoadDefault();
    return command switch
    {
        "plan" => PlanCommand.Run(rest, catalog, IndiaCalendar.Today(TimeProvider.System), Console.Out),
        "import" => ImportCommand.Run(rest, catalog, Console.Out),
        "status" => StatusCommand.Run(rest, catalog, Console.Out),
        "help" or "--help" or "-h" => Help(ExitCodes.Ok),
        _ => Help(ExitCodes.Usage),
    };
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
    foreach (var usage in new[] { RunCommand.Usage, NudgeCommand.Usage, SummariesCommand.Usage, PlanCommand.Usage, ImportCommand.Usage, StatusCommand.Usage, SummaryCommand.Usage, SampleZoneCommand.Usage })
    {
        Console.WriteLine("  " + usage);
    }

    return exitCode;
}
