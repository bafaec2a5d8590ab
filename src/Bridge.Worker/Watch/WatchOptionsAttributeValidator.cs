using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

[OptionsValidator]
internal sealed partial class WatchOptionsAttributeValidator : IValidateOptions<WatchOptions>;
