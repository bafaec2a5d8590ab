using Bridge.Worker.Escalation.Delivery;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public sealed class SmsTextTests
{
    private const string Template = "{priority} #{ticketId} {client}: {summary} Ack: {ackUrl} or reply ACK";
    private const string AckUrl = "https://bridge.example.com/ack/7d3f?t=eyJpbmMiOiJpbmMtNDIiLCJwIjoiYWxpY2UifQ";

    private static Dictionary<string, string> Values(string summary) => new()
    {
        ["priority"] = "P1",
        ["ticketId"] = "123456",
        ["client"] = "Contoso",
        ["summary"] = summary,
        ["ackUrl"] = AckUrl,
    };

    [Fact]
    public void Render_ShortSummary_IsUntouched()
    {
        var text = SmsText.Render(Template, Values("DC01 down"));

        Assert.Equal($"P1 #123456 Contoso: DC01 down Ack: {AckUrl} or reply ACK", text);
    }

    [Fact]
    public void Render_LongSummary_ShortenedToTwoSegmentsWithTheLinkWhole()
    {
        var text = SmsText.Render(Template, Values(string.Concat(Enumerable.Repeat("Exchange mail flow stopped for all users ", 8))));

        Assert.InRange(Gsm7.Septets(text)!.Value, 300, 306);
        Assert.Contains(AckUrl + " or reply ACK", text);
        Assert.Contains("Contoso: Exchange mail flow", text);
        Assert.Contains("... Ack:", text);
    }

    [Fact]
    public void Render_TypographicQuotes_SimplifiedSoGsm7Holds()
    {
        var text = SmsText.Render(Template, Values("\u201CDC01\u201D isn\u2019t answering \u2013 urgent\u2026"));

        Assert.NotNull(Gsm7.Septets(text));
        Assert.Contains("\"DC01\" isn't answering - urgent...", text);
    }

    [Fact]
    public void Render_LinkAloneTooLong_DropsSummaryButKeepsTheLink()
    {
        var longUrl = "https://bridge.example.com/ack/" + new string('x', 300);
        var values = Values("DC01 down");
        values["ackUrl"] = longUrl;

        var text = SmsText.Render(Template, values);

        Assert.Contains(longUrl, text);
        Assert.DoesNotContain("DC01", text);
    }

    [Fact]
    public void Render_ReAlertWithATypicalLink_KeepsWhatThePageIsAbout()
    {
        var values = Values("Re-alert: acknowledged by Dana Schmidt at 02:00, and no note, time entry or status change in ConnectWise for 30 min - DC01 not responding - nobody can log in");
        values["ackUrl"] = "http://127.0.0.1:41234/ack/12/eyJpIjoxMiwicCI6ImRzY2htaWR0IiwiYSI6ImFjayIsImUiOjE3OTk5OTk5OTl9.c2lnbmF0dXJlLW9mLTMyLWJ5dGVzLWJhc2U2NHVybA";

        var text = SmsText.Render(Template, values);

        Assert.StartsWith("P1 #123456 Contoso: Re-alert: acknowledged by Dana Schmidt at 02:00, and no note", text, StringComparison.Ordinal);
        Assert.EndsWith(values["ackUrl"] + " or reply ACK", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain ascii", 11)]
    [InlineData("{}", 4)]
    [InlineData("€5", 3)]
    public void Septets_GsmText_CountsExtensionCharactersTwice(string text, int expected) =>
        Assert.Equal(expected, Gsm7.Septets(text));

    [Fact]
    public void Septets_Emoji_NeedsUcs2() => Assert.Null(Gsm7.Septets("server \U0001F525"));
}
