using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Notifications.Email;

/// <summary>The SMTP relay the email channel submits through (key path <c>Channels:Email</c>).</summary>
public sealed class EmailChannelOptions
{
    /// <summary>The SMTP server host name; required unless <see cref="PickupDirectory"/> is set.</summary>
    public string Host { get; set; } = "";

    /// <summary>
    /// A folder to write each message into as an <c>.eml</c> file instead of submitting it over SMTP (a local
    /// mailbox: the demo, a test bench, or a relay that picks files up). Set, it replaces SMTP entirely.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The SMTP port (587 for STARTTLS, 465 for TLS on connect, 25 for a plain relay).</summary>
    [KeyRange(1, 65535, ErrorMessage = "Channels:Email:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 587;

    /// <summary>Transport protection; STARTTLS by default.</summary>
    [EnumDataType(typeof(SmtpSecurity), ErrorMessage = "Channels:Email:Security must be None, StartTls or SslOnConnect.")]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The SMTP user; empty for a relay that needs no authentication.</summary>
    public string? Username { get; set; }

    /// <summary>The SMTP password. A secret: never logged, never shown by <see cref="ToString"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The sender mailbox, e.g. <c>Bridge &lt;bridge@example.com&gt;</c>.</summary>
    [Required(ErrorMessage = "Channels:Email:From is required (e.g. \"Bridge <bridge@example.com>\").")]
    public string From { get; set; } = "";

    /// <summary>Timeout of one whole submission (connect, authenticate, send).</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Channels:Email:Timeout must be between 100 ms and 5 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A description safe to log: the password is masked.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Email {{ Host = {Host}, PickupDirectory = {PickupDirectory}, Port = {Port}, Security = {Security}, Username = {Username}, Password = {(string.IsNullOrEmpty(Password) ? "(empty)" : "***")}, From = {From} }}");
}
