using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Infrastructure.Imports;
using KarmayogiBot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KarmayogiBot.Infrastructure.Tests.Configuration;

public sealed class StoreRegistrationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public async Task AddKarmayogiStore_SqliteConnectionString_RegistersWorkingPorts()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection()
            .AddSingleton(TestCatalog.Instance)
            .AddKarmayogiStore(Config(("ConnectionStrings:Karmayogi", $"Data Source={folder.File("x.db")}")))
            .BuildServiceProvider();
        await using (services)
        {
            await services.GetRequiredService<IOfficerStore>().SaveAsync(new Officer("C1", "N", "Inspector", null, null, null, "n@example.gov.in", null, ProductRole.Officer, null, null));

            Assert.Equal(StoreProvider.Sqlite, services.GetRequiredService<KarmayogiDatabase>().Provider);
            Assert.Equal("C1", (await services.GetRequiredService<IOfficerStore>().FindByEmailAsync("N@example.gov.in"))!.EmployeeCode);
            Assert.NotNull(services.GetRequiredService<IConversationStore>());
            Assert.Empty(await services.GetRequiredService<IImportStore>().ListRecentAsync(5));
            Assert.True(File.Exists(folder.File("x.db")));
        }
    }

    [Fact]
    public void AddKarmayogiStore_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        using var services = new ServiceCollection().AddKarmayogiStore(Config(("Store:Provider", "postgres"))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<KarmayogiDatabase>());

        Assert.Contains("ConnectionStrings:Karmayogi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKarmayogiStore_UnknownProvider_FailsNamingTheKey()
    {
        using var services = new ServiceCollection().AddKarmayogiStore(Config(("Store:Provider", "LiteDB"))).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<KarmayogiDatabase>());

        Assert.Contains("'LiteDB' at 'Store:Provider'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Import:MaxCellLength", "0", "Import:MaxCellLength is '0'; it must be a whole number above 0")]
    [InlineData("Import:MaxZipEntries", "-1", "Import:MaxZipEntries is '-1'; it must be a whole number above 0")]
    [InlineData("Import:MaxCellLength", "100000", "Import:MaxCellLength (100000) is more than Import:MaxRowCharacters (65536)")]
    public void AddKarmayogiStore_ImportLimitNotUsable_FailsNamingTheKey(string key, string value, string message)
    {
        using var services = new ServiceCollection().AddKarmayogiStore(Config((key, value))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<RosterImporter>());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddKarmayogiStore_ImportLimitsConfigured_AreTheImportersLimits()
    {
        using var services = new ServiceCollection().AddKarmayogiStore(Config(("Import:MaxSharedStringsBytes", "5000000"))).BuildServiceProvider();

        var limits = services.GetRequiredService<IOptions<ImportLimits>>().Value;

        Assert.Equal((5_000_000L, 2_000, 65_536), (limits.MaxSharedStringsBytes, limits.MaxCellLength, limits.MaxRowCharacters));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void AddKarmayogiStore_BusyTimeoutNotAboveZero_FailsNamingTheKey(string seconds)
    {
        using var services = new ServiceCollection().AddKarmayogiStore(Config(("Store:BusyTimeoutSeconds", seconds))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<KarmayogiDatabase>());

        Assert.Equal($"Store:BusyTimeoutSeconds is '{seconds}'; it must be a whole number of seconds above 0", error.Message);
    }

    [Fact]
    public void DefaultDatabasePath_FromAnyFolderOfTheCheckout_IsTheSameFileBesideTheSolution()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KarmayogiBot.sln"), "");
        var deep = Directory.CreateDirectory(folder.File("worker/bin/Debug/net10.0")).FullName;
        var other = Directory.CreateDirectory(folder.File("bot")).FullName;

        var fromWorker = DefaultDatabasePath.Resolve(deep, "/");
        var fromBot = DefaultDatabasePath.Resolve(null, other);

        Assert.Equal(Path.Combine(folder.Path, "data", "karmayogi.db"), fromWorker);
        Assert.Equal(fromWorker, fromBot);
    }

    [Fact]
    public void DefaultDatabasePath_OutsideACheckout_IsInLocalApplicationData()
    {
        using var folder = new TempFolder();

        var path = DefaultDatabasePath.Resolve(folder.Path);

        Assert.EndsWith(Path.Combine("KarmayogiBot", "karmayogi.db"), path, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, path, StringComparison.Ordinal);
    }
}
