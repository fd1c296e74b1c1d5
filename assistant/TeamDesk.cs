using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Assistant;

/// <summary>
/// "My team" and its export: the officers whose roster names the asker as their reporting officer (direct reports only:
/// the roster's Reporting Officer column names one line, and a report's own reports are theirs to follow), judged as a
/// zone summary is. Nobody else is read: not the asker's own reporting officer, not another team.
/// </summary>
internal sealed class TeamDesk(TrainingCatalog catalog, ICourseRecordStore records, ZoneSummaryService summaries, IZoneExports exports)
{
    private const string MonitoringTopic = "supervisory-monitoring";

    public async Task<ReplyMessage> AnswerAsync(Officer? asker, Intent intent, Language language, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (asker is null)
        {
            return TeamAnswers.NotInRoster(language);
        }

        var reports = await records.ListReportsAsync(asker.EmployeeCode, cancellationToken);
        if (reports.Count == 0)
        {
            return TeamAnswers.NoTeam(language);
        }

        var summary = summaries.Summarize(new OfficerScope(Zone: asker.Zone), reports, today) with
        {
            Title = $"Officers reporting to {asker.Name} ({asker.EmployeeCode})",
        };
        var monitoring = catalog.Topics.FirstOrDefault(t => t.Id == MonitoringTopic);
        return intent == Intent.TeamExport
            ? TeamAnswers.Export(summary, exports.Export(summary), language)
            : TeamAnswers.Team(summary, monitoring, language);
    }
}
