namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>A defaulter's entry in <c>summary --json</c> as stored (<see cref="SummaryJsonWriter.RenderDefaulter"/>), and whether they are overdue on the day asked about.</summary>
internal readonly record struct RenderedDefaulter(byte[] Json, bool Overdue);
