using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class TicketDiffTests
{
    private static readonly DateTimeOffset V1 = new(2026, 3, 2, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Seen = V1.AddMinutes(5);

    private static readonly TicketSnapshot Base = new()
    {
        Id = 7, LastUpdated = V1, Summary = "DC01 down", StatusId = 1, StatusName = "New", PriorityId = 3, PriorityName = "P3",
        CompanyId = 1, Resources = [],
    };

    private static List<string> Diff(TicketSnapshot? held, TicketSnapshot next) =>
        TicketDiff.Compute(held, next, ChangeSource.Poll, Seen).Select(c => $"{c.Kind} {c.Field} {c.OldValue}->{c.NewValue}").ToList();

    private static TicketSnapshot Next(Func<TicketSnapshot, TicketSnapshot> edit) => edit(Base with { LastUpdated = V1.AddSeconds(1) });

    [Fact]
    public void Compute_NothingHeld_Created() =>
        Assert.Equal(["Created  ->New"], Diff(null, Base));

    [Fact]
    public void Compute_SameVersion_Nothing() =>
        Assert.Empty(Diff(Base, Base with { StatusName = "Assigned", StatusId = 2 }));

    [Fact]
    public void Compute_OlderVersion_Nothing() =>
        Assert.Empty(Diff(Base, Base with { LastUpdated = V1.AddSeconds(-1), PriorityId = 1 }));

    public static TheoryData<string, Func<TicketSnapshot, TicketSnapshot>, string[]> Cases => new()
    {
        { "status", t => t with { StatusId = 2, StatusName = "Assigned" }, ["StatusChanged status New->Assigned"] },
        { "priority", t => t with { PriorityId = 1, PriorityName = "P1" }, ["PriorityChanged priority P3->P1"] },
        { "owner set", t => t with { OwnerId = 2, OwnerIdentifier = "anguyen" }, ["Assigned owner ->anguyen"] },
        { "owner moved", t => t with { OwnerId = 3, OwnerIdentifier = "bruiz" }, ["Assigned owner ->bruiz"] },
        { "resource added", t => t with { Resources = ["anguyen", "bruiz"] }, ["Assigned resources ->anguyen", "Assigned resources ->bruiz"] },
        { "closed", t => t with { Closed = true, StatusId = 7, StatusName = "Closed" }, ["StatusChanged status New->Closed", "Closed closedFlag false->true"] },
        { "summary", t => t with { Summary = "DC01 and DC02 down" }, ["Updated summary ->"] },
        { "only stamped", t => t, ["Updated  ->"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_NewerVersion_TypedChanges(string because, Func<TicketSnapshot, TicketSnapshot> edit, string[] expected)
    {
        Assert.NotNull(because);
        Assert.Equal(expected, Diff(Base, Next(edit)));
    }

    [Fact]
    public void Compute_OwnerRemovedAndReopened_UnassignedAndReopened()
    {
        var held = Base with { OwnerId = 2, OwnerIdentifier = "anguyen", Closed = true, Resources = ["anguyen"] };

        var changes = Diff(held, Next(t => t with { Closed = false }));

        Assert.Equal(["Unassigned owner anguyen->", "Unassigned resources anguyen->", "Reopened closedFlag true->false"], changes);
    }

    [Fact]
    public void Compute_SameInputTwice_SameKeys()
    {
        var next = Next(t => t with { StatusId = 2, StatusName = "Assigned" });

        var first = TicketDiff.Compute(Base, next, ChangeSource.Callback, Seen);
        var second = TicketDiff.Compute(Base, next, ChangeSource.Poll, Seen.AddMinutes(1));

        Assert.Equal(first.Select(c => c.Key), second.Select(c => c.Key));
        Assert.All(first, c => Assert.Equal(next.LastUpdated, c.LastUpdated));
    }
}
