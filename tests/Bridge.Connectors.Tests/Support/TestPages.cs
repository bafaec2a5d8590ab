using Bridge.Connectors.Notifications;

namespace Bridge.Connectors.Tests.Support;

/// <summary>Builders of pages for channel tests.</summary>
internal static class TestPages
{
    public static readonly Uri Ack = new("https://bridge.example.com/ack/inc-42?t=ack-token-1&a=ack");
    public static readonly Uri Escalate = new("https://bridge.example.com/ack/inc-42?t=esc-token-2&a=escalate");
    public static readonly Uri Resolve = new("https://bridge.example.com/ack/inc-42?t=res-token-3&a=resolve");

    public static Notification Page(string summary = "Server DC01 down \"critical\" <b>now</b>") => new()
    {
        IncidentId = "inc-42",
        TicketId = 123456,
        Summary = summary,
        Client = "Contoso & Sons",
        ContactName = "Dana Scully",
        ContactPhone = "+1 555 0100",
        Priority = "P1",
        Step = 2,
        DueAt = new DateTimeOffset(2026, 11, 24, 2, 45, 0, TimeSpan.FromHours(-5)),
        Links = new ActionLinks(Ack, Escalate, Resolve),
        DedupKey = "inc-42:2:alice:0",
        Subject = "P1 ticket #123456: Contoso & Sons",
        Body = "Server DC01 down. Ack: " + Ack.AbsoluteUri,
    };
}
