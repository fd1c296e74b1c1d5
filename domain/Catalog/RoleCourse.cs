namespace KarmayogiBot.Domain.Catalog;

/// <summary>One of a role's mandated courses; <see cref="Assessed"/> when it is part of the Comprehensive Assessment.</summary>
public sealed record RoleCourse(Course Course, bool Assessed);
