namespace Bridge.Worker.Storage.LiteDb;

/// <summary>
/// The state file's lock file is held by another process (a running bridge): told apart from other I/O failures so that
/// a tool that must run while the service is stopped can say so.
/// </summary>
internal sealed class StateFileInUseException(string message, Exception inner) : IOException(message, inner);
