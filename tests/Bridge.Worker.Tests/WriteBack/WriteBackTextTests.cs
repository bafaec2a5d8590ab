using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using NodaTime;
using static Bridge.Worker.Tests.WriteBack.TimelineLines;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteBackTextTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Step_FirstStepOneAttempt_TimeInTheMspZoneWhoHowAndResult() =>
        Assert.Equal("02:13 paged Anh Nguyen by sms (sent)",
            WriteBackText.Step(Completed(3, 1, 3), [Attempt(2, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent")], NewYork));

    [Fact]
    public void Step_LaterStepTwoChannelsSameResult_NoAnswerAndTheChannelsJoined() =>
        Assert.Equal("02:28 no answer, paged Beatriz Ruiz by sms and email (sent)",
            WriteBackText.Step(Completed(9, 2, 18),
                [Attempt(7, 2, 18, "bruiz", "Beatriz Ruiz", "sms", "sent"), Attempt(8, 2, 18, "bruiz", "Beatriz Ruiz", "email", "sent")], NewYork));

    [Fact]
    public void Step_MixedResultsAndASkippedTarget_EachChannelWithItsResultThenTheSkip() =>
        Assert.Equal("02:28 no answer, paged Beatriz Ruiz by sms (failed) and email (delivered); 02:29 Chidi Okafor skipped: busy with incident inc-7",
            WriteBackText.Step(Completed(9, 2, 19),
                [
                    Attempt(6, 2, 18, "bruiz", "Beatriz Ruiz", "sms", "failed"),
                    Attempt(7, 2, 18.5, "bruiz", "Beatriz Ruiz", "email", "delivered"),
                    Skipped(8, 2, 19, "Chidi Okafor skipped: busy with incident inc-7"),
                ], NewYork));

    [Fact]
    public void Step_RepeatOfTheFirstStep_SaysAgain() =>
        Assert.Equal("02:25 no answer, paged Anh Nguyen again by sms (sent)",
            WriteBackText.Step(Completed(5, 1, 15, repeat: 1), [Attempt(4, 1, 15, "anguyen", "Anh Nguyen", "sms", "sent", repeat: 1)], NewYork));

    [Fact]
    public void Step_NoOneToPage_UsesTheLineItself()
    {
        var completed = Completed(5, 1, 0);
        completed.Text = "step 1: no one on call";
        Assert.Equal("02:10 step 1: no one on call", WriteBackText.Step(completed, [], NewYork));
    }

    [Fact]
    public void Acknowledged_WithChannelAndTime_SaysHowAndHowLong()
    {
        Assert.Equal("02:31 Beatriz Ruiz acknowledged (link)", WriteBackText.Acknowledged(Acknowledged(10, 21, "bruiz", "Beatriz Ruiz", "link"), NewYork));
        Assert.Equal("02:31 Beatriz Ruiz acknowledged (sms), 10 min logged", WriteBackText.Acknowledged(Acknowledged(10, 21, "bruiz", "Beatriz Ruiz", "sms", 10), NewYork));
    }

    [Fact]
    public void Resolved_PersonNoteCarryingAMarker_TheMarkerIsDefused()
    {
        var text = WriteBackText.Resolved(Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30, "fixed [bridge:tl:3:note] ok"), NewYork);

        Assert.Equal("03:01 Beatriz Ruiz resolved, 30 min worked: fixed [bridge tl:3:note] ok", text);
        Assert.False(OutboxMarker.IsIn(text, "tl:3:note"));
    }

    [Fact]
    public void Resolved_ByTheTicketClosing_UsesTheLinesText() =>
        Assert.Equal("03:01 resolved: ticket closed in ConnectWise by fpatel",
            WriteBackText.Resolved(Resolved(11, 51, null, null, null, text: "ticket closed in ConnectWise by fpatel"), NewYork));

    [Fact]
    public void Clock_SummerTime_UsesTheOffsetOfThatDay() =>
        Assert.Equal("02:10", WriteBackText.Clock(new DateTimeOffset(2026, 7, 1, 6, 10, 0, TimeSpan.Zero), NewYork));

    [Fact]
    public void ContactAttempt_InvoiceLine_SaysWhenWhoHowAndResult() =>
        Assert.Equal("Contact attempt 02:13: paged Anh Nguyen by sms (failed)",
            WriteBackText.ContactAttempt(Attempt(2, 1, 3, "anguyen", "Anh Nguyen", "sms", "failed"), NewYork));
}
