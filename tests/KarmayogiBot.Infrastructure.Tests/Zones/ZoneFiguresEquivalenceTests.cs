using System.Globalization;
using System.Text;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Worker.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Infrastructure.Tests.Zones;

/// <summary>
/// The two ways to a zone's figures on a generated zone: the SQL path over the stored standing facts
/// (<see cref="ZoneFiguresService"/>, what <c>summary</c> uses for speed) and the domain's officer-by-officer judgement
/// (<see cref="ZoneSummaryService"/>, what chat and the fortnightly report use) give the same totals, formations, roles
/// and defaulters, for the whole zone and each formation, before and after the last day.
/// </summary>
public sealed class ZoneFiguresEquivalenceTests
{
    public static TheoryData<string, int, int> Zones
    {
        get
        {
            var zones = new TheoryData<string, int, int>();
            foreach (var (seed, size) in new[] { (7, 500), (42, 300) })
            {
                zones.Add(ImportedZone.SampleZoneGenerator, seed, size);
                if (Zonegen.Enabled)
                {
                    zones.Add(ImportedZone.ZonegenGenerator, seed, size);
                }
            }

            return zones;
        }
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Figures_FromTheStoredFacts_EqualTheOfficerByOfficerJudgement(string generator, int seed, int size)
    {
        await using var zone = await ImportedZone.CreateAsync(generator, seed, size);
        var facts = zone.Services.GetRequiredService<ZoneFiguresService>();
        var judged = zone.Services.GetRequiredService<ZoneSummaryService>();
        var formations = (await zone.Services.GetRequiredService<IOfficerStore>().ListAsync(OfficerScope.All))
            .Select(o => o.Formation).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var scopes = formations.Select(OfficerScope.ForFormation).Prepend(OfficerScope.ForZone("Chennai CGST Zone")).Prepend(OfficerScope.All).ToList();
        Assert.True(formations.Count > 1, "the generated zone has several formations");

        foreach (var day in new[] { "2026-03-20", "2026-03-31", "2026-04-01" })
        {
            var asOf = DateOnly.Parse(day, CultureInfo.InvariantCulture);
            foreach (var scope in scopes)
            {
                var summary = await judged.SummarizeAsync(scope, asOf);
                await using var reading = await facts.OpenAsync(scope, asOf);
                Assert.NotNull(reading);

                Assert.Equal(summary.Totals, reading.Figures.Totals);
                Assert.Equal(summary.ByFormation, reading.Figures.ByFormation);
                Assert.Equal(summary.ByRole, reading.Figures.ByRole);
                Assert.Equal(summary.Defaulters.Select(DefaulterRow.From), reading.Defaulters());
                Assert.Equal(Json(ZoneFigures.From(summary), summary.Defaulters.Select(DefaulterRow.From)), Json(reading));
            }

            var overdue = (await judged.SummarizeAsync(OfficerScope.All, asOf)).Totals.Overdue;
            Assert.True(asOf > new DateOnly(2026, 3, 31) ? overdue > 0 : overdue == 0, $"overdue {overdue} on {day}");
        }
    }

    private static string Json(ZoneFigures figures, IEnumerable<DefaulterRow> defaulters)
    {
        using var buffer = new MemoryStream();
        SummaryJsonWriter.Write(buffer, figures, defaulters);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Json(ZoneFiguresReading reading)
    {
        using var buffer = new MemoryStream();
        SummaryJsonWriter.Write(buffer, reading);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
