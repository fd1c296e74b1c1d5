using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Designations;

/// <summary>The designation falls in one of several roles depending on the formation; <see cref="Question"/> settles it.</summary>
public sealed record AmbiguousDesignation(string Input, Designation Designation, IReadOnlyList<Placement> Candidates, string Question, string QuestionHi)
    : DesignationResolution(Input);
