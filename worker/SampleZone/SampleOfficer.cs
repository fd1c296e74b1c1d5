namespace KarmayogiBot.Worker.SampleZone;

/// <summary>One made-up officer: who they are (the roster's row), what iGOT knows of them, and how far they got.</summary>
public sealed class SampleOfficer
{
    public required string EmployeeCode { get; set; }

    public required string Name { get; init; }

    public required string Email { get; set; }

    public required string Mobile { get; init; }

    public required string AadObjectId { get; init; }

    public required string Zone { get; init; }

    public required string Formation { get; init; }

    public required SampleRole Role { get; init; }

    public required SampleDesignation Designation { get; init; }

    /// <summary>Officer, or Nodal for the zone's nodal officers.</summary>
    public string RoleInProduct { get; set; } = "Officer";

    /// <summary>The role's courses completed on iGOT (names as the model has them).</summary>
    public HashSet<string> Done { get; } = new(StringComparer.Ordinal);

    /// <summary>The role's courses in progress on iGOT.</summary>
    public HashSet<string> Started { get; } = new(StringComparer.Ordinal);

    public bool AssessmentPassed { get; set; }

    /// <summary>The Viksit Bharat course completed (when the role requires it).</summary>
    public bool ExtraCourseDone { get; set; }

    /// <summary>The designation chosen in the iGOT profile ("" for none).</summary>
    public string IgotDesignation { get; set; } = "";

    /// <summary>False for an officer with no iGOT account: absent from both exports.</summary>
    public bool Registered { get; set; } = true;

    /// <summary>The employee code of the officer's reporting officer, when the zone has reporting lines.</summary>
    public string? ReportsTo { get; set; }

    public bool IgotDesignationCorrect => IgotDesignation == Designation.Igot;

    /// <summary>The courses required of the officer: the role's, and the Viksit Bharat course where it applies.</summary>
    public IEnumerable<string> Required(SampleZoneModel model) =>
        Role.ExtraCourse ? [.. Role.Courses.Select(c => c.Name), model.ExtraCourse.Name] : Role.Courses.Select(c => c.Name);

    public IEnumerable<string> Completed(SampleZoneModel model) =>
        ExtraCourseDone && Role.ExtraCourse ? [.. Done, model.ExtraCourse.Name] : Done;

    public bool Compliant(SampleZoneModel model) => AssessmentPassed && Required(model).All(Completed(model).Contains);

    /// <summary>Nothing done on iGOT: the officer has no account, or joined after the reports.</summary>
    public void ForgetIgot()
    {
        Registered = false;
        Done.Clear();
        Started.Clear();
        AssessmentPassed = false;
        ExtraCourseDone = false;
        IgotDesignation = "";
    }
}
