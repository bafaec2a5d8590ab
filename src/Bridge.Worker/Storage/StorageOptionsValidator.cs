using Microsoft.Extensions.Options;

namespace Bridge.Worker.Storage;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
}
