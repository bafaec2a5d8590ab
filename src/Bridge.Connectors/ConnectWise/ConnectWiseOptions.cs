using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// How the bridge reaches ConnectWise Manage: API base address, API member keys, client id,
/// pinned model version, page size, resilience and callback-key settings.
/// </summary>
/// <remarks>
/// Bound by the host (the section is usually <see cref="SectionName"/>) and validated at start by
/// <see cref="ConnectWiseOptionsValidator"/>. Every validation message names the key path
/// (for example <c>ConnectWise:BaseUrl</c>). <see cref="ToString"/> never reveals <see cref="PrivateKey"/>.
/// </remarks>
public sealed class ConnectWiseOptions : IValidatableObject
{
    /// <summary>The configuration section name the host binds by convention.</summary>
    public const string SectionName = "ConnectWise";

    /// <summary>
    /// API base address including the codebase and <c>apis/3.0/</c>, for example
    /// <c>https://api-na.myconnectwise.net/v4_6_release/apis/3.0/</c>.
    /// </summary>
    [Required(ErrorMessage = "ConnectWise:BaseUrl is required (e.g. https://api-na.myconnectwise.net/v4_6_release/apis/3.0/).")]
    [Url(ErrorMessage = "ConnectWise:BaseUrl must be an absolute http(s) URL.")]
    public string BaseUrl { get; set; } = "";

    /// <summary>The ConnectWise login company id (the one typed on the login page).</summary>
    [Required(ErrorMessage = "ConnectWise:CompanyId is required.")]
    [StringLength(100, ErrorMessage = "ConnectWise:CompanyId must be at most 100 characters.")]
    public string CompanyId { get; set; } = "";

    /// <summary>The API member's public key.</summary>
    [Required(ErrorMessage = "ConnectWise:PublicKey is required.")]
    [StringLength(200, ErrorMessage = "ConnectWise:PublicKey must be at most 200 characters.")]
    public string PublicKey { get; set; } = "";

    /// <summary>The API member's private key. A secret: never logged, never shown by <see cref="ToString"/>.</summary>
    [Required(ErrorMessage = "ConnectWise:PrivateKey is required.")]
    [StringLength(200, ErrorMessage = "ConnectWise:PrivateKey must be at most 200 characters.")]
    public string PrivateKey { get; set; } = "";

    /// <summary>The integrator client id (a GUID from developer.connectwise.com), sent as the <c>clientId</c> header.</summary>
    [Required(ErrorMessage = "ConnectWise:ClientId is required (a GUID issued at developer.connectwise.com).")]
    public string ClientId { get; set; } = "";

    /// <summary>
    /// Identifier of the API member the keys belong to (e.g. <c>bridgeapi</c>): ConnectWise stamps the bridge's own
    /// writes with it (<c>_info/updatedBy</c>), so they are never read as a person's acknowledgement or close. Empty:
    /// asked of ConnectWise (<c>system/myAccount</c>) at start.
    /// </summary>
    public string MemberIdentifier { get; set; } = "";

    /// <summary>The pinned API model version sent in the <c>Accept</c> header.</summary>
    [Required(ErrorMessage = "ConnectWise:ApiVersion is required (e.g. 2025.1).")]
    [RegularExpression(@"^\d{4}\.\d{1,2}$", ErrorMessage = "ConnectWise:ApiVersion must look like 2025.1.")]
    public string ApiVersion { get; set; } = "2025.1";

    /// <summary>Rows requested per page when enumerating lists (ConnectWise caps it at 1000).</summary>
    [KeyRange(1, 1000, ErrorMessage = "ConnectWise:PageSize must be between 1 and 1000.")]
    public int PageSize { get; set; } = 1000;

    /// <summary>Retry, timeout and circuit-breaker settings for every ConnectWise call.</summary>
    [Required(ErrorMessage = "ConnectWise:Resilience is required.")]
    [ValidateObjectMembers]
    public ConnectWiseResilienceOptions Resilience { get; set; } = new();

    /// <summary>Settings for fetching the callback signing key.</summary>
    [Required(ErrorMessage = "ConnectWise:Callbacks is required.")]
    [ValidateObjectMembers]
    public ConnectWiseCallbackOptions Callbacks { get; set; } = new();

    /// <summary>Cross-field rules; the source-generated validator calls this after the attribute checks.</summary>
    /// <param name="validationContext">The validation context.</param>
    /// <returns>One result per broken rule, each naming its key path.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ConnectWiseOptionsRules.Check(this);

    /// <summary>A description safe to log: the private key is masked and the public key shortened.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"ConnectWise {{ BaseUrl = {BaseUrl}, CompanyId = {CompanyId}, PublicKey = {Mask(PublicKey)}, PrivateKey = {(string.IsNullOrEmpty(PrivateKey) ? "(empty)" : "***")}, ClientId = {ClientId}, ApiVersion = {ApiVersion}, PageSize = {PageSize} }}");

    private static string Mask(string value) =>
        string.IsNullOrEmpty(value) ? "(empty)" : value.Length <= 4 ? "***" : string.Concat(value.AsSpan(0, 4), "***");
}
