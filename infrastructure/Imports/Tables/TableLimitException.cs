namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>The file is over one of the <see cref="ImportLimits"/>: it is not read further, and nothing is imported.</summary>
/// <param name="row">The row it happened on; 0 for the file as a whole.</param>
internal sealed class TableLimitException(int row, string message) : Exception(message)
{
    public int Row { get; } = row;

    /// <summary>"65,536 characters (the limit Import:MaxRowCharacters)".</summary>
    public static string Limit(long value, string unit, string setting) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value:N0}{(unit.Length > 0 ? " " + unit : "")} (the limit {ImportLimits.Key(setting)})");
}
