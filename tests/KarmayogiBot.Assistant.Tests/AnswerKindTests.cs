namespace KarmayogiBot.Assistant.Tests;

/// <summary>How a turn was read and what kind of answer went out, as the question log keeps them.</summary>
public sealed class AnswerKindTests
{
    private readonly AssistantHarness _harness = new();

    [Theory]
    [InlineData("I am an Inspector at JNCH. My courses?", "Courses", AnswerKind.Answered)]
    [InlineData("my courses", "Courses", AnswerKind.Clarify)]
    [InlineData("What is the pass mark for the comprehensive assessment?", "OpenQuestion:pass-mark", AnswerKind.CircularsDoNotSay)]
    [InlineData("What is the 2026-27 plan?", "NoPlan:2026-27", AnswerKind.CircularsDoNotSay)]
    [InlineData("Will it rain in Chennai tomorrow?", "Unknown", AnswerKind.NotUnderstood)]
    [InlineData("I am a Superintendent. My courses?", "Courses", AnswerKind.Clarify)]
    [InlineData("Has my colleague Suresh Kumar passed his comprehensive assessment?", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("Show the course progress of Inspector Anil Sharma, CGST Jaipur", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("शर्मा जी ने अपने कोर्स पूरे किए या नहीं, बताइए", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("mere AC sahab ka iGOT status batao", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("Did Priya Nair complete her courses?", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("Has my PA completed her assessment?", "OtherOfficer", AnswerKind.Refused)]
    [InlineData("Will I be suspended if I don't pass the assessment?", "OpenQuestion:disciplinary", AnswerKind.CircularsDoNotSay)]
    [InlineData("Do I have to do the six courses in a particular order?", "OpenQuestion:course-order", AnswerKind.CircularsDoNotSay)]
    [InlineData("Can I get special leave to complete the mandated courses?", "OpenQuestion:leave-for-courses", AnswerKind.CircularsDoNotSay)]
    [InlineData("The 2025-26 plan ended in March. Is a new training plan out?", "NoPlan:2026-27", AnswerKind.CircularsDoNotSay)]
    public async Task ReplyAsync_Question_ReadingAndKindAsAnswered(string question, string reading, AnswerKind kind)
    {
        var reply = await _harness.Assistant.ReplyAsync(new AssistantRequest(new UserIdentity("u1", null, null, null, null), null, question, null, _harness.Today));

        Assert.Equal((question, reading, kind), (reply.Asked, reply.Reading, reply.Kind));
    }

    [Fact]
    public async Task ReplyAsync_AnotherOfficersStatus_RefusedAndTheNameGivenForTheLogToLeaveOut()
    {
        var officer = _harness.AddOfficer("CB1", "Inspector", "CGST Chennai North Commissionerate");

        var reply = await _harness.Assistant.ReplyAsync(new AssistantRequest(
            new UserIdentity(officer.AadObjectId!, officer.Name, officer.Email, officer.Email, officer.AadObjectId), officer, "What is Rahul Verma's status?", null, _harness.Today));

        Assert.Equal(("OtherOfficer", AnswerKind.Refused, "Rahul Verma"), (reply.Reading, reply.Kind, reply.NamedOfficer));
    }
}
