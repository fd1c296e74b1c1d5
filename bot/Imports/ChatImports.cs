using System.Collections.Concurrent;
using System.Threading.Channels;
using KarmayogiBot.Assistant;
using KarmayogiBot.Assistant.Answers;
using KarmayogiBot.Bot.Teams;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Domain.Time;
using KarmayogiBot.Infrastructure.Exports;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Protocol.Schema;
using KarmayogiBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Bot.Imports;

/// <summary>
/// Reports and rosters a nodal officer (or admin) drops into the personal chat, imported through the same importers as
/// the command line (all or nothing; the good rows only when asked). The turn answers at once ("importing it now"); the
/// file is fetched and imported in the background, one import at a time (a second waits its turn), and the outcome is
/// posted to the conversation: what the import did and the zone's updated summary with its change, or the first bad
/// rows and a button to import the good ones. A password-protected reports.zip waits for its password in the next
/// message (never logged or stored); a file kept waiting expires after <see cref="ChatImportOptions.PendingFileLifetime"/>.
/// </summary>
public sealed class ChatImports(
    FileDownloader downloader,
    IgotImporter igot,
    RosterImporter roster,
    ZoneSummaryService summaries,
    ExportLinks links,
    CloudAdapter adapter,
    IOptions<ChatImportOptions> options,
    TimeProvider clock,
    ILogger<ChatImports> logger) : BackgroundService
{
    private readonly Channel<Job> _jobs = Channel.CreateBounded<Job>(new BoundedChannelOptions(100) { SingleReader = true });
    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "karmayogi-chat-imports", Guid.NewGuid().ToString("N"));

    /// <summary>How long a file waits for its next step.</summary>
    public TimeSpan KeptFor => options.Value.PendingFileLifetime;

    /// <summary>Whether the user's next message is the password of a file waiting for it.</summary>
    public bool AwaitsPassword(string userKey) => Live(userKey) is { Waiting: Waiting.Password };

    /// <summary>The answer to a message with files: refused (not a nodal officer or admin: nothing fetched), or taken and queued.</summary>
    public ReplyMessage Receive(ITurnContext turn, string userKey, Officer? officer, Language language, IReadOnlyList<TeamsFile> files)
    {
        if (officer?.Role is not (ProductRole.Nodal or ProductRole.Admin))
        {
            logger.LogInformation("A file was sent by someone who is not a nodal officer or admin; not fetched");
            return ImportAnswers.NotAllowed(language);
        }

        if (files.Count > 1)
        {
            return ImportAnswers.OneAtATime(language);
        }

        var file = files[0];
        Forget(userKey);
        return Queue(new Job(turn.Activity.GetConversationReference(), userKey, officer, language, file.Name, file.DownloadUrl, null, null, false))
            ?? ImportAnswers.Received(file.Name, language);
    }

    /// <summary>The password for the file waiting for it (the message is not logged, not remembered, not answered by the assistant).</summary>
    public ReplyMessage Password(ITurnContext turn, string userKey, string password)
    {
        var kept = _kept.TryRemove(userKey, out var k) ? k : throw new InvalidOperationException("No file waits for a password.");
        return Queue(new Job(turn.Activity.GetConversationReference(), userKey, kept.Officer, kept.Language, kept.Name, null, kept.Path, password.Trim(), false))
            ?? ImportAnswers.Received(kept.Name, kept.Language);
    }

    /// <summary>"Import the good rows" on a refused file; null when no file of the user's waits for it (expired, or imported since).</summary>
    public ReplyMessage? AcceptPartial(ITurnContext turn, string userKey, Officer? officer)
    {
        if (Live(userKey) is not { Waiting: Waiting.GoodRows } kept || officer?.EmployeeCode != kept.Officer.EmployeeCode || !_kept.TryRemove(userKey, out _))
        {
            return null;
        }

        return Queue(new Job(turn.Activity.GetConversationReference(), userKey, kept.Officer, kept.Language, kept.Name, null, kept.Path, kept.Password, true))
            ?? ImportAnswers.Received(kept.Name, kept.Language);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(_folder);
        try
        {
            await foreach (var job in _jobs.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                IReadOnlyList<ReplyMessage> replies;
                try
                {
                    replies = await ImportAsync(job, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The import of {File} sent in the chat failed", job.Name);
                    replies = [ImportAnswers.DownloadFailed(job.Name, job.Language)];
                }

                try
                {
                    await adapter.ContinueConversationAsync(job.Reference, async (turn, token) =>
                    {
                        foreach (var reply in replies)
                        {
                            await turn.SendActivityAsync(ReplyActivities.ToActivity(reply), token).ConfigureAwait(false);
                        }
                    }, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The outcome of the import of {File} could not be posted to the chat", job.Name);
                }
            }
        }
        finally
        {
            foreach (var key in _kept.Keys)
            {
                Forget(key);
            }

            TryDelete(_folder);
        }
    }

    private ReplyMessage? Queue(Job job) => _jobs.Writer.TryWrite(job) ? null : ImportAnswers.Busy(job.Name, job.Language);

    private async Task<IReadOnlyList<ReplyMessage>> ImportAsync(Job job, CancellationToken cancellationToken)
    {
        var path = job.KeptPath;
        if (path is null)
        {
            var folder = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            path = Path.Combine(folder, job.Name);
            try
            {
                await downloader.DownloadAsync(job.Url!, path, cancellationToken).ConfigureAwait(false);
            }
            catch (FileRefusedException refused)
            {
                TryDelete(folder);
                logger.LogWarning("{File} sent in the chat by {EmployeeCode} was not fetched: {Reason}", job.Name, job.Officer.EmployeeCode, refused.Reason);
                return [refused.Reason switch
                {
                    FileRefusal.HostNotAllowed => ImportAnswers.HostNotAllowed(job.Name, refused.Detail, job.Language),
                    FileRefusal.TooBig => ImportAnswers.TooBig(job.Name, options.Value.MaxImportFileBytes, job.Language),
                    _ => ImportAnswers.DownloadFailed(job.Name, job.Language),
                }];
            }
        }

        var scope = job.Officer.Role == ProductRole.Admin ? OfficerScope.All : OfficerScope.ForZone(job.Officer.Zone ?? "");
        var today = IndiaCalendar.Today(clock);
        var before = await summaries.SummarizeAsync(scope, today, cancellationToken).ConfigureAwait(false);
        var importOptions = new ImportOptions(job.AcceptPartial, Path.Combine(Path.GetDirectoryName(path)!, "rejects.csv"), job.Password);
        ImportOutcome outcome;
        try
        {
            outcome = await igot.ImportAsync(path, importOptions, cancellationToken).ConfigureAwait(false);
            if (outcome.Files.Count > 0 && outcome.Files.All(f => f.Kind is null))
            {
                // Not an iGOT report: the roster (its own importer says what is wrong with it if it is neither).
                outcome = await roster.ImportAsync(path, importOptions, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PasswordRequiredException)
        {
            Keep(job, path, Waiting.Password);
            return [ImportAnswers.PasswordNeeded(job.Name, again: job.Password is not null, job.Language)];
        }
        catch (ImportException e)
        {
            Forget(job.UserKey, path);
            return [ImportAnswers.NotImported(job.Name, 1, [e.Message.Replace(Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)], null, false, job.Language)];
        }

        logger.LogInformation("{File} sent in the chat by {EmployeeCode} {Outcome}", job.Name, job.Officer.EmployeeCode, outcome.Committed ? "imported" : "not imported");
        if (!outcome.Committed)
        {
            var goodRows = !job.AcceptPartial && !outcome.Unreadable && outcome.Files.All(f => f.Kind is not null);
            if (goodRows)
            {
                Keep(job, path, Waiting.GoodRows);
            }
            else
            {
                Forget(job.UserKey, path);
            }

            // Every rejected row with its reason, behind a signed link as the zone's exports are.
            var rejects = outcome.RejectsPath is { } csv && File.Exists(csv) ? links.Publish(path => RejectsWorkbook.Write(csv, path)) : null;
            return [ImportAnswers.NotImported(job.Name, outcome.Files.Sum(f => f.ProblemCount), [.. outcome.Problems.Select(p => p.ToString())], rejects, goodRows, job.Language)];
        }

        Forget(job.UserKey, path);
        var after = await summaries.SummarizeAsync(scope, today, cancellationToken).ConfigureAwait(false);
        return [.. outcome.Files.Select(f => ImportAnswers.Imported(f.File, f.Kind, f.ReportedAt is { } at ? DateOnly.FromDateTime(at) : null, f.Counts, job.AcceptPartial, job.Language)),
            ZoneAnswers.Summary(after, job.Language, new PreviousSummary(today, before.Totals))];
    }

    private Kept? Live(string userKey)
    {
        if (!_kept.TryGetValue(userKey, out var kept))
        {
            return null;
        }

        if (kept.Until > clock.GetUtcNow())
        {
            return kept;
        }

        Forget(userKey);
        return null;
    }

    private void Keep(Job job, string path, Waiting waiting) =>
        _kept[job.UserKey] = new Kept(path, job.Name, job.Officer, job.Language, job.Password, waiting, clock.GetUtcNow() + options.Value.PendingFileLifetime);

    /// <summary>Drops the file the user had waiting (and <paramref name="path"/>'s folder, the job's own).</summary>
    private void Forget(string userKey, string? path = null)
    {
        if (_kept.TryRemove(userKey, out var kept) && kept.Path != path)
        {
            TryDelete(Path.GetDirectoryName(kept.Path)!);
        }

        if (path is not null)
        {
            TryDelete(Path.GetDirectoryName(path)!);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private enum Waiting
    {
        Password,
        GoodRows,
    }

    /// <summary>One file to import: fetched from <see cref="Url"/>, or already here at <see cref="KeptPath"/>.</summary>
    private sealed record Job(ConversationReference Reference, string UserKey, Officer Officer, Language Language, string Name, Uri? Url, string? KeptPath, string? Password, bool AcceptPartial);

    /// <summary>A file kept for the user's next step (its password, or "import the good rows"), until <see cref="Until"/>.</summary>
    private sealed record Kept(string Path, string Name, Officer Officer, Language Language, string? Password, Waiting Waiting, DateTimeOffset Until);
}
