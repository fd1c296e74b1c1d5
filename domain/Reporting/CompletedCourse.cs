using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Reporting;

/// <summary>One mandatory course of the plan an officer completed, and the day (India time) iGOT says they completed it.</summary>
public sealed record CompletedCourse(Course Course, DateOnly CompletedOn);
