using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using LiteDB;

namespace Bridge.Worker.Tests.Escalation.Incidents;

public abstract class IncidentStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 0, 0, TimeSpan.Zero);
    private readonly StateFile _state;
    private readonly IncidentStore _store;

    protected IncidentStoreTests(StorageProvider provider)
    {
        _state = new StateFile(Now, provider);
        _store = new IncidentStore(_state.Database);
    }

    [Fact]
    public void BusyWith_MemberAcknowledgedAnotherTicketsOpenIncident_ReturnsItAndNothingElse()
    {
        var busy = Add(ticket: 1, IncidentState.Acknowledged, by: "anguyen");
        Add(ticket: 2, IncidentState.Resolved, by: "anguyen");
        Add(ticket: 3, IncidentState.Triggered, by: null);
        Add(ticket: 4, IncidentState.Acknowledged, by: "bruiz");

        Assert.Equal(busy.Id, BusyWith("anguyen", exceptTicketId: 9)?.IncidentId);
        Assert.Null(BusyWith("anguyen", exceptTicketId: 1));
        Assert.Null(BusyWith("cokafor", exceptTicketId: 9));
    }

    [Fact]
    public void BusyWith_TheSameClientsOtherTicket_IsNotBusy()
    {
        var busy = Add(ticket: 1, IncidentState.Acknowledged, by: "anguyen");
        busy.Ticket = new IncidentTicket { CompanyIdentifier = "NorthwindDental" };
        _state.Database.Write(() => _store.Update(busy));

        Assert.Null(BusyWith("anguyen", exceptTicketId: 9, exceptClient: "northwinddental"));
        Assert.Equal(busy.Id, BusyWith("anguyen", exceptTicketId: 9, exceptClient: "ContosoLaw")?.IncidentId);
    }

    [Fact]
    public void BusyWith_AskedOnEverySend_FindsAcknowledgedIncidentsThroughTheStateIndex()
    {
        Add(ticket: 1, IncidentState.Acknowledged, by: "anguyen");

        _store.Acknowledged();

        Assert.Contains(StoredIndexes.On(_state, "incidents"), i => i.Contains("State", StringComparison.Ordinal));
    }

    /// <summary>The busy rule as a step sees it: the store's acknowledged incidents, read into the step's situation.</summary>
    private StepSituation.BusyIncident? BusyWith(string member, int exceptTicketId, string? exceptClient = null) =>
        new StepSituation(new Dictionary<string, StepSituation.ScheduleNow>(), new Dictionary<string, IReadOnlyList<Bridge.Worker.OnCall.Person>>(), new Dictionary<string, Bridge.Worker.OnCall.Person>(), StepSituation.BusySet(_store.Acknowledged()))
            .BusyWith(member, exceptTicketId, exceptClient);

    [Fact]
    public void Insert_ConfigurationInForce_IncidentRecordsItsVersionAndTheConfigurationIsKept()
    {
        var versions = new ConfigurationVersionStore(_state.Database);
        var applied = new AppliedConfiguration(new ConfigurationVersion("00aa11bb22cc", Now.AddHours(-3)), "{\"Escalation\":{}}");
        var store = new IncidentStore(_state.Database, new FixedConfiguration(applied), versions);

        var incident = new Incident { TicketId = 5, State = IncidentState.Triggered };
        _state.Database.Write(() => store.Insert(incident));

        Assert.Equal(("00aa11bb22cc", Now.AddHours(-3)), (store.Get(incident.Id)!.ConfigVersion, store.Get(incident.Id)!.ConfigAppliedAt));
        Assert.Equal(applied.Json, versions.Find("00aa11bb22cc")?.Json);
    }

    private Incident Add(int ticket, IncidentState state, string? by)
    {
        var incident = new Incident { TicketId = ticket, State = state, AcknowledgedBy = by, Policy = "p1-unassigned", OpenedAt = Now, LadderStart = Now };
        _state.Database.Write(() => _store.Insert(incident));
        return incident;
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class IncidentStoreOnLiteDbTests() : IncidentStoreTests(StorageProvider.LiteDb);

public sealed class IncidentStoreOnPostgreSqlTests() : IncidentStoreTests(StorageProvider.PostgreSql);
