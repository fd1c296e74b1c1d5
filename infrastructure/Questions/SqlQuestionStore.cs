using System.Data.Common;
using KarmayogiBot.Domain.Questions;
using KarmayogiBot.Infrastructure.Storage;

namespace KarmayogiBot.Infrastructure.Questions;

/// <summary>
/// <see cref="IQuestionStore"/> on SQLite or PostgreSQL (<c>questions</c>, <c>question_replies</c>, <c>question_votes</c>).
/// Votes are kept by the message voted on and joined to their question when read, so a vote written before its
/// question (or on a message the log does not know) is not lost. Instants are Unix milliseconds.
/// </summary>
public sealed class SqlQuestionStore(KarmayogiDatabase database) : IQuestionStore
{
    public async Task SaveAsync(IReadOnlyList<AskedQuestion> questions, IReadOnlyList<QuestionVote> votes, CancellationToken cancellationToken = default)
    {
        if (questions.Count == 0 && votes.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var question in questions)
        {
            await InsertAsync(connection, transaction, question, cancellationToken).ConfigureAwait(false);
        }

        foreach (var vote in votes)
        {
            await using var command = connection.CreateCommand("""
                INSERT INTO question_votes (reply_id, reaction, comment, voted_at) VALUES (@reply, @reaction, @comment, @at)
                ON CONFLICT (reply_id) DO UPDATE SET reaction = excluded.reaction, comment = excluded.comment, voted_at = excluded.voted_at
                """, transaction);
            command.AddParameter("reply", vote.ReplyId);
            command.AddParameter("reaction", vote.Reaction);
            command.AddParameter("comment", vote.Comment);
            command.AddParameter("at", vote.VotedAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LoggedQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
            SELECT q.id, q.asked_at, q.text, q.reading, q.answer_kind, q.language, v.reaction, v.comment
            FROM questions q
            LEFT JOIN question_replies r ON r.question_id = q.id
            LEFT JOIN question_votes v ON v.reply_id = r.reply_id
            WHERE q.asked_at >= @since
            ORDER BY q.asked_at, q.id
            """);
        command.AddParameter("since", since?.ToUnixTimeMilliseconds() ?? long.MinValue);
        var rows = new List<(long Id, LoggedQuestion Question, string? Reaction, string? Comment)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var question = new LoggedQuestion(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), null, []);
            rows.Add((reader.GetInt64(0), question, reader.GetStringOrNull(6), reader.GetStringOrNull(7)));
        }

        return rows.GroupBy(r => r.Id).Select(Voted).ToList();
    }

    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var before = cutoff.ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM question_replies WHERE question_id IN (SELECT id FROM questions WHERE asked_at < @before)", before, cancellationToken).ConfigureAwait(false);
        var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM questions WHERE asked_at < @before", before, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM question_votes WHERE voted_at < @before", before, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, AskedQuestion question, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand("""
            INSERT INTO questions (asked_at, text, reading, answer_kind, language) VALUES (@at, @text, @reading, @kind, @language) RETURNING id
            """, transaction);
        insert.AddParameter("at", question.AskedAt.ToUnixTimeMilliseconds());
        insert.AddParameter("text", question.Text);
        insert.AddParameter("reading", question.Reading);
        insert.AddParameter("kind", question.AnswerKind);
        insert.AddParameter("language", question.Language);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var replyId in question.ReplyIds.Distinct(StringComparer.Ordinal))
        {
            await using var reply = connection.CreateCommand(
                "INSERT INTO question_replies (reply_id, question_id) VALUES (@reply, @question) ON CONFLICT (reply_id) DO NOTHING", transaction);
            reply.AddParameter("reply", replyId);
            reply.AddParameter("question", id);
            await reply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static LoggedQuestion Voted(IGrouping<long, (long Id, LoggedQuestion Question, string? Reaction, string? Comment)> rows)
    {
        var reactions = rows.Select(r => r.Reaction).OfType<string>().ToList();
        var reaction = reactions.Contains(QuestionVote.Dislike) ? QuestionVote.Dislike : reactions.Count > 0 ? QuestionVote.Like : null;
        var comments = rows.Select(r => r.Comment).Where(c => !string.IsNullOrWhiteSpace(c)).Cast<string>().ToList();
        return rows.First().Question with { Reaction = reaction, Comments = comments };
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, long before, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction);
        command.AddParameter("before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
