using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Shifts;
using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.Escalation.Shifts;

/// <summary>
/// Handoff notices and gap warnings over the shipped configuration, through the real lanes to fake channels. The
/// after-hours rotation has Erik Johansson on call the week of 30 November 2026; Farah Patel is the dispatcher.
/// The shipped schedule has no gap, so the gap tests add a required hour its rotation does not cover: Fridays 16:00–17:00.
/// </summary>
public sealed class ShiftNoticesTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> FridayHourUncovered = new()
    {
        ["OnCall:Schedules:0:Coverage:2:Days:0"] = "Friday",
        ["OnCall:Schedules:0:Coverage:2:From"] = "16:00",
        ["OnCall:Schedules:0:Coverage:2:To"] = "17:00",
    };

    private EscalationFixture _bridge = new(Ny(2026, 12, 1, 15, 59));
    private int _seen;

    private ShiftNotices Runner => _bridge.Get<ShiftNotices>();

    /// <summary>Moves the clock to <paramref name="at"/>, runs one check, delivers; returns what reached a channel (member, text).</summary>
    private async Task<List<(string Member, string Text)>> CheckAtAsync(DateTimeOffset at)
    {
        if (at > _bridge.Time.GetUtcNow())
        {
            _bridge.Time.SetUtcNow(at);
        }

        await Runner.CheckAsync(CancellationToken.None);
        return await DeliveredAsync();
    }

    private async Task<List<(string Member, string Text)>> DeliveredAsync()
    {
        await _bridge.CollectAsync();
        var pages = _bridge.Pages(_bridge.Time.GetUtcNow());
        var fresh = pages.Skip(_seen).Select(p => (p.Member, p.Page.Body)).ToList();
        _seen = pages.Count;
        return fresh;
    }

    private void Configure(Dictionary<string, string?> settings)
    {
        var configuration = (IConfigurationRoot)_bridge.Get<IConfiguration>();
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        configuration.Reload();
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private IReadOnlyList<PageRequest> GapNotices => _bridge.Get<NoticeSender>().Sent("gap:", 50);

    private static List<(string Member, string Text)> About(IEnumerable<(string Member, string Text)> sent, string day) =>
        sent.Where(s => s.Text.Contains(day, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Handoff_IncomingPerson_ToldAt1600NotAt1559_AgainAtTheStart_NothingTwice()
    {
        Assert.Empty(await CheckAtAsync(Ny(2026, 12, 1, 15, 59)));

        var before = await CheckAtAsync(Ny(2026, 12, 1, 16, 0));
        var again = await CheckAtAsync(Ny(2026, 12, 1, 16, 30));
        var atStart = await CheckAtAsync(Ny(2026, 12, 1, 17, 0));
        var later = await CheckAtAsync(Ny(2026, 12, 1, 17, 5));

        Assert.Equal([("ejohansson", "You are on call for after-hours from 17:00 until tomorrow 08:00.")], before);
        Assert.Empty(again);
        Assert.Equal([("ejohansson", "You are on call for after-hours now, from 17:00 until tomorrow 08:00.")], atStart);
        Assert.Empty(later);
        Assert.All(_bridge.Sms.Sent, s => Assert.True(s.Page.IsNotice));
    }

    [Fact]
    public async Task Handoff_FridayEvening_OneStretchUntilMonday_FirstContactOnly()
    {
        _bridge.Sms.Then(Bridge.Connectors.Notifications.DeliveryResult.Failed("unreachable", transient: false));

        var sent = await CheckAtAsync(Ny(2026, 12, 4, 16, 0));

        Assert.Equal([("ejohansson", "You are on call for after-hours from 17:00 until Monday 08:00.")], sent);
        Assert.Empty(_bridge.Email.Sent);
    }

    [Fact]
    public async Task Handoff_BridgeDownAllEvening_NoStaleNoticeAt2300()
    {
        Assert.Empty(await CheckAtAsync(Ny(2026, 12, 1, 23, 0)));
    }

    [Fact]
    public async Task Handoff_OverrideForTheNight_TheSubstituteIsTold()
    {
        var (added, problems) = _bridge.Get<OnCallOverrides>().Add("after-hours", new OverrideRequest("bruiz", "ejohansson", "2026-12-01 17:00", "2026-12-02 08:00"));
        Assert.Empty(problems);

        var sent = await CheckAtAsync(Ny(2026, 12, 1, 16, 0));

        Assert.NotNull(added);
        Assert.Equal([("bruiz", "You are on call for after-hours from 17:00 until tomorrow 08:00.")], sent);
    }

    [Fact]
    public async Task Handoff_PersonInChicago_TimesOnTheirOwnClock()
    {
        _bridge.Get<OnCallOverrides>().Add("after-hours", new OverrideRequest("dschmidt", null, "2026-12-01 17:00", "2026-12-02 08:00"));

        var sent = await CheckAtAsync(Ny(2026, 12, 1, 16, 0));

        Assert.Equal([("dschmidt", "You are on call for after-hours from 16:00 until tomorrow 07:00.")], sent);
        Assert.Empty(_bridge.Slack.Sent);
    }

    [Fact]
    public async Task Gap_WarnedToTheDispatcherSevenDaysAheadAndOneDayAhead_OnceEach()
    {
        await UseFixtureAsync(Ny(2026, 11, 27, 15, 59), FridayHourUncovered);

        var at1559 = About(await CheckAtAsync(Ny(2026, 11, 27, 15, 59)), "4 December");
        var sevenDays = About(await CheckAtAsync(Ny(2026, 11, 27, 16, 0)), "4 December");
        var sameDay = About(await CheckAtAsync(Ny(2026, 11, 27, 16, 1)), "4 December");
        var dayBeforeBut1 = About(await CheckAtAsync(Ny(2026, 12, 3, 15, 59)), "4 December");
        var oneDay = About(await CheckAtAsync(Ny(2026, 12, 3, 16, 0)), "4 December");
        var after = About(await CheckAtAsync(Ny(2026, 12, 3, 18, 0)), "4 December");

        const string Warning = "after-hours has nobody on call Friday 4 December 16:00 – 17:00 (1 h). Fill it with an override: "
            + "bridge oncall override --schedule after-hours --person MEMBER --from \"2026-12-04 16:00\" --to \"2026-12-04 17:00\" "
            + "(times on the schedule's clock, America/New_York).";
        Assert.Empty(at1559);
        Assert.Equal([("fpatel", Warning)], sevenDays);
        Assert.Empty(sameDay);
        Assert.Empty(dayBeforeBut1);
        Assert.Equal([("fpatel", Warning)], oneDay);
        Assert.Empty(after);
        Assert.Contains(GapNotices, n => n.Send.EndsWith(":7d", StringComparison.Ordinal) && n.Send.Contains("2026-12-04T21:00", StringComparison.Ordinal));
        Assert.Contains(GapNotices, n => n.Send.EndsWith(":1d", StringComparison.Ordinal) && n.Send.Contains("2026-12-04T21:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gap_AnOverrideFillsIt_NeverWarned()
    {
        await UseFixtureAsync(Ny(2026, 11, 27, 12, 0), FridayHourUncovered);
        _bridge.Get<OnCallOverrides>().Add("after-hours", new OverrideRequest("cokafor", null, "2026-12-04 16:00", "2026-12-04 17:00"));

        var weekBefore = await CheckAtAsync(Ny(2026, 11, 27, 16, 0));
        var dayBefore = await CheckAtAsync(Ny(2026, 12, 3, 16, 0));

        Assert.Empty(About(weekBefore, "4 December"));
        Assert.Empty(About(dayBefore, "4 December"));
    }

    [Fact]
    public async Task Gap_AReloadOpensOne_WarnedAtOnceByTheRunningService()
    {
        await UseFixtureAsync(Ny(2026, 11, 30, 12, 0));
        await Runner.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(200);
            Assert.Empty(GapNotices);

            // The clock stands still: only the reload's signal can wake the check.
            Configure(FridayHourUncovered);
            await UntilAsync(() => GapNotices.Count > 0);
        }
        finally
        {
            await Runner.StopAsync(CancellationToken.None);
        }

        var (member, text) = Assert.Single(await DeliveredAsync());
        Assert.Equal("fpatel", member);
        Assert.StartsWith("after-hours has nobody on call Friday 4 December 16:00 – 17:00 (1 h).", text);
    }

    [Fact]
    public async Task Gap_AnOverrideLeavesPartOfIt_TheNewGapWarnedAtOnceByTheRunningService()
    {
        await UseFixtureAsync(Ny(2026, 11, 30, 12, 0), FridayHourUncovered);
        await Runner.StartAsync(CancellationToken.None);
        try
        {
            await UntilAsync(() => GapNotices.Count == 1);
            _bridge.Get<OnCallOverrides>().Add("after-hours", new OverrideRequest("cokafor", null, "2026-12-04 16:00", "2026-12-04 16:30"));
            await UntilAsync(() => GapNotices.Count == 2);
        }
        finally
        {
            await Runner.StopAsync(CancellationToken.None);
        }

        var sent = await DeliveredAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.Equal("fpatel", s.Member));
        Assert.StartsWith("after-hours has nobody on call Friday 4 December 16:00 – 17:00 (1 h).", sent[0].Text);
        Assert.StartsWith("after-hours has nobody on call Friday 4 December 16:30 – 17:00 (30 min).", sent[1].Text);
    }

    [Fact]
    public async Task Gap_AnOverrideLeavesAnEveningUncovered_WarnedAtOnceByTheRunningService()
    {
        await UseFixtureAsync(Ny(2026, 11, 30, 12, 0));
        await Runner.StartAsync(CancellationToken.None);
        try
        {
            // Erik Johansson is off on Wednesday evening and nobody covers him: the override opens a gap.
            var (added, problems) = _bridge.Get<OnCallOverrides>().Add("after-hours", new OverrideRequest(OnCallOverride.Nobody, "ejohansson", "2026-12-02 20:00", "2026-12-02 23:00"));
            Assert.Empty(problems);
            Assert.True(added!.IsNobody);
            await UntilAsync(() => GapNotices.Count == 1);
        }
        finally
        {
            await Runner.StopAsync(CancellationToken.None);
        }

        var (member, text) = Assert.Single(await DeliveredAsync());
        Assert.Equal("fpatel", member);
        Assert.StartsWith("after-hours has nobody on call Wednesday 2 December 20:00 – 23:00 (3 h).", text);
        Assert.Null(_bridge.OnCall.WhoIsOnCall("after-hours", Ny(2026, 12, 2, 21, 0)).Person);
    }

    private async Task UseFixtureAsync(DateTimeOffset start, Dictionary<string, string?>? settings = null)
    {
        await _bridge.DisposeAsync();
        _bridge = new EscalationFixture(start, settings);
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();
}
