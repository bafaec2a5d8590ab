using Bridge.Connectors.Notifications;
using Bridge.Connectors.Tests.Support;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Notifications;

/// <summary>The bridge host with its SMS channel on a loopback gateway and its email channel on a loopback SMTP server.</summary>
internal sealed class NotificationHostFixture : IAsyncDisposable
{
    private readonly TempDirectory _dir;

    private NotificationHostFixture(TempDirectory dir, SmsGateway sms, SmtpTestServer smtp, WebApplication app)
    {
        _dir = dir;
        Sms = sms;
        Smtp = smtp;
        App = app;
        Http = ConsoleClient.For(app);
    }

    public SmsGateway Sms { get; }

    public SmtpTestServer Smtp { get; }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public NotificationDispatcher Dispatcher => App.Services.GetRequiredService<NotificationDispatcher>();

    public DeliveryLogRepository Log => App.Services.GetRequiredService<DeliveryLogRepository>();

    public static async Task<NotificationHostFixture> StartAsync()
    {
        var sms = await SmsGateway.StartAsync();
        var smtp = SmtpTestServer.Start();
        var dir = new TempDirectory();
        ChannelsConfig.Write(dir, sms, smtp.Port);
        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", dir.Path], dir.Path));
        await app.StartAsync();
        return new NotificationHostFixture(dir, sms, smtp, app);
    }

    public static Notification Page(string incidentId, int step) => new()
    {
        IncidentId = incidentId,
        TicketId = 4711,
        Summary = "Exchange down for all users",
        Client = "Contoso",
        ContactName = "Dana",
        ContactPhone = "+15550100",
        Priority = "P1",
        Step = step,
        Links = new ActionLinks(
            new Uri($"https://bridge.example.com/ack/{incidentId}?t=ack-{step}"),
            new Uri($"https://bridge.example.com/ack/{incidentId}?t=esc-{step}")),
        DedupKey = $"{incidentId}:{step}:alice:0",
    };

    public static Recipient Alice { get; } = new("alice", "Alice", [new("sms", "+1 555 0101"), new("email", "alice@msp.example")]);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Sms.DisposeAsync();
        await Smtp.DisposeAsync();
        _dir.Dispose();
    }
}
