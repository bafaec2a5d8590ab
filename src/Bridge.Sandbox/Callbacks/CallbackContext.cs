namespace Bridge.Sandbox.Callbacks;

/// <summary>What every payload of one sandbox instance shares.</summary>
/// <param name="FromUrl">Host and port, as ConnectWise sends its host name.</param>
/// <param name="CompanyId">The login company id.</param>
/// <param name="KeyUrl">Where the signing key is served (note ConnectWise's double slash after the codebase).</param>
/// <param name="ProductInstanceId">Stable per instance, 24 hex digits like the real ids.</param>
/// <param name="PartnerId">Stable per instance, 24 hex digits.</param>
/// <param name="SigningKey">The key the signature is computed with.</param>
internal sealed record CallbackContext(string FromUrl, string CompanyId, string KeyUrl, string ProductInstanceId, string PartnerId, string SigningKey);
