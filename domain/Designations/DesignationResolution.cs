namespace KarmayogiBot.Domain.Designations;

/// <summary>The answer to "which role is this designation in?": resolved, ambiguous (with the question that settles it), or unknown.</summary>
public abstract record DesignationResolution(string Input);
