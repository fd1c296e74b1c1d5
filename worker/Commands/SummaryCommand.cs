using System.Globalization;
using System.Text;
using System.Text.Json;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>summary [--zone Z | --formation F] [--as-of yyyy-mm-dd] [--json] [--xlsx out.xlsx]</c>: totals (fully
/// compliant, assessment passed, correct iGOT designation, overdue), by formation and by role, and the
/// officers not yet compliant; the .xlsx in the circulars' report format (a summary and a defaulters sheet).
/// Figures come from the stored standing facts (<see cref="ZoneFiguresService"/>), so the catalog is not even
/// parsed while they are current; the .xlsx, and plans that count courses by date, judge officer by officer.
/// </summary>
public static class SummaryCommand
{
    public const string Usage = "summary [--zone <zone> | --formation <formation>] [--as-of yyyy-mm-dd] [--json] [--xlsx out.xlsx]";

    private const int DefaultersShown = 50;

    public static Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default) =>
        SummarizeAsync(args, services, output, null, cancellationToken);

    /// <param name="jsonOutput">Where --json is written (UTF-8), after what <paramref name="output"/> holds is flushed.</param>
    public static Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, Stream jsonOutput, CancellationToken cancellationToken = default) =>
        SummarizeAsync(args, services, output, jsonOutput, cancellationToken);

    /// <param name="jsonOutput">Where --json is written (UTF-8); null: to <paramref name="output"/>.</param>
    private static async Task<int> SummarizeAsync(
        IReadOnlyList<string> args, IServiceProvider services, TextWriter output, Stream? jsonOutput, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "json");
        var zone = options.Get("zone");
        var formation = options.Get("formation");
        if (zone is not null && formation is not null)
        {
            throw new CommandLineException("give --zone or --formation, not both");
        }

        var asOf = StatusAsOf.Parse(options.Get("as-of"), services.GetRequiredService<TimeProvider>());
        var scope = new OfficerScope(zone, formation);
        var xlsx = options.Get("xlsx") is { Length: > 0 } path ? path : null;
        await using var reading = xlsx is null
            ? await services.GetRequiredService<ZoneFiguresService>().OpenAsync(scope, asOf, cancellationToken).ConfigureAwait(false)
            : null;
        ZoneFigures figures;
        IEnumerable<DefaulterRow> defaulters;
        if (reading is not null)
        {
            figures = reading.Figures;
            defaulters = reading.Defaulters();
            if (figures.Totals.Officers == 0 && await NotInTheRosterAsync(scope, services, output, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.Unknown;
            }
        }
        else
        {
            var summary = await services.GetRequiredService<ZoneSummaryService>().SummarizeAsync(scope, asOf, cancellationToken).ConfigureAwait(false);
            if (summary.Totals.Officers == 0 && await NotInTheRosterAsync(scope, services, output, cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.Unknown;
            }

            if (xlsx is not null)
            {
                SummaryWorkbook.Write(summary, xlsx);
            }

            figures = ZoneFigures.From(summary);
            defaulters = summary.Defaulters.Select(DefaulterRow.From);
        }

        if (options.Has("json"))
        {
            WriteJson(reading is null ? stream => SummaryJsonWriter.Write(stream, figures, defaulters) : stream => SummaryJsonWriter.Write(stream, reading), output, jsonOutput);
        }
        else
        {
            Write(figures, defaulters, output);
            await WriteReportAgeAsync(services, figures.AsOf, output, cancellationToken).ConfigureAwait(false);
            if (xlsx is not null)
            {
                output.WriteLine($"Written: {xlsx}");
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// When the zone or formation asked for has no officer but the roster has others: says which zones (or formations)
    /// there are, and true (a misspelt --zone is not an empty zone).
    /// </summary>
    private static async Task<bool> NotInTheRosterAsync(OfficerScope scope, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (scope.Zone is null && scope.Formation is null)
        {
            return false;
        }

        var officers = await services.GetRequiredService<IOfficerStore>().ListAsync(OfficerScope.All, cancellationToken).ConfigureAwait(false);
        if (officers.Count == 0)
        {
            return false;
        }

        var (what, asked, names) = scope.Zone is { } zone
            ? ("zone", zone, officers.Select(o => o.Zone))
            : ("formation", scope.Formation!, officers.Select(o => o.Formation));
        var known = names.OfType<string>().GroupBy(n => n, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ToList();
        output.WriteLine($"No officer of the roster is in the {what} '{asked}'. The {what}s in the roster ({known.Count}):");
        foreach (var group in known)
        {
            output.WriteLine($"  {group.Key} ({group.Count()} officer{(group.Count() == 1 ? "" : "s")})");
        }

        return true;
    }

    private static void WriteJson(Action<Stream> write, TextWriter output, Stream? jsonOutput)
    {
        if (jsonOutput is not null)
        {
            output.Flush();
            write(jsonOutput);
            jsonOutput.Write(Encoding.UTF8.GetBytes(output.NewLine));
            jsonOutput.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void Write(ZoneFigures figures, IEnumerable<DefaulterRow> defaulters, TextWriter output)
    {
        var scope = figures.Scope.Formation ?? figures.Scope.Zone ?? "all officers";
        output.WriteLine($"{figures.CycleTitle}, {scope}: as of {Day(figures.AsOf)}, last date {Day(figures.Deadline)} ({Say.DaysLeft(Language.English, figures.Deadline, figures.AsOf)})");
        var t = figures.Totals;
        if (t.Officers == 0)
        {
            output.WriteLine("No officers: import the roster first (worker import roster <file>).");
            return;
        }

        output.WriteLine($"Officers {t.Officers}: fully compliant {t.Compliant} ({Percent(t.Compliant, t.Officers)}), assessment passed {t.AssessmentPassed} ({Percent(t.AssessmentPassed, t.Officers)}), correct iGOT designation {t.DesignationCorrect} ({Percent(t.DesignationCorrect, t.Officers)}), overdue {t.Overdue}");
        output.WriteLine($"Registered on iGOT {t.Registered} ({Percent(t.Registered, t.Officers)}); not registered {t.NotRegistered}");
        if (t.UnknownRole > 0)
        {
            output.WriteLine($"Role not known for {t.UnknownRole} (designation or formation not recognised)");
        }

        output.WriteLine("By formation:");
        foreach (var group in figures.ByFormation)
        {
            Line(group, output);
        }

        output.WriteLine("By role:");
        foreach (var group in figures.ByRole)
        {
            Line(group, output);
        }

        output.WriteLine($"Not yet compliant: {t.NotCompliant}{(t.NotCompliant > DefaultersShown ? $" (the first {DefaultersShown}; --xlsx or --json for all)" : "")}");
        foreach (var defaulter in defaulters.Take(DefaultersShown))
        {
            var pending = defaulter.RoleId is null ? "role not known" : $"{defaulter.PendingCount} to do";
            output.WriteLine($"  {defaulter.EmployeeCode} {defaulter.Name}, {defaulter.Designation}, {defaulter.Formation}: {pending}{(defaulter.Overdue ? " (overdue)" : "")}");
        }
    }

    /// <summary>The date of the newest iGOT report the figures reflect, and a warning when it is older than Reports:StaleReportDays.</summary>
    private static async Task WriteReportAgeAsync(IServiceProvider services, DateOnly asOf, TextWriter output, CancellationToken cancellationToken)
    {
        var stale = services.GetService<IOptions<ReportOptions>>()?.Value.StaleReportDays ?? ReportAge.DefaultStaleAfterDays;
        var age = await ReportAge.ReadAsync(services.GetRequiredService<IImportStore>(), stale, cancellationToken).ConfigureAwait(false);
        output.WriteLine(ReportDateAnswers.AsOf(age, Language.English));
        if (ReportDateAnswers.Warning(age, asOf, Language.English) is { } warning)
        {
            output.WriteLine(warning);
        }
    }

    private static void Line(GroupSummary group, TextWriter output)
    {
        var c = group.Counts;
        output.WriteLine($"  {group.Name}: {Say.Count(c.Officers, "officer", "officers")}, compliant {c.Compliant}, assessment passed {c.AssessmentPassed}, correct iGOT designation {c.DesignationCorrect}, overdue {c.Overdue}, not registered on iGOT {c.NotRegistered}");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0%" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
