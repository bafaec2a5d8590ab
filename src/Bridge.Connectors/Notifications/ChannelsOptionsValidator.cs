using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications;

/// <summary>
/// Source-generated validator of <see cref="ChannelsOptions"/>: the bounds on every configured channel and the
/// cross-field rules, all failures reported together with their key paths.
/// </summary>
[OptionsValidator]
public sealed partial class ChannelsOptionsValidator : IValidateOptions<ChannelsOptions>
{
}
