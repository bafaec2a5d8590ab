using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage;

[OptionsValidator]
internal sealed partial class StatusPageOptionsAttributeValidator : IValidateOptions<StatusPageOptions>
{
}
