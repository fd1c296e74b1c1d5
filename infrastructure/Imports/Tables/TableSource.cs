namespace KarmayogiBot.Infrastructure.Imports.Tables;

/// <summary>A table to import: its name as reports show it ("reports.zip:ConsumptionReport.csv") and how to open it.</summary>
internal sealed record TableSource(string Name, Func<ITableReader> Open);
