namespace Bridge.Worker.WriteBack;

/// <summary>A client mail's subject and plain-text body; holes: {contact} {ticketId} {summary} {company} {technician} {opensAt} {signature}.</summary>
public sealed class ClientNoticeTemplate
{
    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";
}
