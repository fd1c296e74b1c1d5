namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// A row that could not be imported, and why. Row 1 is the header row; row 0 is the file as a whole. The reason never
/// holds an e-mail address or phone number (problems are printed, and App Service keeps standard output as logs): the
/// row is named by its number and, when it has one, its employee code.
/// </summary>
/// <param name="Raw">The row's text as read, when there is one (written to the rejects file the nodal officer asked for, never printed).</param>
/// <param name="EmployeeCode">The row's employee code, when it has one.</param>
public sealed record ImportProblem(string File, int Row, string Reason, string? Raw = null, string? EmployeeCode = null)
{
    public override string ToString() => Row > 0
        ? $"{File}, row {Row}{(string.IsNullOrEmpty(EmployeeCode) ? "" : $" (employee code {EmployeeCode})")}: {Reason}"
        : $"{File}: {Reason}";
}
