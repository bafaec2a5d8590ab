namespace Bridge.Worker.Reporting.Digest;

/// <summary><c>Reporting:Digest</c>.</summary>
public sealed class DigestOptions
{
}
