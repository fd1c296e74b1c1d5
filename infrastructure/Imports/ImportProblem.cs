namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>A row that could not be imported, and why. Row 1 is the header row; row 0 is the file as a whole.</summary>
/// <param name="Raw">The row's text as read, when there is one (written to the rejects file).</param>
public sealed record ImportProblem(string File, int Row, string Reason, string? Raw = null)
{
    public override string ToString() => Row > 0 ? $"{File}, row {Row}: {Reason}" : $"{File}: {Reason}";
}
