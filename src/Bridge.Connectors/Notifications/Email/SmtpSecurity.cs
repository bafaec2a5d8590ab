namespace Bridge.Connectors.Notifications.Email;

/// <summary>How the SMTP connection is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (only sensible on loopback or a trusted relay without credentials).</summary>
    None,

    /// <summary>Connect in clear, then require STARTTLS before anything else (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
