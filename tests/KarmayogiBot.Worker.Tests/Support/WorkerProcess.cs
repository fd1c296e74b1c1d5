using System.Diagnostics;

namespace KarmayogiBot.Worker.Tests.Support;

/// <summary>The worker as a separate process (<c>dotnet KarmayogiBot.Worker.dll ...</c>), configured through environment variables.</summary>
public static class WorkerProcess
{
    public static Process Start(IReadOnlyDictionary<string, string?> configuration, params string[] args)
    {
        var start = StartInfo(configuration, args);
        var process = Process.Start(start) ?? throw new InvalidOperationException("the worker did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the worker to its end: its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string?> configuration, params string[] args)
    {
        using var worker = Process.Start(StartInfo(configuration, args)) ?? throw new InvalidOperationException("the worker did not start");
        var error = worker.StandardError.ReadToEndAsync();
        var output = await worker.StandardOutput.ReadToEndAsync();
        await worker.WaitForExitAsync();
        return (worker.ExitCode, output, await error);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> configuration, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KarmayogiBot.Worker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }
}
