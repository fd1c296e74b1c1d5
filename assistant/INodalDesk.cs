using KarmayogiBot.Assistant.Understanding;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Assistant;

/// <summary>Answers nodal officers' zone commands (summary, defaulters, export, nudge status). Callers check the role first.</summary>
public interface INodalDesk
{
    Task<IReadOnlyList<ReplyMessage>> AnswerAsync(Officer nodalOfficer, Understood command, DateOnly today, CancellationToken cancellationToken = default);
}
