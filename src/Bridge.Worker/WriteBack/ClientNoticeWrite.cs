namespace Bridge.Worker.WriteBack;

/// <summary>A client notice as planned: to whom (the ticket's contact, looked up in ConnectWise when sent) and the text.</summary>
internal sealed record ClientNoticeWrite(ClientNoticeKind Notice, int ContactId, string? ContactName, string Subject, string Body);
