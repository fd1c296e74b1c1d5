using System.Text;
using KarmayogiBot.Infrastructure.Imports.Tables;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Which column holds which field, matched by header name whatever the case, spaces, underscores or
/// punctuation ("Gov e-mail ID" = "gov_email_id"), never by position.
/// </summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    /// <param name="fields">Each field's accepted header spellings.</param>
    /// <param name="ignored">Headers known and not needed.</param>
    public HeaderMap(IReadOnlyList<string> header, IReadOnlyDictionary<string, string[]> fields, IEnumerable<string> ignored)
    {
        Header = header;
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, spellings) in fields)
        {
            foreach (var spelling in spellings)
            {
                byKey[Key(spelling)] = field;
            }
        }

        var ignoredKeys = ignored.Select(Key).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        var duplicates = new List<string>();
        Wanted = new bool[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var key = Key(header[i]);
            if (byKey.TryGetValue(key, out var field))
            {
                if (!_columns.TryAdd(field, i))
                {
                    duplicates.Add(header[i]);
                }
                else
                {
                    Wanted[i] = true;
                }
            }
            else if (key.Length > 0 && !ignoredKeys.Contains(key))
            {
                unknown.Add(header[i]);
            }
        }

        Unknown = unknown;
        Duplicates = duplicates;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The columns whose text is needed.</summary>
    public bool[] Wanted { get; }

    /// <summary>Headers that name no field and are not among the known ones.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>Headers that name a field already given by an earlier column.</summary>
    public IReadOnlyList<string> Duplicates { get; }

    public int this[string field] => _columns.GetValueOrDefault(field, -1);

    public bool Has(string field) => _columns.ContainsKey(field);

    /// <summary>Why the row cannot be read against this header (unreadable, or not as many fields), or null.</summary>
    public string? ShapeProblem(in TableRow row) =>
        row.Problem ?? (row.FieldCount != Header.Count
            ? $"the row has {row.FieldCount} fields, the header {Header.Count} (a separator or quote out of place?)"
            : null);

    /// <summary>Lower-case letters and digits only: "Gov e-mail ID" and "gov_email_id" are one key.</summary>
    public static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
