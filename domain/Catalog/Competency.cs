namespace KarmayogiBot.Domain.Catalog;

/// <summary>The three competency kinds the circulars classify courses by (Action Plan 2024-25, Background).</summary>
public enum Competency
{
    Domain,
    Functional,
    Behavioural,
}
