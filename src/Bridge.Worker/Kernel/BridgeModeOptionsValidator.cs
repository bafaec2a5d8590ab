using Microsoft.Extensions.Options;

namespace Bridge.Worker.Kernel;

/// <summary>A number bound to the enum (<c>"Mode": "7"</c>) is the one mistake the binder lets through.</summary>
internal sealed class BridgeModeOptionsValidator : IValidateOptions<BridgeModeOptions>
{
    public ValidateOptionsResult Validate(string? name, BridgeModeOptions options) =>
        Enum.IsDefined(options.Mode)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{BridgeModeOptions.SectionName}:Mode must be {string.Join(" or ", Enum.GetNames<BridgeMode>())}.");
}
