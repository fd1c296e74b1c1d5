using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// The counts of one imported file. A record met again in the same file counts once, as what the file did to it in
/// the end (<see cref="Count"/> moves it from its previous outcome to the next).
/// </summary>
internal sealed class FileTally
{
    private int _added;
    private int _updated;
    private int _unchanged;

    public int Rows { get; set; }

    public int OtherCourses { get; set; }

    /// <summary>Rows of officers the roster does not have: outside the zone (a CBIC-wide export), skipped.</summary>
    public int OutsideZone { get; set; }

    /// <summary>Officers of the roster's zones a full roster left out: transferred out.</summary>
    public int TransferredOut { get; set; }

    /// <summary>The store's officers the file's rows were matched to.</summary>
    public HashSet<long> Matched { get; } = [];

    /// <summary>Who the rows matched to no officer name (e-mail, phone or employee code).</summary>
    public HashSet<string> Unmatched { get; } = new(StringComparer.Ordinal);

    /// <summary>The newest Report_Last_Generated_On of the rows read (iGOT reports).</summary>
    public DateTime? ReportedAt { get; private set; }

    public void Reported(DateTime reportedAt)
    {
        if (ReportedAt is null || reportedAt > ReportedAt)
        {
            ReportedAt = reportedAt;
        }
    }

    public void Count(RowOutcome previous, RowOutcome next)
    {
        if (previous == next)
        {
            return;
        }

        Add(previous, -1);
        Add(next, +1);
    }

    public ImportCounts ToCounts(int rejected) =>
        new(Rows, Matched.Count, Unmatched.Count, _added, _updated, _unchanged, rejected, OtherCourses, OutsideZone, TransferredOut);

    private void Add(RowOutcome outcome, int delta)
    {
        switch (outcome)
        {
            case RowOutcome.Added:
                _added += delta;
                break;
            case RowOutcome.Updated:
                _updated += delta;
                break;
            case RowOutcome.Unchanged:
                _unchanged += delta;
                break;
        }
    }
}
