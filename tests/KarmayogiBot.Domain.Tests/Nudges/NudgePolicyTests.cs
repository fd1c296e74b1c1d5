using System.Globalization;
using KarmayogiBot.Domain.Catalog;
using KarmayogiBot.Domain.Catalog.Loading;
using KarmayogiBot.Domain.Compliance;
using KarmayogiBot.Domain.Nudges;
using KarmayogiBot.Domain.Officers;

namespace KarmayogiBot.Domain.Tests.Nudges;

/// <summary>The policy on real standings (2025-26 plan, last date 31.03.2026) at fixed instants, India time.</summary>
public sealed class NudgePolicyTests
{
    private static readonly TrainingCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly StandingEvaluator Evaluator = new(Catalog);
    private static readonly NudgePolicy Policy = NudgePolicy.Default;

    [Fact]
    public void Decide_CompliantOfficer_NeverNudged()
    {
        var at = At("2026-03-20T11:00");
        var decision = Policy.Decide(Standing(at, completeAll: true), null, false, at);
        Assert.Equal(NudgeOutcome.Compliant, decision.Outcome);
    }

    [Fact]
    public void Decide_PendingNeverNudged_ReminderWithDaysLeftToTheDeadline()
    {
        var at = At("2026-03-20T11:00");
        var decision = Policy.Decide(Standing(at, completeAll: false), null, false, at);
        Assert.Equal((NudgeOutcome.Nudge, NudgeKind.Reminder, 11, new DateOnly(2026, 3, 31)), (decision.Outcome, decision.Kind, decision.DaysLeft, decision.NearestDue));
        Assert.Equal(7, decision.Pending); // six courses and the assessment
        Assert.False(decision.Escalate);
    }

    [Theory]
    [InlineData("2026-03-20T11:00", "2026-03-18", false)] // 11 days left: every 3 days; 2 days since
    [InlineData("2026-03-20T11:00", "2026-03-17", true)]
    [InlineData("2026-03-25T11:00", "2026-03-24", true)]  // 6 days left: daily
    [InlineData("2026-03-25T11:00", "2026-03-25", false)] // at most once a day
    [InlineData("2026-02-16T11:00", "2026-02-10", false)] // 43 days left: weekly
    [InlineData("2026-02-17T11:00", "2026-02-10", true)]
    public void Decide_LastNudged_FollowsTheCadence(string instant, string lastNudged, bool due)
    {
        var at = At(instant);
        var decision = Policy.Decide(Standing(at, completeAll: false), DateOnly.Parse(lastNudged, CultureInfo.InvariantCulture), false, at);
        Assert.Equal(due ? NudgeOutcome.Nudge : NudgeOutcome.NotDue, decision.Outcome);
    }

    [Theory]
    [InlineData("2026-04-13T11:00", NudgeOutcome.Snoozed)] // the day after "Remind me in a week"
    [InlineData("2026-04-17T11:00", NudgeOutcome.Snoozed)] // the sixth day
    [InlineData("2026-04-20T11:00", NudgeOutcome.Nudge)]   // the seventh: nudged again
    public void Decide_RemindMeInAWeek_NotNudgedForSevenDaysThenNudged_AndTheLadderGoesOn(string instant, NudgeOutcome expected)
    {
        var until = NudgePolicy.SnoozedUntil(new DateOnly(2026, 4, 13));
        var at = At(instant);

        var decision = Policy.Decide(Standing(at, completeAll: false), new DateOnly(2026, 4, 6), false, at, snoozedUntil: until);

        Assert.Equal(new DateOnly(2026, 4, 20), until);
        Assert.Equal(expected, decision.Outcome);
        Assert.True(decision.Escalate); // overdue 13+ days: the nodal officer is still told
    }

    [Theory]
    [InlineData("2026-03-20T19:00")]  // evening
    [InlineData("2026-03-21T11:00")]  // Saturday
    public void Decide_NotOfficeTime_Closed(string instant)
    {
        var at = At(instant);
        Assert.Equal(NudgeOutcome.Closed, Policy.Decide(Standing(at, completeAll: false), null, false, at).Outcome);
    }

