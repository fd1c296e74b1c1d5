namespace KarmayogiBot.Testing;

/// <summary>One row of an iGOT report, by meaning; <see cref="ReportFiles"/> lays it out in a header generation.</summary>
public sealed record Progress(
    string Email,
    string Course,
    string Status = "completed",
    string Percent = "100.0",
    string CompletedOn = "2026-01-15 10:00:00",
    string Reported = "2026-03-20 06:42:10 AM",
    string Phone = "",
    string Designation = "",
    string Name = "Test Officer",
    string Certificate = "",
    string Mandate = "true",
    string EmployeeId = "",
    string ProfileStatus = "VERIFIED");
