namespace Bridge.Sandbox.Callbacks;

/// <summary>One callback to send: a change matched against one registration, captured at the time of the change.</summary>
internal sealed record CallbackDelivery(
    int RegistrationId,
    string Url,
    string Type,
    string Action,
    int EntityId,
    string? EntityJson,
    string MemberIdentifier);
