using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

[OptionsValidator]
internal sealed partial class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
}
