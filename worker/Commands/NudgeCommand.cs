using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>nudge [--dry-run] [--retry-failed] [--as-of &lt;date | ISO date-time&gt;]</c>: one nudge pass now, or as if at that
/// moment (office hours and cadence judged then), and exit. <c>--dry-run</c> prints who would get what and writes and
/// sends nothing; <c>--retry-failed</c> also tries again the day's nudges that failed after their attempts.
/// Exit 0 when the pass finished (also when it was not office time), 5 when messages are left undelivered.
/// </summary>
public static class NudgeCommand
{
    public const string Usage = "nudge [--dry-run] [--retry-failed] [--as-of <yyyy-mm-dd | 2026-03-20T11:00:00+05:30>]";

    /// <summary>Some messages of the day could not be delivered (failed, or still pending).</summary>
    public const int Undelivered = 5;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "dry-run", "retry-failed");
        if (options.Positional.Count > 0)
        {
            throw new CommandLineException($"usage: {Usage}");
        }

        var office = services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var instant = PassInstant.Parse(options.Get("as-of"), office.Start, services.GetRequiredService<TimeProvider>());
        var dryRun = options.Has("dry-run");
        var retryFailed = options.Has("retry-failed");
        if (dryRun && retryFailed)
        {
            throw new CommandLineException("--dry-run sends nothing, so it cannot retry failed nudges: use one or the other");
        }

        var result = await services.GetRequiredService<NudgePass>().RunAsync(instant, dryRun, output, cancellationToken, retryFailed).ConfigureAwait(false);
        if (result.Closed is not null)
        {
            output.WriteLine($"{PassInstant.Describe(instant)} is not office time ({result.Closed}): nobody was nudged.");
            return ExitCodes.Ok;
        }

        output.WriteLine($"Nudge pass as of {PassInstant.Describe(instant)}{(dryRun ? " (dry run: nothing written or sent)" : "")}:");
        output.WriteLine($"  due: {result.Reminders} reminders, {result.Overdue} overdue, {result.Digests} digests to reporting officers, {result.Escalations} escalations to nodal officers ({result.UnreachableAtPlanning} of the officers cannot be reached)");
        output.WriteLine($"  not nudged: {result.Compliant} fully compliant, {result.NotDue} not due yet (cadence), {result.Snoozed} asked to be reminded later, {result.RoleUnknown} with no known role");
        if (dryRun || result.Counts is not { } counts)
        {
            return ExitCodes.Ok;
        }

        var d = result.Dispatch!;
        if (retryFailed)
        {
            output.WriteLine($"  retried: {result.Requeued} of today's failed messages put back to be sent again (those in doubt are not: the officer may have them)");
        }

        output.WriteLine($"  outbox: {result.Planned} written now; today's nudges: {counts.Sent} sent, {counts.Failed} failed, {counts.Unreachable} unreachable, {counts.Pending} pending");
        output.WriteLine($"  this run: {d.Sent} delivered, {d.Retried} retried after a refusal, {d.ConversationsCreated} conversations opened, {d.InDoubtRecovered} recovered in doubt");
        if (counts.Failed > 0)
        {
            output.WriteLine($"  {counts.Failed} failed after their attempts: run `worker nudge --retry-failed` to try them again today.");
        }
        return counts.Pending > 0 || counts.Failed > 0 ? Undelivered : ExitCodes.Ok;
    }
}
