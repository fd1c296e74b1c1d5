namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>How an import treats bad rows and where it reports.</summary>
/// <param name="AcceptPartial">Import the good rows and reject the bad ones, instead of changing nothing when any row is bad.</param>
/// <param name="RejectsPath">Where to write the rejected rows with their reasons (CSV), when any.</param>
/// <param name="Password">The password of a reports.zip bundle.</param>
/// <param name="Progress">Called now and then with the fraction of the file read (0 to 1).</param>
/// <param name="PartialRoster">The roster holds only additions and changes: officers it leaves out stay as they are (a full roster marks them transferred out).</param>
public sealed record ImportOptions(
    bool AcceptPartial = false,
    string? RejectsPath = null,
    string? Password = null,
    Action<double>? Progress = null,
    bool PartialRoster = false)
{
    public static ImportOptions Default { get; } = new();
}
