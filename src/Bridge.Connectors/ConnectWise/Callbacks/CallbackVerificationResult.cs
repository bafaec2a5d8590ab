namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>The outcome of verifying one callback.</summary>
/// <param name="IsValid">Signature checked against a key from a trusted ConnectWise origin.</param>
/// <param name="FailureReason">One-line reason when not valid.</param>
/// <param name="Payload">The parsed payload when the body was well-formed (even if the signature failed: use it only as a hint).</param>
public sealed record CallbackVerificationResult(bool IsValid, string? FailureReason, ConnectWiseCallbackPayload? Payload);
