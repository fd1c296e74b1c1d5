using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Tests.Support;

namespace KarmayogiBot.Infrastructure.Tests.Imports;

/// <summary>A SQLite store with the three-officer roster imported.</summary>
public abstract class ImportTestBase : IAsyncLifetime
{
    protected const string Asha = "asha.rao@example.gov.in";
    protected const string Vijay = "vijay.iyer@example.gov.in";
    protected const string Meena = "meena.das@example.gov.in";

    protected TestStore Store { get; private set; } = null!;

    protected TempFolder Folder => Store.Folder;

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync();
        var roster = await Store.Roster.ImportAsync(ReportFiles.Roster(Folder.File("roster.csv")));
        Assert.True(roster.Committed, string.Join("\n", roster.Problems));
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    protected Task<ImportOutcome> ImportAsync(string path, ImportOptions? options = null) => Store.Igot.ImportAsync(path, options);

    protected string Consumption(string name, params Progress[] rows) =>
        ReportFiles.Write(Folder.File(name), IgotHeaders.ConsumptionA1NoMdoid, rows);
}
