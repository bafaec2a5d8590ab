using Bridge.Worker.Access.Audit;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Access;

public abstract class AuditStoreTests(StorageProvider provider) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly StateFile _state = new(T0, provider);

    private AuditStore Store(TimeSpan? retention = null)
    {
        var store = new AuditStore(_state.Database, _clock, new TestOptionsMonitor<AuditOptions>(new AuditOptions { AuditRetention = retention ?? TimeSpan.FromDays(400) }), NullLogger<AuditStore>.Instance);
        _state.Database.Write(store.Prepare);
        return store;
    }

    [Fact]
    public void Find_NewestFirst_WithTheTimeOfEachRecordAndTheLimit()
    {
        var store = Store();
        store.Record(new AuditEvent("alice", "override.added", "schedule after-hours", "swap", "web"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        store.Record(new AuditEvent("dschmidt", "incident.acknowledged", "incident 1", Via: "sms"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        store.Record(new AuditEvent("alice", "feed.rotated", "schedule after-hours"));

        var all = store.Find(new AuditQuery());
        var two = store.Find(new AuditQuery(Limit: 2));

        Assert.Equal(["feed.rotated", "incident.acknowledged", "override.added"], all.Select(e => e.Action));
        Assert.Equal([T0.AddMinutes(10), T0.AddMinutes(5), T0], all.Select(e => e.At));
        Assert.Equal(("alice", "schedule after-hours", "swap", "web"), (all[2].Actor, all[2].Subject, all[2].Detail, all[2].Via));
        Assert.Equal(["feed.rotated", "incident.acknowledged"], two.Select(e => e.Action));
    }

    [Fact]
    public void Find_ByActorAndActionPrefix_OnlyThoseAndActorWithoutRegardToCase()
    {
        var store = Store();
        store.Record(new AuditEvent("alice", "override.added", "schedule after-hours"));
        store.Record(new AuditEvent("dschmidt", "incident.acknowledged", "incident 1", Via: "web"));
        store.Record(new AuditEvent("dschmidt", "incident.resolved", "incident 1", Via: "web"));
        store.Record(new AuditEvent("alice", "incident.escalated", "incident 2", Via: "web"));

        Assert.Equal(["incident.resolved", "incident.acknowledged"], store.Find(new AuditQuery(Actor: "DSchmidt")).Select(e => e.Action));
        Assert.Equal(["incident.escalated", "incident.resolved", "incident.acknowledged"], store.Find(new AuditQuery(ActionPrefix: "incident.")).Select(e => e.Action));
        Assert.Equal(["incident.escalated"], store.Find(new AuditQuery(Actor: "alice", ActionPrefix: "incident")).Select(e => e.Action));
        Assert.Empty(store.Find(new AuditQuery(Actor: "nobody")));
    }

    [Fact]
    public void Sweep_DeletesOnlyEntriesOlderThanTheRetention()
    {
        var store = Store(TimeSpan.FromDays(30));
        store.Record(new AuditEvent("alice", "override.added", "schedule after-hours"));
        _clock.Advance(TimeSpan.FromDays(20));
        store.Record(new AuditEvent("bob", "outbox.retried", "outbox record 3"));
        _clock.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, store.Sweep()); // exactly 30 days old: still kept
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, store.Sweep());
        Assert.Equal(["bob"], store.Find(new AuditQuery()).Select(e => e.Actor));
        Assert.Equal(0, store.Sweep());
    }

    [Theory]
    [InlineData(null, null, null, AuditQuery.DefaultLimit, null, null)]
    [InlineData(" alice ", "  ", 0, 1, "alice", null)]
    [InlineData("", " incident. ", 999999, AuditQuery.MaxLimit, null, "incident.")]
    public void From_BlanksMeanAnyAndTheLimitStaysInBounds(string? actor, string? action, int? limit, int expectedLimit, string? expectedActor, string? expectedAction)
    {
        Assert.Equal(new AuditQuery(expectedLimit, expectedActor, expectedAction), AuditQuery.From(actor, action, limit));
    }

    [Fact]
    public void Options_DefaultIs400Days_AndARetentionUnderADayIsRefused()
    {
        var validator = new AuditOptionsValidator();

        Assert.Equal(TimeSpan.FromDays(400), new AuditOptions().AuditRetention);
        Assert.True(validator.Validate(null, new AuditOptions()).Succeeded);
        var refused = validator.Validate(null, new AuditOptions { AuditRetention = TimeSpan.FromHours(2) });
        Assert.True(refused.Failed);
        Assert.Contains("AuditRetention", refused.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class AuditStoreOnLiteDbTests() : AuditStoreTests(StorageProvider.LiteDb);

public sealed class AuditStoreOnPostgreSqlTests() : AuditStoreTests(StorageProvider.PostgreSql);
