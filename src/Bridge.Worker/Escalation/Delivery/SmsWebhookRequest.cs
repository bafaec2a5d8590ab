using Bridge.Connectors.Notifications.Sms;
using Microsoft.AspNetCore.Http.Extensions;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Reads and verifies a gateway's form post: the Twilio-style signature over the URL the gateway posted to
/// (the configured public URL, else this request's own URL) and the form fields. Pure apart from reading the body.
/// </summary>
internal static class SmsWebhookRequest
{
    public static async Task<(IFormCollection? Form, string? Refusal)> ReadVerifiedAsync(
        HttpRequest request, SmsChannelOptions? sms, string? configuredUrl, CancellationToken cancellationToken)
    {
        if (sms is null)
        {
            return (null, "the SMS channel is not configured");
        }

        if (!request.HasFormContentType)
        {
            return (null, "not a form post");
        }

        var signature = request.Headers[TwilioRequestSignature.HeaderName].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return (null, "no signature");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var url = string.IsNullOrEmpty(configuredUrl) ? request.GetEncodedUrl() : configuredUrl;
        var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")));
        return TwilioRequestSignature.Verify(sms.AuthToken, url, fields, signature)
            ? (form, null)
            : (null, "wrong signature");
    }
}
