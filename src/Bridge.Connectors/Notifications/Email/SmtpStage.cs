namespace Bridge.Connectors.Notifications.Email;

/// <summary>Where an SMTP submission got to; decides whether a failure is certain or ambiguous.</summary>
internal enum SmtpStage
{
    Connect,
    Authenticate,
    Submit,
    Done,
}
