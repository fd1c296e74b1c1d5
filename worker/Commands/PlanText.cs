namespace KarmayogiBot.Worker.Commands;

/// <summary>Writes a <see cref="PlanAnswer"/> for a person at a terminal.</summary>
public static class PlanText
{
    public static void Write(PlanAnswer answer, TextWriter output)
    {
        switch (answer.Status)
        {
            case "resolved":
                WriteResolved(answer, output);
                break;
            case "ambiguous":
                output.WriteLine($"{answer.Designation}: the role depends on the formation.");
                foreach (var candidate in answer.Candidates ?? [])
                {
                    output.WriteLine($"  {candidate.WingName}: role {candidate.Role.Number}, {candidate.Role.Name} (select \"{string.Join("\" or \"", candidate.IgotDesignation)}\" on iGOT)");
                }

                output.WriteLine(answer.Question);
                output.WriteLine("Run again with --formation \"<where you are posted>\".");
                break;
            default:
                output.WriteLine(answer.Message);
                break;
        }
    }

    private static void WriteResolved(PlanAnswer answer, TextWriter output)
    {
        var role = answer.Role!;
        output.WriteLine($"{answer.Designation} -> role {role.Number}: {role.Name} ({answer.Cycle})");
        var igot = answer.IgotDesignation!;
        output.WriteLine(igot.Exact
            ? $"Select on iGOT: \"{igot.Select[0]}\""
            : $"No exact iGOT entry; select the closest: \"{string.Join("\" or \"", igot.Select)}\"");
        if (igot.Note is not null)
        {
            output.WriteLine($"  {igot.Note}");
        }

        output.WriteLine("Mandated courses (* = in the Comprehensive Assessment):");
        foreach (var course in answer.Courses ?? [])
        {
            output.WriteLine($"  {(course.Assessed ? "*" : " ")} {course.Name}{(course.Provider is null ? "" : $" by {course.Provider}")} [{course.Competency}]");
        }

        if (answer.Assessment is { } assessment)
        {
            output.WriteLine($"{assessment.Name}: open from {assessment.Opens}, pass by {assessment.Due}{(assessment.MustPass ? " (passing is mandatory)" : "")}");
        }

        foreach (var extra in answer.ExtraCourses ?? [])
        {
            output.WriteLine($"Also mandatory: {extra.Name} by {extra.Due} ({extra.AppliesTo})");
        }

        output.WriteLine($"Deadline: {answer.Deadline}");
        output.WriteLine("Sources:");
        foreach (var source in answer.Sources ?? [])
        {
            output.WriteLine($"  - {source}");
        }
    }
}
