using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Data;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Support;

/// <summary>A seeded <see cref="SandboxState"/> without a server, on a frozen clock.</summary>
internal static class TestStates
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static SandboxState Seeded(FakeTimeProvider? time = null, List<CallbackDelivery>? deliveries = null)
    {
        var state = new SandboxState(new SandboxOptions { TimeProvider = time ?? new FakeTimeProvider(Start) });
        state.Reset();
        if (deliveries is not null)
        {
            state.CallbackSink = d =>
            {
                lock (deliveries)
                {
                    deliveries.Add(d);
                }
            };
        }

        return state;
    }

    public static int[] Ids(IEnumerable<JsonObject> items) =>
        items.Select(EntityCollection.IdOf).ToArray();

    /// <summary>The service tickets <c>/service/tickets</c> would list for these conditions.</summary>
    public static int[] Matching(SandboxState state, string conditions, string? orderBy = null) =>
        Ids(state.Query(state.Store.Tickets, new ListQuery(Conditions: conditions, OrderBy: orderBy, PageSize: 1000), TicketKind.Service.Includes).Items);

    public static JsonArray Ops(params (string Op, string Path, JsonNode? Value)[] operations) =>
        new(operations.Select(o => (JsonNode)new JsonObject { ["op"] = o.Op, ["path"] = o.Path, ["value"] = o.Value }).ToArray());

    public static SandboxApiException Rejected(Action action) => Assert.Throws<SandboxApiException>(action);
}
