using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Designations;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>Judges officers against one cycle; designations are resolved once per distinct designation and formation.</summary>
public sealed class OfficerAssessor
{
    private readonly TrainingCatalog _catalog;
    private readonly DesignationResolver _resolver;
    private readonly Dictionary<(string Designation, string? Formation, Wing? Wing), (DesignationResolution Resolution, Placement? Placement, Level? Level)> _placements = new();

    public OfficerAssessor(TrainingCatalog catalog, Cycle cycle)
    {
        _catalog = catalog;
        Cycle = cycle;
        _resolver = new DesignationResolver(catalog, cycle);
    }

    public Cycle Cycle { get; }

    public OfficerStanding Assess(OfficerRecords officer, DateOnly asOf)
    {
        var key = (officer.Officer.Designation, officer.Officer.Formation, officer.Officer.Wing);
        if (!_placements.TryGetValue(key, out var placed))
        {
            var resolution = _resolver.Resolve(officer.Officer.Designation, officer.Officer.Formation, officer.Officer.Wing);
            placed = resolution switch
            {
                ResolvedDesignation r => (resolution, r.Placement, r.Placement.Designation.Level),
                AmbiguousDesignation a => (resolution, null, a.Designation.Level),
                _ => (resolution, null, null),
            };
            _placements[key] = placed;
        }

        ComplianceReport? report = null;
        if (placed.Level is { } level)
        {
            var records = new CourseRecord[officer.Records.Count];
            for (var i = 0; i < records.Length; i++)
            {
                records[i] = officer.Records[i].Record;
            }

            report = ComplianceEvaluator.Evaluate(Cycle, new OfficerPlacement(placed.Placement?.Role, level), records, asOf, _catalog);
        }

        return new OfficerStanding(officer.Officer, officer.Profile, Cycle, asOf, placed.Resolution, placed.Placement, report);
    }
}
