using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>Where an import looks for its header: the first rows of the table (title rows may stand above it).</summary>
internal static class HeaderSearch
{
    private const int RowsTried = 10;

    /// <summary>The rows that may be the header, as text: the first ten, less those that could not be read.</summary>
    public static IEnumerable<(int Row, List<string> Header)> Candidates(ITableReader reader)
    {
        for (var tries = 0; tries < RowsTried && reader.Read(out var row); tries++)
        {
            if (row.Problem is null)
            {
                yield return (row.Number, row.Fields.Select(f => f ?? "").ToList());
            }
        }
    }
}
