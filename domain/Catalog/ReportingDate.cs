namespace KarmayogiBot.Domain.Catalog;

/// <summary>A report a zone or nodal officer had to send, as the circular words it.</summary>
public sealed record ReportingDate(string Text, string TextHi, Citation Citation);
