using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Infrastructure;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Outbox;
using KarmayogiBot.Protocol;
using KarmayogiBot.Protocol.DependencyInjection;
using KarmayogiBot.Worker.Delivery;
using KarmayogiBot.Worker.Nudges;
using KarmayogiBot.Worker.Options;
using KarmayogiBot.Worker.Questions;
using KarmayogiBot.Worker.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>The worker's registrations: the store, the connector (outbound only), the outbox, the passes and their options.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKarmayogiStore(configuration);
        services.AddBotConnector();

        // The outbox owns retries: every HTTP attempt is bracketed by a committed state, and a refused send waits in
        // the outbox (planned, with back-off) rather than inside a request the crash-recovery cannot see.
        services.PostConfigure<BotOptions>(o => o.MaxRetryAttempts = 0);

        services.AddExportLinks();
        services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.SectionName)
            .Validate(o => o.End > o.Start, "Worker:Office:End must be after Worker:Office:Start.")
            .Validate(o => o.WeekendDays is null || o.WeekendDays.Distinct().Count() < 7, "Worker:Office:WeekendDays leaves no office day.")
            .ValidateOnStart();
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Worker:Nudges:Cron is not a valid Quartz cron expression.")
            .Validate(o => o.OverdueEveryDays >= 1, "Worker:Nudges:OverdueEveryDays must be 1 or more.")
            .Validate(o => o.EscalateAfterOverdueDays >= 0, "Worker:Nudges:EscalateAfterOverdueDays must be 0 (never) or more.")
            .Validate(o => o.ReportingOfficerAfterOverdueDays >= 0, "Worker:Nudges:ReportingOfficerAfterOverdueDays must be 0 (never) or more.")
            .Validate(o => o.ReportingOfficerDigestEveryDays >= 1, "Worker:Nudges:ReportingOfficerDigestEveryDays must be 1 or more.")
            .Validate(o => o.ClosedCycleNudgeDays >= -1, "Worker:Nudges:ClosedCycleNudgeDays must be -1 (until a newer plan), 0 (none after the deadline) or more.")
            .Validate(
                o => o.ReportingOfficerAfterOverdueDays == 0 || o.EscalateAfterOverdueDays == 0 || o.ReportingOfficerAfterOverdueDays < o.EscalateAfterOverdueDays,
                "Worker:Nudges:ReportingOfficerAfterOverdueDays must be fewer than EscalateAfterOverdueDays: the reporting officer is told before the nodal officer.")
            .Validate(o => o.Cadence is null || o.Cadence.Count == 0 || o.Cadence.Min(s => s.DaysLeftAbove) < 0, "Worker:Nudges:Cadence needs a last step with DaysLeftAbove -1.")
            .ValidateOnStart();
        services.AddOptions<SummaryOptions>().BindConfiguration(SummaryOptions.SectionName)
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Worker:Summaries:Cron is not a valid Quartz cron expression.")
            .Validate(o => o.LaggingFormations >= 0 && o.UnreachableListed >= 0, "Worker:Summaries counts cannot be negative.")
            .ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName)
            .Validate(o => o.SendsPerSecond >= 0, "Worker:Delivery:SendsPerSecond must be 0 (unpaced) or more.")
            .Validate(o => o.MaxConcurrency is >= 1 and <= 64, "Worker:Delivery:MaxConcurrency must be between 1 and 64.")
            .Validate(o => o.MaxAttempts >= 1, "Worker:Delivery:MaxAttempts must be 1 or more.")
            .Validate(o => o.LeaseSeconds >= 2, "Worker:Delivery:LeaseSeconds must be 2 or more.")
            .ValidateOnStart();
        services.AddOptions<QuestionOptions>().BindConfiguration(QuestionOptions.SectionName)
            .Validate(o => o.RetentionDays >= 1, "Worker:Questions:RetentionDays must be 1 or more.")
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Worker:Questions:Cron is not a valid Quartz cron expression.")
            .ValidateOnStart();
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName);
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Worker:Scheduler:TimeZone is not a time zone of this system.")
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var nudges = sp.GetRequiredService<IOptions<NudgeOptions>>().Value;
            return new NudgePolicy(sp.GetRequiredService<IOptions<OfficeOptions>>().Value.ToCalendar(), nudges.ToCadence(), nudges.EscalateAfterOverdueDays,
                nudges.ReportingOfficerAfterOverdueDays, nudges.ReportingOfficerDigestEveryDays) { ClosedCycleNudgeDays = nudges.ClosedCycleNudgeDays };
        });
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ReachabilityStore>();
        services.AddSingleton<NudgeEscalationStore>();
        services.AddSingleton<SummarySnapshotStore>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton(new WorkerIdentity(configuration["Worker:Delivery:WorkerName"]));
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<NudgePass>();
        services.AddSingleton<SummaryPass>();
        services.AddSingleton<QuestionRetention>();
        return services;
    }
}
