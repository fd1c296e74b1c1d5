namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// A made-up zone: its officers (the roster), officers of another zone who are in the same iGOT exports, and, with
/// transfers, the officers who join and those who leave before the next roster.
/// </summary>
public sealed record GeneratedZone(
    SampleZoneModel Model,
    SampleZoneRequest Request,
    IReadOnlyList<SampleOfficer> Officers,
    IReadOnlyList<SampleOfficer> OtherZoneOfficers,
    IReadOnlyList<SampleOfficer> Joiners,
    IReadOnlyList<SampleOfficer> Leavers)
{
    /// <summary>The zone's roster after the transfers: the leavers gone, the joiners added.</summary>
    public IReadOnlyList<SampleOfficer> NextOfficers
    {
        get
        {
            var gone = Leavers.Select(o => o.EmployeeCode).ToHashSet(StringComparer.Ordinal);
            return [.. Officers.Where(o => !gone.Contains(o.EmployeeCode)), .. Joiners];
        }
    }

    /// <summary>The people in the iGOT exports: the zone's registered officers, then the other zone's.</summary>
    public IEnumerable<SampleOfficer> OnIgot => Officers.Where(o => o.Registered).Concat(OtherZoneOfficers);
}
