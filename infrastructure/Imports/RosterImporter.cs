using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Imports.Tables;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Imports;

/// <summary>
/// Imports the zone's HR roster (.csv or .xlsx): Employee Code, Name, Designation, Formation, Zone, Email,
/// Mobile, optional Role and AadObjectId, under any of the circulars' header spellings. Officers are keyed
/// by employee code; officers missing from the file are kept. One transaction: any bad row and nothing
/// changes, unless <see cref="ImportOptions.AcceptPartial"/>.
/// </summary>
public sealed class RosterImporter(KarmayogiDatabase database, TrainingCatalog catalog, TimeProvider clock, IOptions<ImportLimits> limits, ILogger<RosterImporter> logger)
{
    private readonly FormationResolver _formations = new(catalog);
    private readonly StandingEvaluator _evaluator = new(catalog);
    private readonly ImportLimits _limits = limits.Value;

    public Task<ImportOutcome> ImportAsync(string path, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ImportTransaction.RequireFile(path);
        return ImportTransaction.RunAsync(
            database, _evaluator, clock, options ?? ImportOptions.Default, _limits, [TableFiles.Single(path, _limits)], [], transaction => new RosterRun(transaction, _formations, Designations(), clock), Log,
            cancellationToken);
    }

    /// <summary>The resolver of the plan in force today (India), to tell which designations it does not know.</summary>
    private DesignationResolver? Designations() =>
        catalog.CurrentPlan(IndiaCalendar.Today(clock)) is { } cycle ? _evaluator.ResolverFor(cycle) : null;

    private void Log(ImportResult result, bool committed) =>
        logger.LogInformation(
            "Roster import of {File} {Outcome}: {Rows} rows, {Added} added, {Updated} updated, {Unchanged} unchanged, {Problems} problems",
            result.File, committed ? "committed" : "rolled back", result.Counts.RowsRead, result.Counts.Added, result.Counts.Updated, result.Counts.Unchanged,
            result.ProblemCount);
}
