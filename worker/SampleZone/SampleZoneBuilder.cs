using System.Globalization;
using System.Text;
using Bogus;

namespace KarmayogiBot.Worker.SampleZone;

/// <summary>Makes a <see cref="GeneratedZone"/> from the model and a request: the same request always gives the same zone.</summary>
public static class SampleZoneBuilder
{
    private const int NodalOfficers = 2;

    public static GeneratedZone Build(SampleZoneModel model, SampleZoneRequest request)
    {
        var officers = Officers(model, request.Seed, SampleStream.Officer, request.Officers, request.Zone, i => Code("CB", i + 1), (name, i) => Email(name, (i + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var officer in officers.Where(o => o.Role.Nodal).Take(NodalOfficers))
        {
            officer.RoleInProduct = "Nodal";
        }

        if (request.Unregistered > 0)
        {
            for (var i = 0; i < officers.Count; i++)
            {
                if (officers[i].RoleInProduct == "Officer" && SampleRandom.For(request.Seed, SampleStream.Unregistered, i).Chance(request.Unregistered))
                {
                    officers[i].ForgetIgot();
                }
            }
        }

        var others = Officers(model, request.Seed, SampleStream.OtherZoneOfficer, request.OtherZoneOfficers, model.OtherZone, i => Code("MX", i + 1), (name, i) => Email(name, $"x{i + 1}"));
        var joiners = Officers(model, request.Seed, SampleStream.Joiner, request.Transfers, request.Zone, i => Code("CB", request.Officers + i + 1), (name, i) => Email(name, (request.Officers + i + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var joiner in joiners)
        {
            joiner.ForgetIgot(); // not on iGOT yet
        }

        var leavers = officers.Where(o => o.RoleInProduct == "Officer" && o.Registered).ToList();
        SampleRandom.For(request.Seed, SampleStream.Leavers, 0).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(leavers));
        if (request.Supervisors)
        {
            AssignReportingOfficers([.. officers, .. joiners], request.Seed);
        }

        return new GeneratedZone(model, request, officers, others, joiners, leavers.Take(request.Transfers).ToList());
    }

    private static List<SampleOfficer> Officers(SampleZoneModel model, int seed, SampleStream stream, int count, string zone, Func<int, string> code, Func<string, int, string> email)
    {
        var names = new Bogus.DataSets.Name("en_IND");
        var weights = model.Roles.Sum(r => r.Share);
        var officers = new List<SampleOfficer>(count);
        for (var i = 0; i < count; i++)
        {
            var random = SampleRandom.For(seed, stream, i);
            var role = PickRole(model.Roles, random.Next(weights));
            var designation = random.Pick(role.Designations);
            names.Random = new Randomizer(random.Next());
            var name = $"{names.FirstName()} {names.LastName()}";
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var officer = new SampleOfficer
            {
                EmployeeCode = code(i),
                Name = name,
                Email = email(name, i),
                Mobile = "9" + random.Next(0, 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture),
                AadObjectId = AadObjectId(bytes).ToString(),
                Zone = zone,
                Formation = random.Pick(model.FormationsOf(role.Wing, zone)),
                Role = role,
                Designation = designation,
            };
            Progress(officer, model.Progress, random);
            officers.Add(officer);
        }

        return officers;
    }

    private static SampleRole PickRole(IReadOnlyList<SampleRole> roles, int draw)
    {
        foreach (var role in roles)
        {
            if (draw < role.Share)
            {
                return role;
            }

            draw -= role.Share;
        }

        return roles[^1];
    }

    /// <summary>How far the officer got: a profile, then each course, the assessment, the extra course, the iGOT designation.</summary>
    private static void Progress(SampleOfficer officer, SampleProgress progress, Random random)
    {
        var draw = random.NextDouble();
        var profile = progress.Profiles.SkipWhile(p => (draw -= p.Share) >= 0).FirstOrDefault() ?? progress.Profiles[^1];
        foreach (var course in officer.Role.Courses)
        {
            if (random.Chance(profile.CourseDone))
            {
                officer.Done.Add(course.Name);
            }
            else if (random.Chance(progress.Started))
            {
                officer.Started.Add(course.Name);
            }
        }

        officer.AssessmentPassed = officer.Done.Count == officer.Role.Courses.Count && random.Chance(progress.AssessmentPassed);
        officer.ExtraCourseDone = officer.Role.ExtraCourse && random.Chance(progress.ExtraCourseDone);
        var designation = random.NextDouble();
        officer.IgotDesignation = designation < progress.DesignationIgot ? officer.Designation.Igot
            : designation < progress.DesignationIgot + progress.DesignationRoster ? officer.Designation.Roster
            : "";
    }

    /// <summary>Each officer reports to one of the nearest seniors in their formation, else to a Commissioner; the most senior to no one.</summary>
    private static void AssignReportingOfficers(IReadOnlyList<SampleOfficer> officers, int seed)
    {
        var byFormation = officers.ToLookup(o => o.Formation, StringComparer.Ordinal);
        var top = officers.Where(o => o.Designation.Rank == 0).ToList();
        for (var i = 0; i < officers.Count; i++)
        {
            var officer = officers[i];
            var random = SampleRandom.For(seed, SampleStream.Supervisors, i);
            var seniors = byFormation[officer.Formation].Where(o => o.Designation.Rank < officer.Designation.Rank).ToList();
            if (seniors.Count > 0)
            {
                var nearest = seniors.Max(o => o.Designation.Rank);
                officer.ReportsTo = random.Pick(seniors.Where(o => o.Designation.Rank == nearest).ToList()).EmployeeCode;
            }
            else if (officer.Designation.Rank > 0 && top.Count > 0)
            {
                officer.ReportsTo = random.Pick(top).EmployeeCode;
            }
        }
    }

    private static string Code(string prefix, int number) => prefix + number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>first.last.suffix@example.gov.in, letters only (the example domain: nobody's real address).</summary>
    private static string Email(string name, string suffix)
    {
        var local = new StringBuilder();
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            local.Append(part.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray()).Append('.');
        }

        return $"{local}{suffix}@example.gov.in";
    }

    private static Guid AadObjectId(byte[] bytes)
    {
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
