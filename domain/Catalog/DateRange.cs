namespace KarmayogiBot.Domain.Catalog;

/// <summary>A span of days, both ends inclusive.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
