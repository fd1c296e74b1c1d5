using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Text;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// What every import command does around its rows: one store session and one problem log for all its files, a file
/// that cannot be read at all stops it (<see cref="Fatal"/>), bad rows are rejected with their reasons, and at the end
/// it commits only when nothing is fatal and no row was bad (or <see cref="ImportOptions.AcceptPartial"/>).
/// </summary>
internal sealed class ImportTransaction : IAsyncDisposable
{
    private const int ProgressEvery = 8192;

    private ImportTransaction(ImportSession session, ProblemLog problems, ImportOptions options, ImportLimits limits)
    {
        Session = session;
        Problems = problems;
        Options = options;
        Limits = limits;
    }

    public ImportSession Session { get; }

    public ProblemLog Problems { get; }

    public ImportOptions Options { get; }

    public ImportLimits Limits { get; }

    /// <summary>A file could not be read at all: nothing is committed, whatever the options.</summary>
    public bool Fatal { get; private set; }

    /// <summary>Whether rows are written as they are read (they are not once the command cannot commit).</summary>
    public bool Writing => !Fatal && (Options.AcceptPartial || Problems.Total == 0);

    public static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: no such file");
        }
    }

    /// <summary>
    /// One import command from its files to its outcome: every file read by the importer's <paramref name="start"/>ed
    /// table import in one session, then committed or not, each file's result logged by <paramref name="log"/>.
    /// </summary>
    public static async Task<ImportOutcome> RunAsync(
        KarmayogiDatabase database, StandingEvaluator evaluator, TimeProvider clock, ImportOptions options, ImportLimits limits, IReadOnlyList<TableSource> sources,
        IReadOnlyList<string> notes, Func<ImportTransaction, ITableImport> start, Action<ImportResult, bool> log, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(database, options, limits, cancellationToken).ConfigureAwait(false);
        var tables = start(transaction);
        var results = new List<ImportResult>();
        for (var i = 0; i < sources.Count; i++)
        {
            results.Add(tables.Table(sources[i], i, cancellationToken));
        }

        var committed = await transaction.CompleteAsync(evaluator, clock, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            log(result, committed);
        }

        return transaction.Outcome(results, committed, notes);
    }

    private static async Task<ImportTransaction> BeginAsync(KarmayogiDatabase database, ImportOptions options, ImportLimits limits, CancellationToken cancellationToken)
    {
        var problems = new ProblemLog(options.RejectsPath);
        try
        {
            var session = await ImportSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
            return new ImportTransaction(session, problems, options, limits);
        }
        catch
        {
            problems.Dispose();
            throw;
        }
    }

    /// <summary>Opens the file and reads it; a file that cannot be read, is not a workbook or is over a limit, is fatal.</summary>
    public void Read(TableSource source, Action<ITableReader> read)
    {
        try
        {
            using var reader = source.Open();
            read(reader);
        }
        catch (TableLimitException e)
        {
            Fail(source.Name, e.Row, $"{e.Message}; nothing was imported");
        }
        catch (IOException e)
        {
            Fail(source.Name, 0, $"cannot be read: {e.Message}");
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException)
        {
            Fail(source.Name, 0, $"is not a readable workbook: {e.Message}");
        }
    }

    /// <summary>
    /// The header problems that stop every import (required columns missing, a column twice); unknown columns are
    /// only reported. False when the file cannot be imported.
    /// </summary>
    /// <param name="unknownColumn">What an unknown column is said to be, after its name.</param>
    public bool CheckHeader(string file, int row, HeaderMap map, IReadOnlyList<string> missing, string unknownColumn)
    {
        if (missing.Count > 0)
        {
            Fail(file, row, $"required column{(missing.Count > 1 ? "s" : "")} missing: {string.Join(", ", missing)}");
            return false;
        }

        if (map.Duplicates.Count > 0)
        {
            Fail(file, row, $"column '{map.Duplicates[0]}' appears twice");
            return false;
        }

        foreach (var unknown in map.Unknown)
        {
            Problems.Add(new ImportProblem(file, row, $"unknown column '{unknown}'{unknownColumn}{(Options.AcceptPartial ? "; ignored" : "")}"), rejectsRow: false);
        }

        return true;
    }

    /// <summary>The file cannot be imported: nothing is committed.</summary>
    public void Fail(string file, int row, string reason)
    {
        Fatal = true;
        Problems.Add(new ImportProblem(file, row, reason), rejectsRow: false);
    }

    /// <summary>A row read earlier is not imported after all (its text as it was read).</summary>
    public void Reject(string file, int row, string raw, string reason, string? employeeCode) =>
        Problems.Add(new ImportProblem(file, row, reason, raw, employeeCode));

    /// <summary>The row is imported, with something the nodal officer should know about it.</summary>
    public void Warn(string file, int row, string reason, string? employeeCode = null) =>
        Problems.Warn(new ImportProblem(file, row, reason, null, employeeCode));

    /// <summary>The row is not imported; <paramref name="employeeCode"/>, when the row has one, names it in the problem line.</summary>
    public void Reject(string file, TableRow row, ITableReader reader, string reason, string? employeeCode = null) =>
        Problems.Add(new ImportProblem(file, row.Number, reason, reader.RawText, string.IsNullOrWhiteSpace(employeeCode) ? null : employeeCode.Trim()));

    /// <summary>
    /// Checks the row's cells the import reads: a cell over <see cref="ImportLimits.MaxCellLength"/> rejects the row (false);
    /// the <see cref="ControlCharacters"/> are removed (text pasted from Excel or Word carries NULs and vertical tabs that
    /// would break every workbook made from it), with one warning naming the columns.
    /// </summary>
    public bool CheckCells(string file, in TableRow row, HeaderMap map, ITableReader reader)
    {
        List<string>? cleaned = null;
        var fields = row.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is { Length: var length } && length > Limits.MaxCellLength)
            {
                Reject(file, row, reader,
                    $"column {Column(map, i)} holds {length:N0} characters, more than {TableLimitException.Limit(Limits.MaxCellLength, "characters", nameof(ImportLimits.MaxCellLength))}");
                return false;
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i] is { } text && ControlCharacters.Any(text))
            {
                fields[i] = ControlCharacters.Remove(text);
                (cleaned ??= []).Add(Column(map, i));
            }
        }

        if (cleaned is not null)
        {
            Problems.Warn(new ImportProblem(file, row.Number,
                $"control characters (such as NUL or vertical tab) removed from column{(cleaned.Count > 1 ? "s" : "")} {string.Join(", ", cleaned)}; the row is imported without them"));
        }

        return true;
    }

    private static string Column(HeaderMap map, int index) => index < map.Header.Count ? $"'{map.Header[index]}'" : $"{index + 1}";

    /// <summary>Every few thousand rows: stops when cancelled, and says how far the command is.</summary>
    public void Tick(int rows, ITableReader reader, int fileIndex, int fileCount, CancellationToken cancellationToken)
    {
        if (rows % ProgressEvery == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Options.Progress?.Invoke((fileIndex + reader.Progress) / fileCount);
        }
    }

    /// <summary>What the file did; the problem log moves on to the next file.</summary>
    public ImportResult FileResult(string file, ImportKind? kind, FileTally tally)
    {
        var counts = tally.ToCounts(Problems.RejectedRows);
        var (total, warningCount) = (Problems.InFile, Problems.WarningsInFile);
        var (problems, warnings) = Problems.NextFile();
        return new ImportResult(file, kind, counts, tally.ReportedAt, problems, total, warnings, warningCount);
    }

    /// <summary>Commits when nothing is fatal and no row was bad (or bad rows are accepted), bringing the standing facts up to date first.</summary>
    private async Task<bool> CompleteAsync(StandingEvaluator evaluator, TimeProvider clock, CancellationToken cancellationToken)
    {
        var commit = !Fatal && (Problems.Total == 0 || Options.AcceptPartial);
        if (commit)
        {
            await Session.RefreshStandingsAsync(evaluator, IndiaCalendar.Today(clock), cancellationToken).ConfigureAwait(false);
            await Session.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return commit;
    }

    private ImportOutcome Outcome(IReadOnlyList<ImportResult> files, bool committed, IReadOnlyList<string> notes)
    {
        Options.Progress?.Invoke(1.0);
        return new ImportOutcome(files, committed, Problems.Written ? Options.RejectsPath : null, notes, Fatal);
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync().ConfigureAwait(false);
        Problems.Dispose();
    }
}
