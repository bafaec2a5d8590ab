using Microsoft.Extensions.Options;

namespace Bridge.Worker.Logging;

[OptionsValidator]
internal sealed partial class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
}