    [Fact]
    public void Decide_OnAConfiguredHoliday_Closed()
    {
        var holidays = new NudgePolicy(new OfficeCalendar(new TimeOnly(10, 0), new TimeOnly(17, 30), [DayOfWeek.Saturday, DayOfWeek.Sunday], [new DateOnly(2026, 3, 20)]), NudgeCadence.Default, 7);
        var at = At("2026-03-20T11:00");
        Assert.Equal(NudgeOutcome.Closed, holidays.Decide(Standing(at, completeAll: false), null, false, at).Outcome);
    }

    [Theory]
    [InlineData("2026-04-03T11:00", 3, false)]
    [InlineData("2026-04-07T11:00", 7, true)]   // 7 overdue days: the nodal officer is told
    [InlineData("2026-04-13T11:00", 13, true)]
    public void Decide_AfterTheDeadline_OverdueAndEscalatedAfterSevenDays(string instant, int daysOverdue, bool escalate)
    {
        var at = At(instant);
        var decision = Policy.Decide(Standing(at, completeAll: false), null, false, at);
        Assert.Equal((NudgeKind.Overdue, daysOverdue, escalate), (decision.Kind, decision.DaysOverdue, decision.Escalate));
        Assert.Equal(NudgeOutcome.Nudge, decision.Outcome);
    }

    [Fact]
    public void Decide_AlreadyEscalated_NotAgain_AndOverdueNudgesAreWeekly()
    {
        var at = At("2026-04-13T11:00");
        var decision = Policy.Decide(Standing(at, completeAll: false), new DateOnly(2026, 4, 8), alreadyEscalated: true, at);
        Assert.False(decision.Escalate);
        Assert.Equal(NudgeOutcome.NotDue, decision.Outcome);
    }

    [Fact]
    public void Decide_DesignationNotRecognised_RoleUnknownNoNudge()
    {
        var at = At("2026-03-20T11:00");
        var officer = new OfficerRecords(new Officer("X1", "Test Officer", "Chief Wizard", "CGST Chennai North Commissionerate", "Chennai CGST Zone", null, null, null, ProductRole.Officer, null, null), null, []);
        Assert.Equal(NudgeOutcome.RoleUnknown, Policy.Decide(Evaluator.Evaluate(officer, DateOnly.FromDateTime(at.DateTime)), null, false, at).Outcome);
    }

    private static DateTimeOffset At(string india) => DateTimeOffset.Parse(india + ":00+05:30", CultureInfo.InvariantCulture);

    /// <summary>A Superintendent in a CGST commissionerate with every course and the assessment done, or nothing done.</summary>
    private static OfficerStanding Standing(DateTimeOffset at, bool completeAll)
    {
        var day = DateOnly.FromDateTime(at.DateTime);
        var officer = new Officer("CB000001", "Meena Iyer", "Superintendent", "CGST Chennai North Commissionerate", "Chennai CGST Zone", null, null, null, ProductRole.Officer, null, null);
        var empty = Evaluator.Evaluate(new OfficerRecords(officer, null, []), day);
        if (!completeAll)
        {
            return empty;
        }

        var done = new DateOnly(2026, 1, 10);
        var records = empty.Role!.Courses.Select(c => c.Course.Id).Append(empty.Cycle.Assessment!.Course.Id)
            .Concat(empty.Report!.Requirements.Select(r => r.Course.Id)).Distinct()
            .Select(id => new StoredCourseRecord(new CourseRecord(id, CourseProgress.Completed, 100, done), null, "test", new DateTime(2026, 1, 11)))
            .ToList();
        return Evaluator.Evaluate(new OfficerRecords(officer, new IgotProfile(empty.ExpectedIgotDesignations[0], null, null, new DateTime(2026, 1, 11)), records), day);
    }

    /// <summary>After the deadline with no newer plan: by default overdue officers are still nudged; a configured number of days ends it.</summary>
    [Theory]
    [InlineData(-1, "2026-09-30", true)]
    [InlineData(0, "2026-03-31", true)]
    [InlineData(0, "2026-04-01", false)]
    [InlineData(30, "2026-04-30", true)]
    [InlineData(30, "2026-05-01", false)]
    public void NudgesFor_AfterTheDeadline_FollowsClosedCycleNudgeDays(int days, string today, bool nudged)
    {
        var policy = new NudgePolicy(OfficeCalendar.Default, NudgeCadence.Default, 7) { ClosedCycleNudgeDays = days };

        Assert.Equal(nudged, policy.NudgesFor(new DateOnly(2026, 3, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
