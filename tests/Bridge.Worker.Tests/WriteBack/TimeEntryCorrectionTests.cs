using Bridge.Worker.WriteBack;
using Bridge.Worker.WriteBack.TimeEntries;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class TimeEntryCorrectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Version = new(2026, 3, 3, 7, 5, 12, TimeSpan.Zero);

    private static TimeEntryReview Mismatch() => new()
    {
        Id = 88, TicketId = 42, Member = "cokafor", Billing = "after-hours ×1.5", WorkType = "Regular", ExpectedWorkType = "After Hours", Verdict = TimeEntryVerdict.Mismatch,
    };

    [Fact]
    public void Record_Mismatch_PendingWorkTypeRecordOnTheEntrysTicket_WithWhatTheReviewSaw()
    {
        var record = TimeEntryCorrection.Record(Mismatch(), Version, Now);

        Assert.Equal(("te:88:1772521512:worktype", OutboxKind.TimeEntryWorkType, 42, OutboxState.Pending, Now), (record.Key, record.Kind, record.TicketId, record.State, record.NextAttemptAt));
        Assert.Equal(new TimeEntryWorkTypeWrite(88, "Regular", "After Hours"), WriteBackJson.Read<TimeEntryWorkTypeWrite>(record));
        Assert.Equal("work type of time entry 88 (cokafor, after-hours ×1.5): Regular → After Hours", record.Summary);
    }

    [Fact]
    public void Record_SameVersionReadAgain_SameKey_AnotherVersion_AnotherKey()
    {
        var first = TimeEntryCorrection.Record(Mismatch(), Version, Now);

        Assert.Equal(first.Key, TimeEntryCorrection.Record(Mismatch(), Version, Now.AddMinutes(5)).Key);
        Assert.NotEqual(first.Key, TimeEntryCorrection.Record(Mismatch(), Version.AddMinutes(1), Now).Key);
    }

    [Fact]
    public void Record_NoExpectedWorkType_Refused() =>
        Assert.Throws<ArgumentException>(() => TimeEntryCorrection.Record(new TimeEntryReview { Id = 1 }, Version, Now));

    [Fact]
    public void Options_FirstRunWindow_SevenDaysByDefault_AndBounded()
    {
        var options = new WriteBackOptions();
        Assert.Equal(TimeSpan.FromDays(7), options.TimeEntries.FirstRunWindow);

        options.TimeEntries.FirstRunWindow = TimeSpan.FromDays(400);
        var failures = new WriteBackOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("FirstRunWindow", StringComparison.Ordinal));
    }
}
