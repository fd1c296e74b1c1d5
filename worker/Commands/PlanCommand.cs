using System.Text.Json;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Designations;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>plan --designation "&lt;text&gt;" [--formation "&lt;text&gt;"] [--cycle 2025-26] [--json]</c>: the role, the iGOT
/// designation to select, the courses (three assessed), extra mandatory courses, the deadline and the sources.
/// Exit 2 when ambiguous (the candidates and the question), 3 when the designation is unknown.
/// </summary>
public static class PlanCommand
{
    public const string Usage = "plan --designation \"<text>\" [--formation \"<text>\"] [--cycle 2025-26] [--json]";


    public static int Run(IReadOnlyList<string> args, TrainingCatalog catalog, DateOnly today, TextWriter output)
    {
        var options = CommandOptions.Parse(args, "json");
        var designation = options.Require("designation");
        var cycleId = options.Get("cycle");
        var cycle = (cycleId is null ? catalog.CurrentPlan(today) : catalog.FindCycle(cycleId))
            ?? throw new CommandLineException($"no cycle '{cycleId}'; the catalog has {string.Join(", ", catalog.Cycles.Select(c => c.Id))}");
        if (!cycle.HasRoles)
        {
            throw new CommandLineException($"cycle {cycle.Id} ({cycle.Title}) has no role-based plan; designations map to roles only in {string.Join(", ", catalog.Cycles.Where(c => c.HasRoles).Select(c => c.Id))}");
        }

        var resolution = new DesignationResolver(catalog, cycle).Resolve(designation, options.Get("formation"));
        var answer = PlanAnswer.From(resolution, cycle, options.Get("formation"));
        if (options.Has("json"))
        {
            output.WriteLine(JsonSerializer.Serialize(answer, CommandJson.Options));
        }
        else
        {
            PlanText.Write(answer, output);
        }

        return resolution switch
        {
            ResolvedDesignation => ExitCodes.Ok,
            AmbiguousDesignation => ExitCodes.Ambiguous,
            _ => ExitCodes.Unknown,
        };
    }
}
