using System.Text.Json;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;
using KarmayogiBot.Infrastructure.Reports;
using KarmayogiBot.Infrastructure.Tests.Support;
using KarmayogiBot.Worker.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace KarmayogiBot.Infrastructure.Tests.Zones;

/// <summary>
/// Zones made by <c>worker sample-zone</c> at several seeds and sizes (and, as a cross-check, by the independent
/// zonegen when <see cref="Zonegen.Enabled"/>), imported through the worker's commands: <c>summary --json</c> and
/// <c>status</c> give the figures of the generator's expected.json as of 2026-03-20 (totals, by formation, by role,
/// and per officer: pending courses, assessment passed, compliant, iGOT designation correct).
/// </summary>
public sealed class ZoneTests
{
    /// <summary>zonegen's role keys, and the catalog's role ids for them (sample-zone's keys are the catalog's ids).</summary>
    private static readonly Dictionary<string, string> Roles = new()
    {
        ["commr"] = "commr", ["adc_gst"] = "adc-cgst", ["adc_cus"] = "adc-customs", ["adc_other"] = "adc-other",
        ["dc_gst"] = "dc-cgst", ["dc_cus"] = "dc-customs", ["dc_other"] = "dc-other", ["sup_gst"] = "supdt-cgst",
        ["cus_field"] = "customs-field", ["sup_other"] = "supdt-other", ["ol"] = "official-language", ["acct"] = "accounts", ["mts"] = "staff",
    };

    /// <summary>The exports as iGOT gives them: CBIC-wide (officers of another zone in both), some officers never registered.</summary>
    private const string CbicWide = "--other-zone-officers 1500 --unregistered 0.05";

    public static TheoryData<string, int, int, string> Zones
    {
        get
        {
            var zones = new TheoryData<string, int, int, string>();
            foreach (var (seed, size, options) in new[] { (7, 500, ""), (11, 1200, ""), (42, 300, ""), (61, 600, CbicWide) })
            {
                zones.Add(ImportedZone.SampleZoneGenerator, seed, size, options);
                if (Zonegen.Enabled)
                {
                    zones.Add(ImportedZone.ZonegenGenerator, seed, size, options);
                }
            }

            return zones;
        }
    }

