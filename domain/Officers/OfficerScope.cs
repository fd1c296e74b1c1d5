namespace KarmayogiBot.Domain.Officers;

/// <summary>Which officers a listing covers: a zone, a formation, both or (neither) all. Names match case-insensitively.</summary>
public sealed record OfficerScope(string? Zone = null, string? Formation = null)
{
    public static OfficerScope All { get; } = new();

    public static OfficerScope ForZone(string zone) => new(Zone: zone);

    public static OfficerScope ForFormation(string formation) => new(Formation: formation);
}
