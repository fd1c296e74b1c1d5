using System.Diagnostics;

namespace KarmayogiBot.Testing;

/// <summary>
/// The independent zone generator beside the checkout (shared/tools/zonegen/zonegen.py), for the cross-checks: the
/// zone tests also run on its zones when <see cref="Variable"/> names it, as .ci/run does (and fails under CI=true
/// without it). A fresh clone has no shared/ and runs them on the product's own sample zones alone.
/// </summary>
public static class Zonegen
{
    public const string Variable = "KARMAYOGI_ZONEGEN";

    /// <summary>Whether the cross-checks run: the variable is set (to a file that must then exist).</summary>
    public static bool Enabled => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Runs zonegen.py with <paramref name="args"/> (the same options as <c>worker sample-zone</c>) into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(string folder, IEnumerable<string> args)
    {
        var script = Environment.GetEnvironmentVariable(Variable)!;
        Assert.True(File.Exists(script), $"{Variable}={script}: no such file");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-B", script }.Concat(args).Concat(["--out", folder]))
        {
            start.ArgumentList.Add(arg);
        }

        using var python = Process.Start(start)!;
        var error = python.StandardError.ReadToEndAsync();
        await python.StandardOutput.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"zonegen failed: {await error}");
    }
}
