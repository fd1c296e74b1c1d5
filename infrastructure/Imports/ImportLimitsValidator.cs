using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>What usable <see cref="ImportLimits"/> are: every cap above 0; each failure names its key.</summary>
public sealed class ImportLimitsValidator : IValidateOptions<ImportLimits>
{
    public ValidateOptionsResult Validate(string? name, ImportLimits options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (setting, value) in new (string, long)[]
        {
            (nameof(ImportLimits.MaxRowCharacters), options.MaxRowCharacters),
            (nameof(ImportLimits.MaxCellLength), options.MaxCellLength),
            (nameof(ImportLimits.MaxZipExpandedBytes), options.MaxZipExpandedBytes),
            (nameof(ImportLimits.MaxZipEntries), options.MaxZipEntries),
            (nameof(ImportLimits.MaxSharedStringsBytes), options.MaxSharedStringsBytes),
        })
        {
            if (value <= 0)
            {
                failures.Add($"{ImportLimits.Key(setting)} is '{value}'; it must be a whole number above 0");
            }
        }

        if (options.MaxCellLength > options.MaxRowCharacters)
        {
            failures.Add($"{ImportLimits.Key(nameof(ImportLimits.MaxCellLength))} ({options.MaxCellLength}) is more than {ImportLimits.Key(nameof(ImportLimits.MaxRowCharacters))} ({options.MaxRowCharacters}): a cell is part of a row");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
