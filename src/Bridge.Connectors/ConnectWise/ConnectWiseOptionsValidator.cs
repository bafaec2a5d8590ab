using Microsoft.Extensions.Options;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Source-generated validator of <see cref="ConnectWiseOptions"/>: the DataAnnotations bounds on every
/// property (nested <see cref="ConnectWiseOptions.Resilience"/> and <see cref="ConnectWiseOptions.Callbacks"/>
/// included) and the cross-field rules of <see cref="ConnectWiseOptions.Validate"/>. All failures are
/// reported together, each naming its key path such as <c>ConnectWise:BaseUrl</c>.
/// </summary>
/// <remarks>
/// <see cref="ConnectWiseServiceCollectionExtensions.AddConnectWiseClient(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// registers it together with <c>ValidateOnStart</c>, so a bad configuration stops the host at start.
/// </remarks>
[OptionsValidator]
public sealed partial class ConnectWiseOptionsValidator : IValidateOptions<ConnectWiseOptions>
{
}
