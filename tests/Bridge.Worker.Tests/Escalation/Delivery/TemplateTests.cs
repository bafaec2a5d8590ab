using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public sealed class TemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["ticketId"] = "4711",
        ["summary"] = "Exchange down",
        ["ackUrl"] = "https://b.example/a/t",
    };

    [Theory]
    [InlineData("#{ticketId}: {summary}", "#4711: Exchange down")]
    [InlineData("{{ticketId}} is {ticketId}", "{ticketId} is 4711")]
    [InlineData("{unknown} stays", "{unknown} stays")]
    [InlineData("no placeholders", "no placeholders")]
    public void Render_Template_FillsKnownPlaceholders(string template, string expected) =>
        Assert.Equal(expected, TemplateRenderer.Render(template, Values));

    [Fact]
    public void UnknownPlaceholders_MisspelledName_IsReported() =>
        Assert.Equal(["ticketID", "ack"], TemplateRenderer.UnknownPlaceholders("{ticketID} {summary} {ack} {{literal}}"));

    [Fact]
    public void Validate_UnknownPlaceholderInConfiguredTemplate_NamesTheKeyAndPlaceholder()
    {
        var options = new NotificationOptions { Templates = new NotificationTemplates { Sms = "#{ticket} reply ACK" } };

        var failures = new NotificationOptionsValidator().Validate(null, options).Failures!.ToList();

        var failure = Assert.Single(failures);
        Assert.Contains("Channels:Templates:Sms", failure);
        Assert.Contains("{ticket}", failure);
    }

    [Fact]
    public void Validate_Defaults_AreValid() =>
        Assert.True(new NotificationOptionsValidator().Validate(null, new NotificationOptions()).Succeeded);

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_FailureThresholdOutOfRange_NamesTheKey(int threshold) =>
        Assert.Contains("Channels:FailureThreshold", new NotificationOptionsValidator().Validate(null, new NotificationOptions { FailureThreshold = threshold }).FailureMessage);

    [Fact]
    public void Validate_SmsTemplateWithoutAnyWayToAck_Refused() =>
        Assert.Contains("Channels:Templates:Sms", new NotificationOptionsValidator().Validate(null, new NotificationOptions { Templates = new NotificationTemplates { Sms = "#{ticketId} {summary}" } }).FailureMessage);

    [Fact]
    public void Compose_Email_SubjectIsOneLineEvenWhenTicketTextIsNot()
    {
        var composer = new MessageComposer(new TestOptionsMonitor<NotificationOptions>(new NotificationOptions()));

        var page = composer.Compose(DeliveryFixture.Page() with { Summary = "line one\r\nBcc: evil@example.com" }, "email");

        Assert.DoesNotContain('\n', page.Subject);
        Assert.Equal("[P1] Ticket #4711 Contoso: line one Bcc: evil@example.com", page.Subject);
        Assert.Contains("https://bridge.example.com/a/esc-token", page.Body);
    }
}
