using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Officers;
using KarmayogiBot.Domain.Reporting;

namespace KarmayogiBot.Infrastructure.Tests.Support;

/// <summary>A zone of one officer (T0001, an Inspector of Chennai CGST Zone with no iGOT records) and its summary: for the report writers' tests.</summary>
public static class OneOfficerZone
{
    public static readonly DateOnly AsOf = new(2026, 3, 20);

    public static OfficerRecords Officer(string name = "Meena Iyer", string designation = "Inspector", string mobile = "9840000000") => new(
        new Officer("T0001", name, designation, "CGST Chennai North Commissionerate", "Chennai CGST Zone", null, "meena@example.gov.in", mobile, ProductRole.Officer, null, null),
        null,
        []);

    public static ZoneSummary Summary(OfficerRecords officer)
    {
        var standing = new StandingEvaluator(TestCatalog.Instance).Evaluate(officer, AsOf);
        var counts = new SummaryCounts(1, 0, 0, 0, 0, 0);
        return new ZoneSummary(OfficerScope.ForZone("Chennai CGST Zone"), AsOf, standing.Cycle, counts,
            [new GroupSummary("cgst chennai north", officer.Officer.Formation!, counts)], [], [standing]);
    }
}
