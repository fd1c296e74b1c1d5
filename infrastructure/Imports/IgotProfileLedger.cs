using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The officers' iGOT profiles (designation, group; profile status in UserReport) as stored and as this import
/// changes them: a newer report says what the profile is now; one of the same time only adds what the other left empty.
/// </summary>
internal sealed class IgotProfileLedger
{
    private readonly ImportTransaction _transaction;
    private readonly Dictionary<long, StoredProfile> _profiles = new();

    public IgotProfileLedger(ImportTransaction transaction)
    {
        _transaction = transaction;
        foreach (var (officer, profile) in transaction.Session.LoadProfiles())
        {
            _profiles[officer] = new StoredProfile { Profile = profile };
        }
    }

    public StoredProfile? Find(long officer) => _profiles.GetValueOrDefault(officer);

    /// <summary>Applies the profile facts the row carries; <paramref name="tally"/>, when given, counts what it did.</summary>
    public StoredProfile Apply(in TableRow row, HeaderMap map, long officer, DateTime reported, int fileIndex, FileTally? tally)
    {
        var designation = map.Has(IgotColumns.Designation) ? row.Get(map[IgotColumns.Designation]).Trim() : null;
        var group = map.Has(IgotColumns.Group) ? NullIfEmpty(row.Get(map[IgotColumns.Group]).Trim()) : null;
        var status = map.Has(IgotColumns.ProfileStatus) ? NullIfEmpty(row.Get(map[IgotColumns.ProfileStatus]).Trim()) : null;
        if (!_profiles.TryGetValue(officer, out var state))
        {
            var profile = new IgotProfile(designation ?? "", group, status, reported);
            Write(officer, profile, insert: true);
            state = new StoredProfile { Profile = profile, Outcome = RowOutcome.Added, File = fileIndex };
            _profiles[officer] = state;
            tally?.Count(RowOutcome.None, RowOutcome.Added);
            return state;
        }

        var previous = state.File == fileIndex ? state.Outcome : RowOutcome.None;
        var old = state.Profile;
        var newer = reported > old.ReportedAt;
        var merged = new IgotProfile(
            newer ? designation ?? old.Designation : string.IsNullOrEmpty(designation) ? old.Designation : designation,
            newer && map.Has(IgotColumns.Group) ? group : group ?? old.Group,
            newer && map.Has(IgotColumns.ProfileStatus) ? status : status ?? old.ProfileStatus,
            newer ? reported : old.ReportedAt);
        var same = merged.Designation == old.Designation && merged.Group == old.Group && merged.ProfileStatus == old.ProfileStatus;
        RowOutcome next;
        if (newer || (reported == old.ReportedAt && !same))
        {
            Write(officer, merged, insert: false);
            state.Profile = merged;
            next = previous is RowOutcome.Added or RowOutcome.Updated ? previous : same ? RowOutcome.Unchanged : RowOutcome.Updated;
        }
        else
        {
            next = previous == RowOutcome.None ? RowOutcome.Unchanged : previous;
        }

        state.Outcome = next;
        state.File = fileIndex;
        tally?.Count(previous, next);
        return state;
    }

    private void Write(long officer, IgotProfile profile, bool insert)
    {
        if (!_transaction.Writing)
        {
            return;
        }

        if (insert)
        {
            _transaction.Session.InsertProfile(officer, profile);
        }
        else
        {
            _transaction.Session.UpdateProfile(officer, profile);
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
