using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Notifications.Sms;

/// <summary>
/// A Twilio-compatible SMS gateway (key path <c>Channels:Sms</c>): Twilio itself or any gateway that speaks
/// the same REST shape and signs its inbound webhooks the same way.
/// </summary>
public sealed class SmsChannelOptions
{
    /// <summary>The API base address; the channel posts to <c>{BaseUrl}2010-04-01/Accounts/{AccountSid}/Messages.json</c>.</summary>
    [Required(ErrorMessage = "Channels:Sms:BaseUrl is required (e.g. https://api.twilio.com/).")]
    public string BaseUrl { get; set; } = "https://api.twilio.com/";

    /// <summary>The account SID (user name of the Basic credentials).</summary>
    [Required(ErrorMessage = "Channels:Sms:AccountSid is required.")]
    public string AccountSid { get; set; } = "";

    /// <summary>The auth token: password of the Basic credentials and key of the inbound signature. A secret.</summary>
    [Required(ErrorMessage = "Channels:Sms:AuthToken is required.")]
    public string AuthToken { get; set; } = "";

    /// <summary>The sending number in E.164 form (or a messaging service id the gateway accepts as From).</summary>
    [Required(ErrorMessage = "Channels:Sms:From is required (the sending number, e.g. +15550100).")]
    public string From { get; set; } = "";

    /// <summary>
    /// The public URL the gateway posts replies to (<c>…/sms/inbound</c>), exactly as configured at the gateway;
    /// the inbound signature covers it. Empty: the URL of the request as the bridge sees it (no proxy in front).
    /// </summary>
    public string? InboundUrl { get; set; }

    /// <summary>Optional public URL of <c>…/sms/status</c>, sent as <c>StatusCallback</c> so delivery receipts come back.</summary>
    public string? StatusCallbackUrl { get; set; }

    /// <summary>Timeout of one message create call. Not retried: a create that timed out may have been sent.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:02:00", ErrorMessage = "Channels:Sms:Timeout must be between 100 ms and 2 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A description safe to log: the token is masked.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Sms {{ BaseUrl = {BaseUrl}, AccountSid = {AccountSid}, AuthToken = {(string.IsNullOrEmpty(AuthToken) ? "(empty)" : "***")}, From = {From} }}");
}
