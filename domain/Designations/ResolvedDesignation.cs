using KarmayogiBot.Domain.Catalog;

namespace KarmayogiBot.Domain.Designations;

/// <summary>The designation's role in the cycle and the iGOT drop-down entry to select.</summary>
/// <param name="Wing">The wing that decided the role; null when the designation's role does not depend on it.</param>
/// <param name="Fuzzy">The designation was recognised despite a spelling mistake.</param>
/// <param name="Reading">The product's reading of a formation the circulars do not place plainly, when the officer is posted in one.</param>
public sealed record ResolvedDesignation(string Input, Placement Placement, Wing? Wing, bool Fuzzy, FormationReading? Reading = null) : DesignationResolution(Input)
{
    public Role Role => Placement.Role;

    public Designation Designation => Placement.Designation;
}
