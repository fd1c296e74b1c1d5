namespace KarmayogiBot.Domain.Officers;

/// <summary>What an import did. Records count officer x course (or officer, for rosters and profiles).</summary>
/// <param name="OtherCourses">Rows for courses outside the catalog: read and skipped, not errors.</param>
/// <param name="TransferredOut">Officers of the roster's zones a full roster left out, marked transferred out.</param>
/// <param name="OutsideZone">iGOT rows of officers outside the store's roster (a CBIC-wide export's other zones): read and skipped, not errors.</param>
public sealed record ImportCounts(
    int RowsRead,
    int OfficersMatched,
    int OfficersUnmatched,
    int Added,
    int Updated,
    int Unchanged,
    int Rejected,
    int OtherCourses,
    int OutsideZone = 0,
    int TransferredOut = 0)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}
