namespace Bridge.Worker.Engine;

/// <summary>One stored item of a stage's input: its position in that input, the ticket it is about, and the item.</summary>
internal sealed record StageItem<T>(long Position, int TicketId, T Value);
