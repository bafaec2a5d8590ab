using Bridge.Connectors.Tests.Support;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace Bridge.Integration.Tests.Notifications;

public sealed class ChannelsConfigurationTests
{
    [Fact]
    public async Task Start_TemplateWithUnknownPlaceholder_StopsNamingTheKey()
    {
        await using var sms = await SmsGateway.StartAsync();
        await using var smtp = SmtpTestServer.Start();
        using var dir = new TempDirectory();
        ChannelsConfig.Write(dir, sms, smtp.Port, extraChannels: """ "Templates": { "EmailSubject": "#{ticket} {summary}" }, """);
        await using var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", dir.Path], dir.Path));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Channels:Templates:EmailSubject", ex.Message);
        Assert.Contains("{ticket}", ex.Message);
    }
}
