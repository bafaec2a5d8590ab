namespace Bridge.Worker.Ingest;

/// <summary>The answer to one callback: a status and a one-line reason.</summary>
internal sealed record IntakeResult(int StatusCode, string Message);
