namespace Bridge.Worker.Escalation.Engine;

/// <summary>A step send that is due: step number, which repeat, and when it fell due.</summary>
internal sealed record DueSend(int Step, int Repeat, DateTimeOffset DueAt);