    public static TheoryData<string> Generators => Zonegen.Enabled ? [ImportedZone.SampleZoneGenerator, ImportedZone.ZonegenGenerator] : [ImportedZone.SampleZoneGenerator];

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task SummaryAndStatus_GeneratedZone_EqualExpectedJson(string generator, int seed, int size, string options)
    {
        await using var zone = await ImportedZone.CreateAsync(generator, seed, size, options.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var expected = zone.Expected.RootElement;

        // A CBIC-wide export imports without --accept-partial, its other zones' officers counted in one line.
        var outside = expected.TryGetProperty("outside_zone", out var count) ? count.GetInt32() : 0;
        Assert.Equal(
            outside > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {outside:N0} rows of officers outside this zone's roster skipped") : null,
            zone.ImportOutput[1].Split(Environment.NewLine).SingleOrDefault(l => l.Contains("outside this zone's roster", StringComparison.Ordinal)));
        var catalog = TestCatalog.Instance;

        // The officers exactly as expected.json has them.
        var officers = new List<ExpectedOfficer>();
        foreach (var property in expected.GetProperty("officers").EnumerateObject())
        {
            var o = property.Value;
            var pending = o.GetProperty("pending").EnumerateArray().Select(p => catalog.CourseNames.Match(p.GetString()!)!.Id).ToHashSet();
            officers.Add(new ExpectedOfficer(
                property.Name, o.GetProperty("employee_code").GetString()!, o.GetProperty("formation").GetString()!,
                Roles.GetValueOrDefault(o.GetProperty("role").GetString()!, o.GetProperty("role").GetString()!), o.GetProperty("role_label").GetString()!, pending, o.GetProperty("assessment_passed").GetBoolean(),
                o.GetProperty("compliant").GetBoolean(), o.GetProperty("igot_designation_ok").GetBoolean(),
                !o.TryGetProperty("registered", out var registeredOnIgot) || registeredOnIgot.GetBoolean()));
        }

        // summary --json, through the command.
        var writer = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await SummaryCommand.RunAsync(["--zone", "Chennai CGST Zone", "--as-of", ImportedZone.AsOf, "--json"], zone.Services, writer));
        var summary = JsonDocument.Parse(writer.ToString()).RootElement;

        // From the stored standing facts, exactly what judging officer by officer gives, byte for byte.
        var judged = await zone.Services.GetRequiredService<ZoneSummaryService>()
            .SummarizeAsync(Domain.Officers.OfficerScope.ForZone("Chennai CGST Zone"), DateOnly.Parse(ImportedZone.AsOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(JsonSerializer.Serialize(SummaryJson.From(judged), CommandJson.Options) + Environment.NewLine, writer.ToString());

        var totals = summary.GetProperty("totals");
        var expectedTotals = expected.GetProperty("totals");
        Assert.Equal(expectedTotals.GetProperty("officers").GetInt32(), totals.GetProperty("officers").GetInt32());
        Assert.Equal(expectedTotals.GetProperty("assessment_passed").GetInt32(), totals.GetProperty("assessmentPassed").GetInt32());
        Assert.Equal(expectedTotals.GetProperty("designation_ok").GetInt32(), totals.GetProperty("designationCorrect").GetInt32());
        Assert.Equal(expectedTotals.GetProperty("compliant").GetInt32(), totals.GetProperty("compliant").GetInt32());
        Assert.Equal(0, totals.GetProperty("roleUnknown").GetInt32());
        Assert.Equal(
            expectedTotals.TryGetProperty("registered", out var registered) ? registered.GetInt32() : expectedTotals.GetProperty("officers").GetInt32(),
            totals.GetProperty("registered").GetInt32());

        foreach (var formation in expected.GetProperty("by_formation").EnumerateObject())
        {
            var ours = summary.GetProperty("byFormation").GetProperty(formation.Name);
            var mine = officers.Where(o => o.Formation == formation.Name).ToList();
            Assert.Equal(formation.Value.GetProperty("officers").GetInt32(), ours.GetProperty("officers").GetInt32());
            Assert.Equal(formation.Value.GetProperty("assessment_passed").GetInt32(), ours.GetProperty("assessmentPassed").GetInt32());
            Assert.Equal(formation.Value.GetProperty("designation_ok").GetInt32(), ours.GetProperty("designationCorrect").GetInt32());
            Assert.Equal(mine.Count(o => o.Compliant), ours.GetProperty("compliant").GetInt32());
        }

        Assert.Equal(expected.GetProperty("by_formation").EnumerateObject().Count(), summary.GetProperty("byFormation").EnumerateObject().Count());
        foreach (var role in expected.GetProperty("by_role").EnumerateObject())
        {
            var id = officers.First(o => o.RoleLabel == role.Name).Role;
            var ours = summary.GetProperty("byRole").GetProperty(id);
            Assert.Equal(role.Value.GetProperty("officers").GetInt32(), ours.GetProperty("officers").GetInt32());
            Assert.Equal(role.Value.GetProperty("assessment_passed").GetInt32(), ours.GetProperty("assessmentPassed").GetInt32());
            Assert.Equal(role.Value.GetProperty("designation_ok").GetInt32(), ours.GetProperty("designationCorrect").GetInt32());
            Assert.Equal(officers.Where(o => o.RoleLabel == role.Name).Count(o => o.Compliant), ours.GetProperty("compliant").GetInt32());
        }

        Assert.Equal(
            officers.Where(o => !o.Compliant).Select(o => o.EmployeeCode).Order(StringComparer.Ordinal),
            summary.GetProperty("defaulters").EnumerateArray().Select(d => d.GetProperty("employeeCode").GetString()!));

        // Every officer's status.
        var standings = zone.Services.GetRequiredService<OfficerStandingService>();
        var asOf = DateOnly.Parse(ImportedZone.AsOf, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var officer in officers)
        {
            var standing = (await standings.GetAsync(officer.Email, asOf))!;
            var json = StandingJson.From(standing);
            Assert.Equal((officer.EmployeeCode, officer.Role), (json.EmployeeCode, json.Role?.Id));
            Assert.Equal(officer.Pending.Order(StringComparer.Ordinal), json.Requirements.Where(r => r.Status != "done" && !r.Advisory).Select(r => r.CourseId).Order(StringComparer.Ordinal));
            Assert.Equal((officer.AssessmentPassed, officer.Compliant, officer.DesignationOk), (json.Assessment!.Passed, json.Compliant, json.IgotDesignation.Correct));
            Assert.Equal((officer.Registered, officer.Registered ? ImportedZone.AsOf : null), (json.Registered, json.IgotReportedOn));
        }

        // And status through the command, for a few officers.
        foreach (var officer in officers.Take(5))
        {
            var statusOut = new StringWriter();
            Assert.Equal(ExitCodes.Ok, await StatusCommand.RunAsync(["--officer", officer.Email, "--as-of", ImportedZone.AsOf, "--json"], zone.Services, statusOut));
            var status = JsonDocument.Parse(statusOut.ToString()).RootElement;
            Assert.Equal(officer.Compliant, status.GetProperty("compliant").GetBoolean());
            Assert.Equal(officer.Pending.Count, status.GetProperty("requirements").EnumerateArray().Count(r => r.GetProperty("status").GetString() == "pending"));
            Assert.Equal(11, status.GetProperty("daysLeft").GetInt32());
        }
    }

    /// <summary>
    /// A newer full roster without some officers and with new ones: those left out are transferred out (kept, out of the
    /// zone's figures and defaulters), those joined counted (not yet on iGOT: not registered); expected-next.json's figures.
    /// A partial roster (only additions and changes) transfers nobody.
    /// </summary>
    [Theory]
    [MemberData(nameof(Generators))]
    public async Task Summary_NewerFullRoster_TransfersOutThoseLeftOutAndEqualsExpectedNext(string generator)
    {
        await using var zone = await ImportedZone.CreateAsync(generator, 61, 600, "--other-zone-officers", "300", "--unregistered", "0.05", "--transfers", "20");
        var next = JsonDocument.Parse(await File.ReadAllTextAsync(zone.Folder.File("expected-next.json"))).RootElement;

        var partial = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await ImportCommand.RunAsync(["roster", zone.Folder.File("roster-next.csv"), "--partial"], zone.Services, partial));
        Assert.DoesNotContain("transferred out", partial.ToString(), StringComparison.Ordinal);
        var afterPartial = await SummaryAsync(zone);
        Assert.Equal(600 + 20, afterPartial.GetProperty("totals").GetProperty("officers").GetInt32());

        var full = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await ImportCommand.RunAsync(["roster", zone.Folder.File("roster-next.csv")], zone.Services, full));
        Assert.Contains("  20 officers of the zone not on this roster marked transferred out", full.ToString(), StringComparison.Ordinal);
        var history = await zone.Services.GetRequiredService<IImportStore>().ListRecentAsync(2);
        Assert.Equal((20, 0), (history[0].Counts.TransferredOut, history[1].Counts.TransferredOut)); // the full roster, then the partial one
        var shown = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await ImportCommand.RunAsync(["history", "--last", "2"], zone.Services, shown));
        var entries = shown.ToString().Split(" imported ")[1..];
        Assert.Equal(2, entries.Length);
        Assert.Contains("roster-next.csv (roster)\n", entries[0].ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  20 officers of the zone not on this roster marked transferred out", entries[0], StringComparison.Ordinal);
        Assert.DoesNotContain("transferred out", entries[1], StringComparison.Ordinal);
        var summary = await SummaryAsync(zone);

        var totals = summary.GetProperty("totals");
        var expected = next.GetProperty("totals");
        Assert.Equal(
            (expected.GetProperty("officers").GetInt32(), expected.GetProperty("compliant").GetInt32(), expected.GetProperty("registered").GetInt32(),
                expected.GetProperty("assessment_passed").GetInt32(), expected.GetProperty("designation_ok").GetInt32()),
            (totals.GetProperty("officers").GetInt32(), totals.GetProperty("compliant").GetInt32(), totals.GetProperty("registered").GetInt32(),
                totals.GetProperty("assessmentPassed").GetInt32(), totals.GetProperty("designationCorrect").GetInt32()));
        foreach (var formation in next.GetProperty("by_formation").EnumerateObject())
        {
            var ours = summary.GetProperty("byFormation").GetProperty(formation.Name);
            Assert.Equal(
                (formation.Value.GetProperty("officers").GetInt32(), formation.Value.GetProperty("compliant").GetInt32()),
                (ours.GetProperty("officers").GetInt32(), ours.GetProperty("compliant").GetInt32()));
        }

        var gone = next.GetProperty("transferred_out").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(20, gone.Count);
        var defaulters = summary.GetProperty("defaulters").EnumerateArray().Select(d => d.GetProperty("employeeCode").GetString()!).ToList();
        Assert.DoesNotContain(defaulters, gone.Contains);
        Assert.Equal(
            next.GetProperty("officers").EnumerateObject().Where(o => !o.Value.GetProperty("compliant").GetBoolean()).Select(o => o.Value.GetProperty("employee_code").GetString()!).Order(StringComparer.Ordinal),
            defaulters);

        // Kept with their history: status still answers them, with no zone.
        var status = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await StatusCommand.RunAsync(["--officer", gone.Order(StringComparer.Ordinal).First(), "--as-of", ImportedZone.AsOf, "--json"], zone.Services, status));
        Assert.DoesNotContain("Chennai CGST Zone", status.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SummaryAsync(ImportedZone zone)
    {
        var writer = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await SummaryCommand.RunAsync(["--zone", "Chennai CGST Zone", "--as-of", ImportedZone.AsOf, "--json"], zone.Services, writer));
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }

    private sealed record ExpectedOfficer(
        string Email, string EmployeeCode, string Formation, string Role, string RoleLabel, HashSet<string> Pending, bool AssessmentPassed, bool Compliant, bool DesignationOk,
        bool Registered);
}
