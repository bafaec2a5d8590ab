using System.Security.Cryptography;
using System.Text;
using Bridge.Connectors.Notifications.Sms;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class TwilioRequestSignatureTests
{
    private const string Url = "https://bridge.example.com/sms/inbound?x=1";
    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("From", "+15550100"),
        new("Body", "ACK"),
        new("MessageSid", "SM123"),
    ];

    [Fact]
    public void Compute_Form_IsHmacSha1OfUrlAndSortedPairs()
    {
        // Independently: URL, then name+value sorted by name (Body, From, MessageSid).
#pragma warning disable CA5350
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes("token-123"));
#pragma warning restore CA5350
        var expected = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(Url + "BodyACKFrom+15550100MessageSidSM123")));

        Assert.Equal(expected, TwilioRequestSignature.Compute("token-123", Url, Form));
    }

    [Fact]
    public void Verify_OwnSignatureInAnyFieldOrder_IsTrue()
    {
        var signature = TwilioRequestSignature.Compute("token-123", Url, Form);

        Assert.True(TwilioRequestSignature.Verify("token-123", Url, Form.Reverse(), signature));
    }

    [Theory]
    [InlineData("other-token", Url, "ACK")]
    [InlineData("token-123", "https://bridge.example.com/sms/inbound", "ACK")]
    [InlineData("token-123", Url, "1")]
    public void Verify_AnythingChanged_IsFalse(string token, string url, string body)
    {
        var signature = TwilioRequestSignature.Compute("token-123", Url, Form);
        var form = Form.Select(p => p.Key == "Body" ? new KeyValuePair<string, string>("Body", body) : p);

        Assert.False(TwilioRequestSignature.Verify(token, url, form, signature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSignature_IsFalse(string? signature) =>
        Assert.False(TwilioRequestSignature.Verify("token-123", Url, Form, signature));
}
