using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

[OptionsValidator]
internal sealed partial class IngestOptionsAttributeValidator : IValidateOptions<IngestOptions>
{
}
