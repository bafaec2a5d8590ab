namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>The form targets of one person's acknowledgement page: a signed path per action.</summary>
internal sealed record AckActionLinks(string Acknowledge, string Escalate, string Resolve);
