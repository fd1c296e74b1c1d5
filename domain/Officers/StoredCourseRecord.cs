using KarmayogiBot.Domain.Compliance;

namespace KarmayogiBot.Domain.Officers;

/// <summary>An officer's course record with where it came from.</summary>
/// <param name="ReportedAt">The report's Report_Last_Generated_On, India time: a newer report supersedes, an older one never overwrites.</param>
public sealed record StoredCourseRecord(CourseRecord Record, string? CertificateId, string SourceFile, DateTime ReportedAt);
