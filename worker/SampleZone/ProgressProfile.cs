namespace KarmayogiBot.Worker.SampleZone;

/// <summary>A share of the zone's officers who get as far: each of their courses is done with <paramref name="CourseDone"/>.</summary>
public sealed record ProgressProfile(double Share, double CourseDone);
