using System.Globalization;
using System.Text.Json;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>status --officer &lt;email|employee code&gt; [--as-of yyyy-mm-dd] [--json]</c>: the officer's requirements
/// (done, pending or overdue), the assessment, the days left, and the iGOT profile designation against the one
/// to select. Exit 3 when no officer has that e-mail or code.
/// </summary>
public static class StatusCommand
{
    public const string Usage = "status --officer <email|employee code> [--as-of yyyy-mm-dd] [--json]";


    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "json");
        var key = options.Require("officer");
        var asOf = StatusAsOf.Parse(options.Get("as-of"), services.GetRequiredService<TimeProvider>());
        var standing = await services.GetRequiredService<OfficerStandingService>().GetAsync(key, asOf, cancellationToken).ConfigureAwait(false);
        if (standing is null)
        {
            output.WriteLine(key.Contains('@', StringComparison.Ordinal)
                ? "No officer in the roster has that e-mail address."
                : $"No officer in the roster has employee code {key}.");
            return ExitCodes.Unknown;
        }

        if (options.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(StandingJson.From(standing), CommandJson.Options));
        }
        else
        {
            Write(standing, asOf, output);
        }

        return ExitCodes.Ok;
    }

    private static void Write(OfficerStanding standing, DateOnly asOf, TextWriter output)
    {
        var officer = standing.Officer.Officer;
        var cycle = standing.Cycle;
        output.WriteLine($"{officer.Name} ({officer.EmployeeCode}), {officer.Designation}{(officer.Formation is null ? "" : ", " + officer.Formation)}");
        output.WriteLine($"{cycle.Title}: as of {Day(asOf)}, last date {Day(cycle.Deadline)} ({DaysLeft(cycle.Deadline.DayNumber - asOf.DayNumber)})");
        if (standing.Role is { } role)
        {
            output.WriteLine($"Role: {role.Name}");
        }
        else
        {
            output.WriteLine($"Role not known: {StandingText.RoleProblem(standing)}");
        }

        if (standing.Report is { } report)
        {
            output.WriteLine("Courses:");
            foreach (var requirement in report.Requirements)
            {
                var status = StandingJson.Status(requirement.Status);
                var notes = new List<string>();
                if (requirement.Assessed)
                {
                    notes.Add("in the assessment");
                }

                if (requirement.Advisory)
                {
                    notes.Add("for the officers concerned");
                }

                if (requirement.Status != RequirementStatus.Done && requirement.Due != cycle.Deadline)
                {
                    notes.Add($"by {Day(requirement.Due)}");
                }

                output.WriteLine($"  [{status}] {requirement.Course.DisplayName}{(notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "")}");
            }

            if (report.Assessment is { } assessment)
            {
                output.WriteLine(assessment.Passed
                    ? $"{assessment.Course.Name}: passed"
                    : $"{assessment.Course.Name}: not passed yet [{StandingJson.Status(assessment.Status)}], by {Day(assessment.Due)}");
            }

            output.WriteLine(standing.IsCompliant
                ? "Fully compliant."
                : $"Not yet compliant: {report.PendingCount} to do.");
        }

        output.WriteLine($"iGOT designation: {StandingText.DesignationNote(standing)}.");
    }

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string DaysLeft(int days) => days switch
    {
        < 0 => $"passed {-days} day{(days == -1 ? "" : "s")} ago",
        0 => "today is the last day",
        1 => "1 day left",
        _ => $"{days} days left",
    };
}
