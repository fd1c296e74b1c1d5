using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Outbox;

/// <summary>The snoozes (<c>nudge_snoozes</c>): one per officer and cycle, the day the officer is nudged again.</summary>
public sealed class SqlNudgeSnoozes(KarmayogiDatabase database) : INudgeSnoozes
{
    public async Task<bool> SnoozeAsync(string employeeCode, string cycleId, DateOnly until, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            INSERT INTO nudge_snoozes (officer_id, cycle_id, until_day, snoozed_at)
            SELECT o.id, @cycle, @until, @now FROM officers o WHERE o.employee_code = @code
            ON CONFLICT (officer_id, cycle_id) DO UPDATE SET until_day = excluded.until_day, snoozed_at = excluded.snoozed_at
            """);
        command.AddParameter("cycle", cycleId);
        command.AddParameter("until", OutboxStore.Day(until));
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        command.AddParameter("code", employeeCode);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyDictionary<string, DateOnly>> SnoozedAsync(string cycleId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Days are written yyyy-MM-dd, so their text order is their date order.
        await using var command = connection.CreateCommand("""
            SELECT o.employee_code, s.until_day FROM nudge_snoozes s JOIN officers o ON o.id = s.officer_id
            WHERE s.cycle_id = @cycle AND s.until_day > @today
            """);
        command.AddParameter("cycle", cycleId);
        command.AddParameter("today", OutboxStore.Day(today));
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = OutboxStore.ParseDay(reader.GetString(1));
        }

        return result;
    }
}
