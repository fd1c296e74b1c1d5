using System.Buffers;
using System.Text;

namespace KarmayogiBot.Infrastructure.Reports;

/// <summary>
/// A defaulter (<see cref="DefaulterRow"/>) as UTF-8 text, valid only in the call it is handed to: read straight from
/// the store's memory where it can be, so that writing every defaulter of 100,000 officers makes no string a row.
/// </summary>
/// <param name="Pending">The counted courses not done, course ids separated by commas.</param>
public readonly ref struct DefaulterText(
    ReadOnlySpan<byte> employeeCode,
    ReadOnlySpan<byte> name,
    ReadOnlySpan<byte> designation,
    ReadOnlySpan<byte> formation,
    bool hasFormation,
    ReadOnlySpan<byte> roleId,
    bool hasRole,
    ReadOnlySpan<byte> pending,
    bool assessmentPassed,
    bool designationCorrect,
    bool overdue)
{
    public delegate void Visitor(DefaulterText defaulter);

    public ReadOnlySpan<byte> EmployeeCode { get; } = employeeCode;

    public ReadOnlySpan<byte> Name { get; } = name;

    public ReadOnlySpan<byte> Designation { get; } = designation;

    /// <summary>Empty when <see cref="HasFormation"/> is false.</summary>
    public ReadOnlySpan<byte> Formation { get; } = formation;

    public bool HasFormation { get; } = hasFormation;

    /// <summary>Empty when <see cref="HasRole"/> is false (the designation gave no role).</summary>
    public ReadOnlySpan<byte> RoleId { get; } = roleId;

    public bool HasRole { get; } = hasRole;

    /// <summary>The counted courses not done, course ids separated by commas (the assessment apart).</summary>
    public ReadOnlySpan<byte> Pending { get; } = pending;

    public bool AssessmentPassed { get; } = assessmentPassed;

    public bool DesignationCorrect { get; } = designationCorrect;

    public bool Overdue { get; } = overdue;

    /// <summary>Hands each row to <paramref name="action"/> as text, encoded into one buffer reused row after row.</summary>
    public static void ForEach(IEnumerable<DefaulterRow> defaulters, Visitor action)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Span<Range> ranges = stackalloc Range[6];
        foreach (var d in defaulters)
        {
            buffer.ResetWrittenCount();
            var fields = (ReadOnlySpan<string>)[d.EmployeeCode, d.Name, d.Designation, d.Formation ?? "", d.RoleId ?? "", d.Pending];
            for (var i = 0; i < fields.Length; i++)
            {
                var start = buffer.WrittenCount;
                buffer.Advance(Encoding.UTF8.GetBytes(fields[i], buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(fields[i].Length))));
                ranges[i] = start..buffer.WrittenCount;
            }

            var text = buffer.WrittenSpan;
            action(new DefaulterText(
                text[ranges[0]], text[ranges[1]], text[ranges[2]], text[ranges[3]], d.Formation is not null, text[ranges[4]], d.RoleId is not null,
                text[ranges[5]], d.AssessmentPassed, d.DesignationCorrect, d.Overdue));
        }
    }
}
