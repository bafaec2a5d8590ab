using System.Net;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage;

/// <summary>The bounds, and every allowed network must parse; each failure names its key.</summary>
internal sealed class StatusPageOptionsValidator : IValidateOptions<StatusPageOptions>
{
    public ValidateOptionsResult Validate(string? name, StatusPageOptions options)
    {
        var failures = new List<string>();
        var attributes = new StatusPageOptionsAttributeValidator().Validate(name, options);
        if (attributes.Failed)
        {
            failures.AddRange(attributes.Failures);
        }

        var networks = options.AllowedNetworks ?? [];
        for (var i = 0; i < networks.Count; i++)
        {
            if (!IPNetwork.TryParse(networks[i]?.Trim() ?? "", out _))
            {
                failures.Add($"{StatusPageOptions.SectionName}:AllowedNetworks:{i} '{networks[i]}' is not a network in CIDR form (e.g. 10.20.0.0/16, 192.168.1.25/32 or ::1/128).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
