using System.Globalization;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Imports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KarmayogiBot.Worker.Commands;

/// <summary>
/// <c>import roster &lt;file.csv|.xlsx&gt;</c> and <c>import igot &lt;file&gt; [--password P]</c>, both with
/// <c>[--accept-partial] [--rejects out.csv]</c>: reads the file into the store in one transaction and prints
/// what it did. Exit 0 when committed, 4 when the file had problems and nothing was changed.
/// </summary>
public static class ImportCommand
{
    public const string Usage =
        "import roster <file.csv|.xlsx> [--partial] [--accept-partial] [--rejects out.csv]\n" +
        "  import igot <ConsumptionReport.csv|UserReport.csv|CBPEnrollmentReport.csv|.xlsx|reports.zip> [--password P] [--accept-partial] [--rejects out.csv]\n" +
        "  import history [--last N]";

    /// <summary>The file had problems (listed) and the store was left as it was.</summary>
    public const int Rejected = 4;

    private const int ProblemsShown = 30;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = CommandOptions.Parse(args, "accept-partial", "partial");
        if (options.Positional is ["history"])
        {
            return await HistoryAsync(options, services, output, cancellationToken).ConfigureAwait(false);
        }

        if (options.Positional.Count != 2 || options.Positional[0] is not ("roster" or "igot"))
        {
            throw new CommandLineException($"usage: {Usage}");
        }

        var path = options.Positional[1];
        if (!File.Exists(path))
        {
            throw new CommandLineException($"{path}: no such file");
        }

        var importOptions = new ImportOptions(options.Has("accept-partial"), options.Get("rejects"), options.Get("password"), PartialRoster: options.Has("partial"));
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        ImportOutcome outcome;
        try
        {
            outcome = await ImportAsync(options.Positional[0], path, importOptions, services, interactive, cancellationToken).ConfigureAwait(false);
        }
        catch (PasswordRequiredException) when (importOptions.Password is null && interactive && !Console.IsInputRedirected)
        {
            var password = AnsiConsole.Prompt(new TextPrompt<string>($"Password for {Path.GetFileName(path)}:").Secret());
            try
            {
                outcome = await ImportAsync(options.Positional[0], path, importOptions with { Password = password }, services, interactive, cancellationToken).ConfigureAwait(false);
            }
            catch (PasswordRequiredException again)
            {
                output.WriteLine(again.Message);
                return ExitCodes.Usage;
            }
        }
        catch (PasswordRequiredException e)
        {
            output.WriteLine(importOptions.Password is null ? $"{e.Message} (no terminal to ask for it on)" : e.Message);
            return ExitCodes.Usage;
        }
        catch (ImportException e)
        {
            output.WriteLine(e.Message);
            output.WriteLine("Nothing was changed.");
            return Rejected;
        }

        Print(outcome, importOptions, output);
        return outcome.Committed ? ExitCodes.Ok : Rejected;
    }

    private static async Task<ImportOutcome> ImportAsync(
        string kind, string path, ImportOptions options, IServiceProvider services, bool interactive, CancellationToken cancellationToken)
    {
        Task<ImportOutcome> Start(ImportOptions o) => kind == "roster"
            ? services.GetRequiredService<RosterImporter>().ImportAsync(path, o, cancellationToken)
            : services.GetRequiredService<IgotImporter>().ImportAsync(path, o, cancellationToken);

        if (!interactive)
        {
            return await Start(options).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(Path.GetFileName(path)), maxValue: 100);
                var outcome = await Start(options with { Progress = fraction => task.Value = fraction * 100 }).ConfigureAwait(false);
                task.Value = 100;
                return outcome;
            }).ConfigureAwait(false);
    }

    /// <summary>"3 problems:" and the first <see cref="ProblemsShown"/> of them, one a line.</summary>
    private static void List(string what, int count, IEnumerable<ImportProblem> items, TextWriter output)
    {
        if (count == 0)
        {
            return;
        }

        output.WriteLine($"{count} {what}{(count == 1 ? "" : "s")}{(count > ProblemsShown ? $" (the first {ProblemsShown})" : "")}:");
        foreach (var item in items.Take(ProblemsShown))
        {
            output.WriteLine($"  {item}");
        }
    }

    /// <summary>One file's import: what it was, the report's date, and what it did.</summary>
    private static void PrintFile(string file, ImportKind? kind, DateTime? reportedAt, ImportCounts c, TextWriter output)
    {
        var reported = reportedAt is { } at ? $", report of {at:dd.MM.yyyy HH:mm}" : "";
        output.WriteLine($"{file} ({ImportAnswers.What(kind, Language.English)}{reported})");
        var records = ImportAnswers.Records(kind, Language.English);
        output.WriteLine($"  rows read {c.RowsRead}; officers matched {c.OfficersMatched}, unmatched {c.OfficersUnmatched}");
        output.WriteLine($"  {records}: added {c.Added}, updated {c.Updated}, unchanged {c.Unchanged}; rows rejected {c.Rejected}"
            + (kind is ImportKind.IgotConsumption or ImportKind.IgotCbpEnrolment ? $"; rows of other courses (skipped) {c.OtherCourses}" : ""));
        if (c.TransferredOut > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.TransferredOut:N0} officer{(c.TransferredOut == 1 ? "" : "s")} of the zone not on this roster marked transferred out (kept with their records; --partial for a roster of changes only)"));
        }

        if (c.OutsideZone > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.OutsideZone:N0} {(c.OutsideZone == 1 ? "row of an officer" : "rows of officers")} outside this zone's roster skipped"));
        }
    }

    /// <summary><c>import history [--last N]</c>: the store's last imports (10 by default), newest first, each as its import printed it.</summary>
    private static async Task<int> HistoryAsync(CommandOptions options, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var last = options.Get("last") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new CommandLineException("--last takes a whole number of imports, 1 or more")
            : 10;
        var runs = await services.GetRequiredService<IImportStore>().ListRecentAsync(last, cancellationToken).ConfigureAwait(false);
        if (runs.Count == 0)
        {
            output.WriteLine("No import yet: import the roster first (import roster <file>).");
            return ExitCodes.Ok;
        }

        foreach (var run in runs)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{IndiaCalendar.ToIndia(run.ImportedAt):dd.MM.yyyy HH:mm} imported "));
            PrintFile(run.File, run.Kind, run.ReportedAt, run.Counts, output);
        }

        return ExitCodes.Ok;
    }

    private static void Print(ImportOutcome outcome, ImportOptions options, TextWriter output)
    {
        foreach (var file in outcome.Files)
        {
            PrintFile(file.File, file.Kind, file.ReportedAt, file.Counts, output);
        }

        foreach (var note in outcome.Notes)
        {
            output.WriteLine(note);
        }

        var problems = outcome.Files.Sum(f => f.ProblemCount);
        List("problem", problems, outcome.Problems, output);
        List("warning", outcome.Files.Sum(f => f.WarningCount), outcome.Warnings, output);

        if (outcome.RejectsPath is not null)
        {
            output.WriteLine($"Rejected rows, with reasons: {outcome.RejectsPath}");
        }

        if (outcome.Committed)
        {
            output.WriteLine(problems > 0 ? "Imported the good rows (--accept-partial)." : "Imported.");
        }
        else
        {
            output.WriteLine(options.AcceptPartial || outcome.Unreadable || outcome.Files.Any(f => f.Kind is null)
                ? "Nothing was changed: the file cannot be read as it is."
                : "Nothing was changed. Correct the rows above and import again, or use --accept-partial to import the good rows"
                    + (options.RejectsPath is null ? " (with --rejects rejected.csv to keep the others)." : "."));
        }
    }
}
