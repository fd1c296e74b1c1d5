using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>Finds the roster's officer for an iGOT row: by e-mail (case-insensitive), then phone, then employee code.</summary>
internal sealed class OfficerDirectory
{
    private readonly Dictionary<string, long> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byMobile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sharedMobiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public OfficerDirectory(IEnumerable<(long Id, Officer Officer)> officers)
    {
        foreach (var (id, officer) in officers.OrderBy(o => o.Officer.EmployeeCode, StringComparer.Ordinal))
        {
            _byCode.TryAdd(officer.EmployeeCode, id);
            if (OfficerKeys.Email(officer.Email) is { } email)
            {
                _byEmail.TryAdd(email, id);
            }

            if (OfficerKeys.Mobile(officer.Mobile) is { } mobile && !_byMobile.TryAdd(mobile, id))
            {
                _sharedMobiles.Add(mobile); // two officers give one number: never match by it
            }
        }

        foreach (var mobile in _sharedMobiles)
        {
            _byMobile.Remove(mobile);
        }
    }

    public int Count => _byCode.Count;

    public long? Match(string? email, string? phone, string? employeeCode)
    {
        if (OfficerKeys.Email(email) is { } e && _byEmail.TryGetValue(e, out var byEmail))
        {
            return byEmail;
        }

        if (OfficerKeys.Mobile(phone) is { } m && _byMobile.TryGetValue(m, out var byMobile))
        {
            return byMobile;
        }

        if (!string.IsNullOrWhiteSpace(employeeCode) && _byCode.TryGetValue(employeeCode.Trim(), out var byCode))
        {
            return byCode;
        }

        return null;
    }
}
