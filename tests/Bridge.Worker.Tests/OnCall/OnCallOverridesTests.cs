using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallOverridesTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(Ny(2025, 1, 7, 9));
    private readonly OnCallModel _model = Compile(Options(Weekly("primary", "alice", "bob")));

    private BridgeDatabase OpenDatabase() =>
        new(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Path = "data/oncall.db" }),
            new BridgeEnvironment(_dir.Path), _time, NullLogger<BridgeDatabase>.Instance);

    private readonly OnCallChanges _changes = new(new TestOptionsMonitor<OnCallOptions>(new OnCallOptions()));

    private OnCallOverrides Overrides(BridgeDatabase database) =>
        new(new OnCallResolver(_model, store: null), new OnCallOverrideRepository(database), _changes, _time, NullLogger<OnCallOverrides>.Instance);

    [Fact]
    public void Add_Stored_SaysTheAnswersChanged()
    {
        using var database = OpenDatabase();
        var raised = 0;
        using var listening = _changes.Subscribe(() => raised++);

        Overrides(database).Add("main", new OverrideRequest("sub", null, "2025-01-08 12:00", "2025-01-09 12:00"));
        Overrides(database).Add("main", new OverrideRequest("nobody-known", null, "2025-01-08 12:00", "2025-01-09 12:00"));

        Assert.Equal(1, raised);
    }

    [Fact]
    public void StoredOverrideForSomeoneSinceRemovedFromPeople_IsAGapNotCoverage()
    {
        using var database = OpenDatabase();
        Overrides(database).Add("main", new OverrideRequest("sub", "alice", "2025-01-08 12:00", "2025-01-09 12:00"));

        // The configuration reloaded without "sub": the stored override stays, naming nobody the bridge can page.
        var options = Options(Weekly("primary", "alice", "bob"));
        options.People.RemoveAll(p => p.Member == "sub");
        var resolver = new OnCallResolver(Compile(options), new OnCallOverrideRepository(database));

        Assert.Null(resolver.WhoIsOnCall("main", Ny(2025, 1, 8, 18)).Person);
        var gap = Assert.Single(resolver.Gaps("main", Ny(2025, 1, 8, 0), Ny(2025, 1, 10, 0)));
        Assert.Equal((Ny(2025, 1, 8, 12), Ny(2025, 1, 9, 12)), (gap.Start, gap.End));
    }

    [Fact]
    public void Add_Nobody_LeavesTheTimeUncovered()
    {
        using var database = OpenDatabase();

        var (added, problems) = Overrides(database).Add("main", new OverrideRequest(OnCallOverride.Nobody, "alice", "2025-01-08 12:00", "2025-01-08 18:00"));
        var resolver = new OnCallResolver(_model, new OnCallOverrideRepository(database));

        Assert.Empty(problems);
        Assert.True(added!.IsNobody);
        Assert.Null(resolver.WhoIsOnCall("main", Ny(2025, 1, 8, 13)).Person);
        Assert.Equal("alice", resolver.WhoIsOnCall("main", Ny(2025, 1, 8, 19)).Person?.Member);
        Assert.Single(resolver.Gaps("main", Ny(2025, 1, 8, 0), Ny(2025, 1, 9, 0)));
    }

    [Fact]
    public void Add_ValidRequest_StoredAndChangesWhoIsOnCallAfterReopening()
    {
        using (var database = OpenDatabase())
        {
            var (added, problems) = Overrides(database).Add("main", new OverrideRequest("sub", "alice", "2025-01-08 12:00", "2025-01-09 12:00", "dentist"));

            Assert.Empty(problems);
            Assert.Equal(Ny(2025, 1, 8, 12), added!.From);
            Assert.Equal(_time.GetUtcNow(), added.CreatedAt);
        }

        using var reopened = OpenDatabase();
        var resolver = new OnCallResolver(_model, new OnCallOverrideRepository(reopened));
        var answer = resolver.WhoIsOnCall("main", Ny(2025, 1, 8, 18));

        Assert.Equal("sub", answer.Person?.Member);
        Assert.Equal(OnCallSourceKind.Override, answer.Source.Kind);
        Assert.Equal("alice", resolver.WhoIsOnCall("main", Ny(2025, 1, 9, 12)).Person?.Member);
        Assert.Equal("dentist", Assert.Single(resolver.Overrides("main")).Note);
    }

    [Fact]
    public void Add_UnknownPeopleAndBackwardsPeriod_RefusedWithEveryReason()
    {
        using var database = OpenDatabase();

        var (added, problems) = Overrides(database).Add("main", new OverrideRequest("ghost", "phantom", "2025-01-09 12:00", "2025-01-08 12:00"));

        Assert.Null(added);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'phantom'", StringComparison.Ordinal));
        Assert.Contains("to must be after from.", problems);
        Assert.Empty(new OnCallOverrideRepository(database).ForSchedule("main"));
    }

    [Fact]
    public void Add_AlreadyEnded_Refused()
    {
        using var database = OpenDatabase();

        var (_, problems) = Overrides(database).Add("main", new OverrideRequest("sub", null, "2025-01-01 08:00", "2025-01-02 08:00"));

        Assert.Contains(problems, p => p.Contains("in the past", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_UnknownSchedule_NamesTheKnownOnes()
    {
        using var database = OpenDatabase();

        var (_, problems) = Overrides(database).Add("nope", new OverrideRequest("sub", null, "2025-01-08 08:00", "2025-01-09 08:00"));

        Assert.Equal("No on-call schedule named 'nope'. Schedules: main.", Assert.Single(problems));
    }

    public void Dispose()
    {
        _changes.Dispose();
        _dir.Dispose();
    }
}
