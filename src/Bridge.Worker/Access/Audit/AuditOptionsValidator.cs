using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access.Audit;

[OptionsValidator]
internal sealed partial class AuditOptionsValidator : IValidateOptions<AuditOptions>;
