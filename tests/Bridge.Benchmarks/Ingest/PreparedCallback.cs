namespace Bridge.Benchmarks.Ingest;

/// <summary>A callback ready to post: the exact body bytes and the signature over them.</summary>
internal sealed record PreparedCallback(string MessageId, int TicketId, byte[] Body, string Signature);
