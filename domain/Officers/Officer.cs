using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Officers;

/// <summary>An officer as the zone's HR roster has them, plus the Teams identity once known.</summary>
/// <param name="EmployeeCode">The roster's employee code: the officer's key everywhere in the store.</param>
/// <param name="Designation">The designation as the roster writes it (resolved to a role by the domain, not here).</param>
/// <param name="Wing">The wing of the formation when it could be recognised; it decides the role of ADC/JC, DC/AC, Superintendent and Inspector.</param>
/// <param name="Email">The government e-mail; matched case-insensitively.</param>
/// <param name="AadObjectId">The Entra (Azure AD) object id.</param>
/// <param name="TeamsUserId">The Teams user id ("29:...") once the officer has spoken to the bot.</param>
/// <param name="ReportsTo">The employee code of the officer's reporting officer, when the roster names one.</param>
public sealed record Officer(
    string EmployeeCode,
    string Name,
    string Designation,
    string? Formation,
    string? Zone,
    Wing? Wing,
    string? Email,
    string? Mobile,
    ProductRole Role,
    string? AadObjectId,
    string? TeamsUserId,
    string? ReportsTo = null)
{
    public string EmployeeCode { get; } = string.IsNullOrWhiteSpace(EmployeeCode)
        ? throw new ArgumentException("An officer needs an employee code.", nameof(EmployeeCode))
        : EmployeeCode.Trim();
}
