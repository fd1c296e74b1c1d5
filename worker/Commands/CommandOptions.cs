namespace KarmayogiBot.Worker.Commands;

/// <summary>A command's arguments: "--name value" options, "--flag" switches and positional values.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _positional = [];

    private CommandOptions()
    {
    }

    public IReadOnlyList<string> Positional => _positional;

    /// <param name="switches">Options that take no value.</param>
    public static CommandOptions Parse(IReadOnlyList<string> args, params string[] switches)
    {
        var parsed = new CommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed._positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parsed._options[name[..equals]] = name[(equals + 1)..];
            }
            else if (switches.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                parsed._options[name] = null;
            }
            else if (i + 1 < args.Count)
            {
                parsed._options[name] = args[++i];
            }
            else
            {
                throw new CommandLineException($"--{name} needs a value");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Require(string name) => Get(name) is { Length: > 0 } value ? value : throw new CommandLineException($"--{name} is required");
}
