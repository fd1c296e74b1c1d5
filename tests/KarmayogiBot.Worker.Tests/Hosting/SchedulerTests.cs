using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Worker.Hosting;
using KarmayogiBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace KarmayogiBot.Worker.Tests.Hosting;

/// <summary><c>worker run</c>'s Quartz host: the jobs and cron triggers in India time, on SQLite, and clustered on PostgreSQL.</summary>
public sealed class SchedulerTests
{
    [Fact]
    public async Task Host_Sqlite_SchedulesBothJobsWithConfiguredCronInKolkataAndNoConcurrency()
    {
        using var folder = new TempFolder();
        using var host = Build(new()
        {
            ["ConnectionStrings:Karmayogi"] = $"Data Source={folder.File("k.db")}",
            ["Worker:Nudges:Cron"] = "0 30 11 ? * MON-FRI",
        });
        await host.Services.GetRequiredService<KarmayogiDatabase>().MigrateAsync();
        await host.StartAsync();
        try
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var nudges = (ICronTrigger)(await scheduler.GetTrigger(NudgeJob.TriggerKey))!;
            var summaries = (ICronTrigger)(await scheduler.GetTrigger(SummaryJob.TriggerKey))!;
            Assert.Equal(("0 30 11 ? * MON-FRI", "Asia/Kolkata"), (nudges.CronExpressionString, nudges.TimeZone.Id));
            Assert.Equal("0 0 10 1,16 * ?", summaries.CronExpressionString);
            Assert.True((await scheduler.GetJobDetail(NudgeJob.Key))!.ConcurrentExecutionDisallowed);
            Assert.True((await scheduler.GetJobDetail(SummaryJob.Key))!.ConcurrentExecutionDisallowed);
            var retention = (ICronTrigger)(await scheduler.GetTrigger(QuestionRetentionJob.TriggerKey))!;
            Assert.Equal(("0 30 2 * * ?", "Asia/Kolkata"), (retention.CronExpressionString, retention.TimeZone.Id));
            Assert.True((await scheduler.GetJobDetail(QuestionRetentionJob.Key))!.ConcurrentExecutionDisallowed);
            var next = nudges.NextFireTimeUtc!.Value.ToOffset(TimeSpan.FromHours(5.5));
            Assert.Equal((11, 30), (next.Hour, next.Minute));
            Assert.DoesNotContain(next.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [PostgresFact]
    public async Task Host_TwoWorkersOnOnePostgres_ClusteredWithDistinctInstances()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?> { ["Store:Provider"] = "Postgres", ["ConnectionStrings:Karmayogi"] = database.ConnectionString };
        using var one = Build(settings);
        using var two = Build(settings);
        await one.Services.GetRequiredService<KarmayogiDatabase>().MigrateAsync();
        await one.StartAsync();
        await two.StartAsync();
        try
        {
            var a = await one.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var b = await two.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var (metaA, metaB) = (await a.GetMetadata(), await b.GetMetadata());
            Assert.True(metaA.JobStoreClustered && metaB.JobStoreClustered);
            Assert.NotEqual(a.SchedulerInstanceId, b.SchedulerInstanceId);
            Assert.NotNull(await b.GetTrigger(NudgeJob.TriggerKey));
        }
        finally
        {
            await two.StopAsync();
            await one.StopAsync();
        }
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = WorkerHost.CreateBuilder([], settings);
        builder.AddWorkerScheduler();
        return builder.Build();
    }
}
