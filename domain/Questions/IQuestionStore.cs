namespace KarmayogiBot.Domain.Questions;

/// <summary>The question log: what officers asked (without personal data), how it was answered, and their votes.</summary>
public interface IQuestionStore
{
    /// <summary>Keeps the questions and votes, in one transaction; a vote is kept even when its answer is not (yet) in the log.</summary>
    Task SaveAsync(IReadOnlyList<AskedQuestion> questions, IReadOnlyList<QuestionVote> votes, CancellationToken cancellationToken = default);

    /// <summary>The questions asked at or after <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<LoggedQuestion>> ListAsync(DateTimeOffset? since, CancellationToken cancellationToken = default);

    /// <summary>Deletes the questions asked and the votes given before <paramref name="cutoff"/>; returns how many questions went.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
