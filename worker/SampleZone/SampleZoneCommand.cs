using System.Globalization;
using KarmayogiBot.Worker.Commands;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// <c>sample-zone --officers N --seed S --out DIR [--zone Z] [--as-of yyyy-mm-dd] [--unregistered F]
/// [--other-zone-officers N] [--transfers N] [--supervisors] [--igot-headers yyyy-mm]</c>: a made-up zone to try the
/// product on (roster, iGOT exports, and the figures they imply in expected.json). Nothing is imported.
/// </summary>
public static class SampleZoneCommand
{
    public const string Usage = "sample-zone --out <folder> [--officers <n>] [--seed <n>] [--zone <zone>] [--as-of yyyy-mm-dd] [--unregistered <fraction>] [--other-zone-officers <n>] [--transfers <n>] [--supervisors] [--igot-headers yyyy-mm]";

    private const string DefaultAsOf = "2026-03-20";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = CommandOptions.Parse(args, "supervisors");
        var model = SampleZoneModelLoader.Default;
        var request = new SampleZoneRequest(
            Count(options, "officers", 1, "200"),
            Count(options, "seed", int.MinValue, "1"),
            options.Get("zone") is { Length: > 0 } named ? named : model.DefaultZone,
            AsOf(options.Get("as-of") ?? DefaultAsOf, model),
            Fraction(options, "unregistered"),
            Count(options, "other-zone-officers", 0, "0"),
            Count(options, "transfers", 0, "0"),
            options.Has("supervisors"),
            options.Get("igot-headers"));
        if (request.Transfers > request.Officers)
        {
            throw new CommandLineException($"--transfers {request.Transfers} is more than --officers {request.Officers}");
        }

        if (request.OtherZoneOfficers > 0 && request.Zone == model.OtherZone)
        {
            throw new CommandLineException($"--zone: the officers of --other-zone-officers are of {model.OtherZone}; name another zone");
        }

        var folder = options.Require("out");
        var zone = SampleZoneBuilder.Build(model, request);
        var rows = SampleZoneWriter.Write(zone, folder);
        output.WriteLine($"{zone.Officers.Count} officers of {request.Zone}, {rows} progress rows -> {folder}");
        output.WriteLine($"Try: import roster {Path.Combine(folder, "roster.csv")}, then import igot UserReport.csv and ConsumptionReport.csv; expected.json has the figures.");
        return ExitCodes.Ok;
    }

    private static int Count(CommandOptions options, string name, int minimum, string? fallback = null)
    {
        var text = options.Get(name) ?? fallback ?? options.Require(name);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new CommandLineException($"--{name} must be a whole number{(minimum > int.MinValue ? $" of at least {minimum}" : "")}, not '{text}'");
    }

    private static double Fraction(CommandOptions options, string name)
    {
        var text = options.Get(name) ?? "0";
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 1
            ? value
            : throw new CommandLineException($"--{name} must be a fraction from 0 to below 1 (0.05 for 5%), not '{text}'");
    }

    /// <summary>A day of the model's cycle (after it began, and at most a year after its deadline).</summary>
    private static DateOnly AsOf(string text, SampleZoneModel model)
    {
        var begins = model.Deadline.AddYears(-1).AddDays(1);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day > begins && day <= model.Deadline.AddYears(1)
            ? day
            : throw new CommandLineException($"--as-of must be a day yyyy-mm-dd after {begins:yyyy-MM-dd} (the {model.CycleId} cycle), not '{text}'");
    }
}
