using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Worker.Commands;
using KarmayogiBot.Worker.SampleZone;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>
/// Every worker command runs in one host of its own kind (<see cref="WorkerHost"/>), its settings validated before
/// the command starts: a bad value stops it with the key named (<see cref="OptionsValidationException"/>).
/// </summary>
public static class CommandHost
{
    public const string Run = "run";

    /// <summary>The commands, as the command line names them.</summary>
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.Ordinal)
    {
        Run, "nudge", "summaries", "plan", "import", "status", "summary", "questions", "sample-zone",
    };

    /// <summary>The builder of <paramref name="command"/>'s host; <c>run</c> takes <c>--Key=value</c> settings from <paramref name="args"/>.</summary>
    public static HostApplicationBuilder CreateBuilder(string command, IReadOnlyList<string> args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        if (!Commands.Contains(command))
        {
            throw new CommandLineException($"no command '{command}'");
        }

        if (command is not (Run or "nudge" or "summaries"))
        {
            return WorkerHost.CreateStoreBuilder(overrides);
        }

        var builder = WorkerHost.CreateBuilder(command == Run ? [.. args] : [], overrides);
        if (command is Run or "summaries" && !builder.Environment.IsDevelopment())
        {
            builder.Services.RequireExportSigningKey();
        }

        if (command == Run)
        {
            builder.AddWorkerScheduler();
        }

        return builder;
    }

    /// <summary>The command's host, built and its settings validated.</summary>
    public static IHost Build(string command, IReadOnlyList<string> args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var host = CreateBuilder(command, args, overrides).Build();
        try
        {
            Validate(host.Services);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="command"/> in its host; --json output goes to <paramref name="jsonOutput"/> when given.</summary>
    public static async Task<int> RunAsync(
        string command,
        IReadOnlyList<string> args,
        TextWriter output,
        Stream? jsonOutput = null,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null,
        CancellationToken cancellationToken = default)
    {
        using var host = Build(command, args, overrides);
        if (command == Run)
        {
            return await RunCommand.RunAsync(host, cancellationToken).ConfigureAwait(false);
        }

        var services = host.Services;
        using var ctrlC = ImportCancellation.OnCtrlC();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ctrlC.Token);
        return command switch
        {
            "nudge" => await NudgeCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false),
            "summaries" => await SummariesCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false),
            "import" => await ImportCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false),
            "status" => await StatusCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false),
            "summary" => jsonOutput is null
                ? await SummaryCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false)
                : await SummaryCommand.RunAsync(args, services, output, jsonOutput, cancel.Token).ConfigureAwait(false),
            "questions" => await QuestionsCommand.RunAsync(args, services, output, cancel.Token).ConfigureAwait(false),
            "sample-zone" => SampleZoneCommand.Run(args, output),
            _ => PlanCommand.Run(args, services.GetRequiredService<TrainingCatalog>(), IndiaCalendar.Today(services.GetRequiredService<TimeProvider>()), output),
        };
    }

    /// <summary>
    /// Every option registered with ValidateOnStart, as the host's start would: a value that fails its rule, or that does
    /// not even convert to the setting's type (the binder names the key), is one <see cref="OptionsValidationException"/>.
    /// </summary>
    private static void Validate(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidOperationException or AggregateException)
        {
            var failures = e is AggregateException all
                ? all.InnerExceptions.SelectMany(inner => inner is OptionsValidationException invalid ? invalid.Failures : [inner.Message])
                : [e.Message];
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(IStartupValidator), failures);
        }
    }
}
