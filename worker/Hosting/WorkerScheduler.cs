using KarmayogiBot.Infrastructure.Storage;
using KarmayogiBot.Worker.Jobs;
using KarmayogiBot.Worker.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace KarmayogiBot.Worker.Hosting;

/// <summary>
/// Quartz for <c>worker run</c>: the nudge and summary jobs with explicit identities and cron triggers in
/// <c>Worker:Scheduler:TimeZone</c>; the job store in the store's database (SQLite by default; PostgreSQL clustered,
/// each process with its own instance id, so two workers share the triggers and a job fires on one of them). The
/// qrtz_* tables come from the worker's own migrations (<see cref="WorkerMigrations"/>), applied as the host starts;
/// Quartz only validates them.
/// </summary>
public static class WorkerScheduler
{
    public static IHostApplicationBuilder AddWorkerScheduler(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var scheduler = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var nudges = configuration.GetSection(NudgeOptions.SectionName).Get<NudgeOptions>() ?? new NudgeOptions();
        var summaries = configuration.GetSection(SummaryOptions.SectionName).Get<SummaryOptions>() ?? new SummaryOptions();
        var questions = configuration.GetSection(QuestionOptions.SectionName).Get<QuestionOptions>() ?? new QuestionOptions();
        var timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(scheduler.TimeZone, out var zone)
            ? zone
            : throw new InvalidOperationException($"Worker:Scheduler:TimeZone '{scheduler.TimeZone}' is not a time zone of this system (e.g. Asia/Kolkata).");
        Require(CronExpression.TryParse(nudges.Cron, out _), $"Worker:Nudges:Cron '{nudges.Cron}' is not a valid Quartz cron expression (e.g. 0 0 11 ? * MON-FRI).");
        Require(CronExpression.TryParse(summaries.Cron, out _), $"Worker:Summaries:Cron '{summaries.Cron}' is not a valid Quartz cron expression (e.g. 0 0 10 1,16 * ?).");
        Require(CronExpression.TryParse(questions.Cron, out _), $"Worker:Questions:Cron '{questions.Cron}' is not a valid Quartz cron expression (e.g. 0 30 2 * * ?).");

        var (postgres, connectionString) = StoreConnection(configuration);
        builder.Services.AddHostedService<WorkerSchemaMigration>();
        var clustered = postgres && (scheduler.Clustered ?? true);
        builder.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = SchedulerOptions.SchedulerName;
                if (string.IsNullOrWhiteSpace(scheduler.InstanceId))
                {
                    s.GenerateInstanceId = true;
                }
                else
                {
                    s.InstanceId = scheduler.InstanceId.Trim();
                }

                s.DefaultTimeZone = timeZone;
            });
            q.UseDefaultThreadPool(Math.Max(1, scheduler.ThreadCount));
            q.UsePersistentStore(store =>
            {
                if (postgres)
                {
                    store.UsePostgres(connectionString);
                }
                else
                {
                    store.UseSqlite(connectionString);
                }

                if (clustered)
                {
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(15));
                }

                store.UseSystemTextJsonSerializer(_ => { });
                store.ConfigureStore(o => o.SchemaProvisioning = SchemaProvisioning.Validate);
            });

            q.AddJob<NudgeJob>(j => j.WithIdentity(NudgeJob.Key).WithDescription("Nudge officers with pending mandatory courses").StoreDurably());
            q.AddTrigger<NudgeJob>(t => t.ForJob(NudgeJob.Key).WithIdentity(NudgeJob.TriggerKey)
                .WithDescription("Worker:Nudges:Cron").WithCronSchedule(nudges.Cron, c => c.InTimeZone(timeZone)));
            q.AddJob<SummaryJob>(j => j.WithIdentity(SummaryJob.Key).WithDescription("Nodal officers' fortnightly zone summaries").StoreDurably());
            q.AddTrigger<SummaryJob>(t => t.ForJob(SummaryJob.Key).WithIdentity(SummaryJob.TriggerKey)
                .WithDescription("Worker:Summaries:Cron").WithCronSchedule(summaries.Cron, c => c.InTimeZone(timeZone)));
            q.AddJob<QuestionRetentionJob>(j => j.WithIdentity(QuestionRetentionJob.Key).WithDescription("Delete the question log's rows older than Worker:Questions:RetentionDays").StoreDurably());
            q.AddTrigger<QuestionRetentionJob>(t => t.ForJob(QuestionRetentionJob.Key).WithIdentity(QuestionRetentionJob.TriggerKey)
                .WithDescription("Worker:Questions:Cron").WithCronSchedule(questions.Cron, c => c.InTimeZone(timeZone)));
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>The store's database for Quartz: PostgreSQL's connection string, or SQLite's (the default file when none is configured).</summary>
    internal static (bool Postgres, string ConnectionString) StoreConnection(IConfiguration configuration)
    {
        var store = StoreOptions.From(configuration);
        if (store.Provider == StoreProvider.Postgres)
        {
            return (true, store.ConnectionString!);
        }

        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.SqliteConnectionString);
        if (!string.IsNullOrEmpty(sqlite.DataSource) && sqlite.DataSource != ":memory:")
        {
            sqlite.DataSource = Path.GetFullPath(sqlite.DataSource);
        }

        sqlite.DefaultTimeout = store.BusyTimeoutSeconds;
        return (false, sqlite.ToString());
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
