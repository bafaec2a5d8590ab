namespace Bridge.Worker.WriteBack;

/// <summary>A configured status name resolved to its ConnectWise id on one board.</summary>
internal sealed record MappedStatus(int Id, string Name);
