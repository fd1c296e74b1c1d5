using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Imports the iGOT MDO reports: ConsumptionReport (every header generation), CBPEnrollmentReport and
/// UserReport, as .csv or .xlsx, alone or in the reports.zip bundle. Officers are matched to the roster by
/// e-mail, then phone, then employee code; courses to the catalog by name. A newer report supersedes older
/// records of the same officer and course, an older one never overwrites a newer, and the same file twice
/// changes nothing. Every file of one command goes in one transaction: any bad row and nothing changes,
/// unless <see cref="ImportOptions.AcceptPartial"/>.
/// </summary>
public sealed class IgotImporter(KarmayogiDatabase database, TrainingCatalog catalog, TimeProvider clock, IOptions<ImportLimits> limits, ILogger<IgotImporter> logger)
{
    private readonly StandingEvaluator _evaluator = new(catalog);
    private readonly ImportLimits _limits = limits.Value;

    public Task<ImportOutcome> ImportAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        ImportTransaction.RequireFile(path);
        var skipped = new List<string>();
        var sources = TableFiles.IsZip(path) ? TableFiles.Bundle(path, options.Password, skipped, _limits) : [TableFiles.Single(path, _limits)];
        var notes = skipped.Select(s => $"{s}: skipped (not a report this import reads)").ToList();
        return ImportTransaction.RunAsync(
            database, _evaluator, clock, options, _limits, sources, notes, transaction => new IgotRun(transaction, catalog, clock, sources.Count), Log, cancellationToken);
    }

    private void Log(ImportResult result, bool committed) =>
        logger.LogInformation(
            "iGOT import of {File} ({Kind}) {Outcome}: {Rows} rows, {Matched} officers matched, {Unmatched} unmatched, {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected, {Other} other courses",
            result.File, result.Kind, committed ? "committed" : "rolled back", result.Counts.RowsRead, result.Counts.OfficersMatched,
            result.Counts.OfficersUnmatched, result.Counts.Added, result.Counts.Updated, result.Counts.Unchanged, result.Counts.Rejected,
            result.Counts.OtherCourses);
}
