using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bridge.Connectors.Notifications.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications.Sms;

/// <summary>
/// SMS through a Twilio-compatible REST gateway: <c>POST {BaseUrl}2010-04-01/Accounts/{sid}/Messages.json</c>,
/// form-encoded <c>To</c>, <c>From</c>, <c>Body</c> (and <c>StatusCallback</c> when configured), Basic auth
/// <c>sid:token</c>. The provider id is the JSON <c>sid</c>. A create call is never retried: after a timeout
/// the text may already be on its way, so the result is <see cref="DeliveryStatus.Unknown"/>.
/// </summary>
internal sealed class SmsChannel(IHttpClientFactory clients, IOptionsMonitor<ChannelsOptions> options, ILogger<SmsChannel> logger) : INotificationChannel
{
    public const string HttpClientName = "Bridge.Notifications.Sms";

    public string Kind => ChannelKinds.Sms;

    public bool IsConfigured => options.CurrentValue.Sms is not null;

    public async Task<DeliveryResult> SendAsync(Notification notification, ContactAddress to, CancellationToken cancellationToken)
    {
        if (options.CurrentValue.Sms is not { } sms)
        {
            return DeliveryResult.Failed("the SMS channel is not configured", transient: false);
        }

        var number = PhoneNumber.Normalize(to.Address);
        if (!PhoneNumber.IsValid(number))
        {
            NotificationChannelLog.BadAddress(logger, Kind, AddressMask.For(to.Address), "not a phone number");
            return DeliveryResult.Failed("the address is not a phone number", transient: false);
        }

        var form = new List<KeyValuePair<string, string>>
        {
            new("To", number),
            new("From", sms.From),
            new("Body", notification.Body),
        };
        if (!string.IsNullOrEmpty(sms.StatusCallbackUrl))
        {
            form.Add(new("StatusCallback", sms.StatusCallbackUrl));
        }

        var baseUrl = sms.BaseUrl.EndsWith('/') ? sms.BaseUrl : sms.BaseUrl + "/";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUrl), $"2010-04-01/Accounts/{Uri.EscapeDataString(sms.AccountSid)}/Messages.json"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sms.AccountSid}:{sms.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var result = await HttpDelivery.SendAsync(clients.CreateClient(HttpClientName), request, ReadSidAsync, DescribeErrorAsync, cancellationToken);
        Log(result, to);
        return result;
    }

    private static async Task<DeliveryResult> ReadSidAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
            return json.RootElement.TryGetProperty("sid", out var sid) && sid.ValueKind == JsonValueKind.String
                ? DeliveryResult.Sent(sid.GetString())
                : DeliveryResult.Sent();
        }
        catch (JsonException)
        {
            // Accepted (2xx) even if the body is not the JSON expected: the text is on its way.
            return DeliveryResult.Sent();
        }
    }

    /// <summary>The gateway's error code (e.g. Twilio 21211 "invalid To number"), never its free text.</summary>
    private static async Task<string> DescribeErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
            return json.RootElement.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
                ? string.Create(CultureInfo.InvariantCulture, $" (gateway code {code.GetInt64()})")
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private void Log(DeliveryResult result, ContactAddress to)
    {
        if (result.Status == DeliveryStatus.Sent)
        {
            NotificationChannelLog.Sent(logger, Kind, AddressMask.For(to.Address), result.ProviderMessageId);
        }
        else
        {
            NotificationChannelLog.NotSent(logger, Kind, AddressMask.For(to.Address), result.Status, result.Reason);
        }
    }
}
