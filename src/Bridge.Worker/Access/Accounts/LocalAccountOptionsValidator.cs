using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access.Accounts;

[OptionsValidator]
internal sealed partial class LocalAccountOptionsValidator : IValidateOptions<LocalAccountOptions>
{
}
