namespace Bridge.Worker.WriteBack;

/// <summary>Whether an admin action on an outbox record was taken, and the sentence that says so.</summary>
public sealed record OutboxAdminResult(bool Done, string Message);
