namespace KarmayogiBot.Worker.SampleZone;

/// <summary>
/// What to make: <paramref name="Officers"/> in <paramref name="Zone"/> from <paramref name="Seed"/>, judged as of
/// <paramref name="AsOf"/>; <paramref name="Unregistered"/>: the share of officers with no iGOT account;
/// <paramref name="OtherZoneOfficers"/>: officers of another zone in the exports (a CBIC-wide export);
/// <paramref name="Transfers"/>: officers who leave and join before a second roster; <paramref name="Supervisors"/>:
/// reporting lines in the roster; <paramref name="IgotHeaders"/>: the exports' header generation (null: the newest).
/// </summary>
public sealed record SampleZoneRequest(
    int Officers,
    int Seed,
    string Zone,
    DateOnly AsOf,
    double Unregistered = 0,
    int OtherZoneOfficers = 0,
    int Transfers = 0,
    bool Supervisors = false,
    string? IgotHeaders = null);
