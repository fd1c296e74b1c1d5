using System.Globalization;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Worker.Options;
using KarmayogiBot.Worker.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>summaries [--dry-run] [--as-of &lt;date | ISO date-time&gt;]</c>: the nodal officers' summaries for that day (by
/// default today, India time), now. <c>--dry-run</c> prints who would get what and how long building took.
/// </summary>
public static class SummariesCommand
{
    public const string Usage = "summaries [--dry-run] [--as-of <yyyy-mm-dd | 2026-03-20T11:00:00+05:30>]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "dry-run");
        if (options.Positional.Count > 0)
        {
            throw new CommandLineException($"usage: {Usage}");
        }

        var office = services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var day = IndiaCalendar.DateOf(PassInstant.Parse(options.Get("as-of"), office.Start, services.GetRequiredService<TimeProvider>()));
        var dryRun = options.Has("dry-run");
        var result = await services.GetRequiredService<SummaryPass>().RunAsync(day, dryRun, output, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Summaries as of {day:dd.MM.yyyy}{(dryRun ? " (dry run: nothing written or sent)" : "")}: {result.Recipients} recipients, {result.Scopes} zones, {result.Officers} officers");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  timing: read and judged {result.Load.TotalMilliseconds:0} ms (cpu {result.LoadCpu.TotalMilliseconds:0} ms), built every summary {result.Build.TotalMilliseconds:0} ms (cpu {result.BuildCpu.TotalMilliseconds:0} ms), workbooks {result.Workbooks.TotalMilliseconds:0} ms"));
        foreach (var failure in result.WorkbookFailures)
        {
            output.WriteLine($"  workbook not written, summary sent without its .xlsx: {failure}");
        }

        if (result.Counts is { } counts)
        {
            output.WriteLine($"  outbox: {result.Planned} written now; {counts.Sent} sent, {counts.Failed} failed, {counts.Unreachable} unreachable, {counts.Pending} pending");
            return counts.Pending > 0 || counts.Failed > 0 ? NudgeCommand.Undelivered : ExitCodes.Ok;
        }

        return ExitCodes.Ok;
    }
}
