using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>One officer's standing, found by e-mail or employee code: for <c>worker status</c> and the bot's "my status".</summary>
public sealed class OfficerStandingService(IOfficerStore officers, ICourseRecordStore records, StandingEvaluator evaluator)
{
    /// <summary>The officer's standing on <paramref name="asOf"/> (India time) in the plan current then; null when no officer has that e-mail or code.</summary>
    public async Task<OfficerStanding?> GetAsync(string emailOrEmployeeCode, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var key = emailOrEmployeeCode.Trim();
        var officer = key.Contains('@', StringComparison.Ordinal)
            ? await officers.FindByEmailAsync(key, cancellationToken).ConfigureAwait(false)
            : await officers.FindByEmployeeCodeAsync(key, cancellationToken).ConfigureAwait(false);
        if (officer is null)
        {
            return null;
        }

        var found = await records.GetAsync(officer.EmployeeCode, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        return evaluator.Evaluate(found, asOf);
    }
}
