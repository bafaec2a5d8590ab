using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Policies;

[OptionsValidator]
internal sealed partial class EscalationOptionsAttributeValidator : IValidateOptions<EscalationOptions>
{
}
