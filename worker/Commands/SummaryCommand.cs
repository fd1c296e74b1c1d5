using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>summary [--zone Z | --formation F] [--as-of yyyy-mm-dd] [--json] [--xlsx out.xlsx]</c>: totals (fully
/// compliant, assessment passed, correct iGOT designation, overdue), by formation and by role, and the
/// officers not yet compliant; the .xlsx in the circulars' report format (a summary and a defaulters sheet).
/// </summary>
public static class SummaryCommand
{
    public const string Usage = "summary [--zone <zone> | --formation <formation>] [--as-of yyyy-mm-dd] [--json] [--xlsx out.xlsx]";

    private const int DefaultersShown = 50;

    public static int Run(IReadOnlyList<string> args, TrainingCatalog catalog, TextWriter output)
    {
        using var services = ImportCommand.CreateServices(catalog);
        return RunAsync(args, services, output).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "json");
        var zone = options.Get("zone");
        var formation = options.Get("formation");
        if (zone is not null && formation is not null)
        {
            throw new CommandLineException("give --zone or --formation, not both");
        }

        var asOf = StatusAsOf.Parse(options.Get("as-of"), services.GetRequiredService<TimeProvider>());
        var summary = await services.GetRequiredService<ZoneSummaryService>()
            .SummarizeAsync(new OfficerScope(zone, formation), asOf, cancellationToken).ConfigureAwait(false);
        if (options.Get("xlsx") is { Length: > 0 } xlsx)
        {
            SummaryWorkbook.Write(summary, xlsx);
        }

        if (options.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(SummaryJson.From(summary), CommandJson.Options));
        }
        else
        {
            Write(summary, output);
            if (options.Get("xlsx") is { Length: > 0 } written)
            {
                output.WriteLine($"Written: {written}");
            }
        }

        return ExitCodes.Ok;
    }

    private static void Write(ZoneSummary summary, TextWriter output)
    {
        var scope = summary.Scope.Formation ?? summary.Scope.Zone ?? "all officers";
        output.WriteLine($"{summary.Cycle.Title}, {scope}: as of {Day(summary.AsOf)}, last date {Day(summary.Cycle.Deadline)} ({summary.DaysLeft} days left)");
        var t = summary.Totals;
        if (t.Officers == 0)
        {
            output.WriteLine("No officers: import the roster first (worker import roster <file>).");
            return;
        }

        output.WriteLine($"Officers {t.Officers}: fully compliant {t.Compliant} ({Percent(t.Compliant, t.Officers)}), assessment passed {t.AssessmentPassed} ({Percent(t.AssessmentPassed, t.Officers)}), correct iGOT designation {t.DesignationCorrect} ({Percent(t.DesignationCorrect, t.Officers)}), overdue {t.Overdue}");
        if (t.UnknownRole > 0)
        {
            output.WriteLine($"Role not known for {t.UnknownRole} (designation or formation not recognised)");
        }

        output.WriteLine("By formation:");
        foreach (var group in summary.ByFormation)
        {
            Line(group, output);
        }

        output.WriteLine("By role:");
        foreach (var group in summary.ByRole)
        {
            Line(group, output);
        }

        var defaulters = summary.Defaulters.ToList();
        output.WriteLine($"Not yet compliant: {defaulters.Count}{(defaulters.Count > DefaultersShown ? $" (the first {DefaultersShown}; --xlsx or --json for all)" : "")}");
        foreach (var standing in defaulters.Take(DefaultersShown))
        {
            var officer = standing.Officer.Officer;
            var pending = standing.Report is null ? "role not known" : $"{standing.Report.PendingCount} to do";
            output.WriteLine($"  {officer.EmployeeCode} {officer.Name}, {officer.Designation}, {officer.Formation}: {pending}{(standing.IsOverdue() ? " (overdue)" : "")}");
        }
    }

    private static void Line(GroupSummary group, TextWriter output)
    {
        var c = group.Counts;
        output.WriteLine($"  {group.Name}: {c.Officers} officers, compliant {c.Compliant}, assessment passed {c.AssessmentPassed}, correct iGOT designation {c.DesignationCorrect}, overdue {c.Overdue}");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
