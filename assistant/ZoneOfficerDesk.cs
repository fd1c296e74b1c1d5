using System.Text.RegularExpressions;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Text;

namespace KarmayogiBot.Assistant;

/// <summary>
/// A nodal officer asking about one officer of their zone, by employee code ("status of CB000123") or by name
/// ("status of Meena Iyer"): that officer's standing, in the third person. Officers of other zones are not found
/// (an admin finds every zone's). The caller checks the role first.
/// </summary>
internal sealed partial class ZoneOfficerDesk(IOfficerStore officers, ICourseRecordStore records, StandingEvaluator standings)
{
    /// <summary>The answer about the officer asked for; null when the turn asks about nobody in particular (the zone desk answers it).</summary>
    public async Task<ReplyMessage?> AnswerAsync(Officer nodalOfficer, Understood understood, string text, Cycle cycle, DateOnly today, CancellationToken cancellationToken = default)
    {
        var codes = CodePattern().Matches(text).Select(m => m.Value).ToList();
        var byName = understood.Intent == Intent.OtherOfficer ? understood.Argument : null;
        if (codes.Count == 0 && byName is null)
        {
            return null;
        }

        var scope = nodalOfficer.Role == ProductRole.Admin ? OfficerScope.All : OfficerScope.ForZone(nodalOfficer.Zone ?? "");
        var zone = await officers.ListAsync(scope, cancellationToken);
        var matches = zone.Where(o => codes.Contains(o.EmployeeCode, StringComparer.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0 && byName is not null)
        {
            var wanted = TextNormalizer.Words(byName);
            matches = zone.Where(o => TextNormalizer.Words(o.Name) == wanted).ToList();
            if (matches.Count == 0)
            {
                matches = zone.Where(o => TextNormalizer.Words(o.Name).Contains(wanted, StringComparison.Ordinal)).ToList();
            }
        }

        var language = understood.Language;
        switch (matches.Count)
        {
            case 0 when byName is null && understood.Intent is not (Intent.Status or Intent.OtherOfficer):
                return null; // a code-like word in another question ("APAR2025"): not about an officer
            case 0:
                return OfficerStatusAnswers.NotInZone(byName ?? codes[0], language);
            case > 1:
                return OfficerStatusAnswers.WhichOne(byName ?? codes[0], matches, language);
        }

        var officer = matches[0];
        var own = await records.GetAsync(officer.EmployeeCode, cancellationToken) ?? new OfficerRecords(officer, null, []);
        return OfficerStatusAnswers.Status(standings.Evaluate(own, today, cycle), language, today);
    }

    /// <summary>An employee code as rosters write them: letters, then at least three digits (CB000123, MX000024).</summary>
    [GeneratedRegex(@"\b[A-Za-z]{1,6}\d{3,}\b")]
    private static partial Regex CodePattern();
}
