using Microsoft.Extensions.Options;

namespace Bridge.Worker.Engine;

[OptionsValidator]
internal sealed partial class EngineOptionsValidator : IValidateOptions<EngineOptions>;
