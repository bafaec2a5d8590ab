using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

[OptionsValidator]
internal sealed partial class WriteBackOptionsAttributeValidator : IValidateOptions<WriteBackOptions>
{
}
