using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Worker.Commands;

var command = args.FirstOrDefault() ?? "help";
var rest = args.Skip(1).ToArray();
try
{
    var catalog = CatalogLoader.LoadDefault();
    var today = IndiaCalendar.Today(TimeProvider.System);
    return command switch
    {
        "plan" => PlanCommand.Run(rest, catalog, today, Console.Out),
        _ => Help(),
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

static int Help()
{
    Console.WriteLine("KarmayogiBot worker. Commands:");
    Console.WriteLine("  " + PlanCommand.Usage);
    return ExitCodes.Usage;
}
