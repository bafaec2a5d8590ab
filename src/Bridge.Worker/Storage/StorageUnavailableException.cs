namespace Bridge.Worker.Storage;

/// <summary>The store cannot be used (unreachable, refused, or in a shape this bridge does not know); the message says why, never a password.</summary>
internal sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
