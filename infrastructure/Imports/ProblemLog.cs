using System.Text;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Collects an import's problems: all of them go to the rejects file (when asked for), the first
/// <see cref="Kept"/> of each file are kept for the summary, so a file of bad rows cannot fill memory.
/// Warnings (a row imported after cleaning) are kept the same way; they stop nothing and are not rejects.
/// </summary>
public sealed class ProblemLog : IDisposable
{
    public const int Kept = 500;

    private readonly StreamWriter? _rejects;
    private List<ImportProblem> _current = [];
    private List<ImportProblem> _warnings = [];

    internal ProblemLog(string? rejectsPath)
    {
        if (rejectsPath is not null)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(rejectsPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            _rejects = new StreamWriter(rejectsPath, false, new UTF8Encoding(true));
            _rejects.WriteLine("File,Row,Reason,Row text");
        }
    }

    /// <summary>Problems in all files.</summary>
    public int Total { get; private set; }

    /// <summary>Problems in the file being read.</summary>
    public int InFile { get; private set; }

    /// <summary>Warnings in the file being read.</summary>
    public int WarningsInFile { get; private set; }

    /// <summary>Rows rejected in the file being read (a header problem is a problem but not a rejected row).</summary>
    public int RejectedRows { get; private set; }

    internal bool Written => _rejects is not null && Total > 0;

    /// <summary>Starts the next file; returns the problems and warnings of the previous one.</summary>
    internal (IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportProblem> Warnings) NextFile()
    {
        var previous = (_current, _warnings);
        _current = [];
        _warnings = [];
        InFile = 0;
        WarningsInFile = 0;
        RejectedRows = 0;
        return previous;
    }

    /// <summary>Something the import mended in a row it still imports.</summary>
    internal void Warn(ImportProblem warning)
    {
        WarningsInFile++;
        if (_warnings.Count < Kept)
        {
            _warnings.Add(warning);
        }
    }

    internal void Add(ImportProblem problem, bool rejectsRow = true)
    {
        Total++;
        InFile++;
        if (rejectsRow)
        {
            RejectedRows++;
        }

        if (_current.Count < Kept)
        {
            _current.Add(problem);
        }

        if (_rejects is not null)
        {
            _rejects.Write(Csv(problem.File));
            _rejects.Write(',');
            _rejects.Write(problem.Row);
            _rejects.Write(',');
            _rejects.Write(Csv(problem.Reason));
            _rejects.Write(',');
            _rejects.WriteLine(Csv(problem.Raw ?? ""));
        }
    }

    public void Dispose() => _rejects?.Dispose();

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
