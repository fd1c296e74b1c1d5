using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Assistant;

/// <summary>
/// Nodal officers' zone commands: <c>summary [formation]</c>, <c>defaulters [formation]</c>, <c>export</c>, <c>nudge status</c>,
/// and the fortnightly report for NACIN (<see cref="NacinReport"/>).
/// Reads what each needs through the ports and answers with <see cref="ZoneAnswers"/>. A nodal officer sees their own
/// zone only; an admin every zone. The caller checks the role first.
/// </summary>
/// <param name="reportRule">The citations of the nodal officer's fortnightly report (the catalog's nodal-officer rule).</param>
internal sealed class ZoneDesk(IOfficerStore officers, ZoneSummaryService summaries, IZoneExports exports, INudgeHistory nudges, IReadOnlyList<Citation> reportRule)
{
    public async Task<IReadOnlyList<ReplyMessage>> AnswerAsync(Officer nodalOfficer, Understood command, DateOnly today, CancellationToken cancellationToken = default)
    {
        var language = command.Language;
        var scope = await ScopeAsync(nodalOfficer, command.Argument, cancellationToken);
        if (scope is null)
        {
            return [ZoneAnswers.NoSuchFormation(command.Argument!, language)];
        }

        return command.Intent switch
        {
            Intent.NudgeStatus => [ZoneAnswers.NudgeStatus(await nudges.LastRunAsync(scope, cancellationToken), language)],
            Intent.NacinReport => [Nacin(NacinReport.From(await summaries.SummarizeAsync(scope, today, cancellationToken, withCompletionDays: true)), language)],
            Intent.Export => [Export(await summaries.SummarizeAsync(scope, today, cancellationToken), language)],
            Intent.Defaulters => [ZoneAnswers.Defaulters(await summaries.SummarizeAsync(scope, today, cancellationToken), language)],
            _ => [ZoneAnswers.Summary(await summaries.SummarizeAsync(scope, today, cancellationToken), language)],
        };
    }

    /// <summary>The nodal officer's zone, narrowed to a formation of it when one is named; null when the name matches none.</summary>
    private async Task<OfficerScope?> ScopeAsync(Officer nodal, string? formation, CancellationToken cancellationToken)
    {
        var zone = nodal.Role == ProductRole.Admin ? null : nodal.Zone ?? "";
        if (string.IsNullOrWhiteSpace(formation))
        {
            return new OfficerScope(Zone: zone);
        }

        var wanted = TextNormalizer.Words(formation);
        var formations = (await officers.ListAsync(new OfficerScope(Zone: zone), cancellationToken))
            .Select(o => o.Formation).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var match = formations.FirstOrDefault(f => TextNormalizer.Words(f) == wanted)
            ?? formations.Where(f => TextNormalizer.Words(f).Contains(wanted, StringComparison.Ordinal)).OrderBy(f => f.Length).FirstOrDefault();
        return match is null ? null : new OfficerScope(Zone: zone, Formation: match);
    }

    private ReplyMessage Nacin(NacinReport report, Language language) => NacinAnswers.Report(report, exports.Export(report), reportRule, language);

    private ReplyMessage Export(ZoneSummary summary, Language language) => ZoneAnswers.Export(summary, exports.Export(summary), language);
}
