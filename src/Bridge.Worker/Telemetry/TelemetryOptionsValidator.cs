using Microsoft.Extensions.Options;

namespace Bridge.Worker.Telemetry;

[OptionsValidator]
internal sealed partial class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>;
