using System.Net;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

[OptionsValidator]
internal sealed partial class AccessOptionsAttributeValidator : IValidateOptions<AccessOptions>;

/// <summary>The attribute checks, then what they cannot say: proxies that are addresses, a provider that is complete.</summary>
internal sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var failures = new List<string>();
        if (new AccessOptionsAttributeValidator().Validate(name, options) is { Failed: true } attributes)
        {
            failures.AddRange(attributes.Failures);
        }

        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"Access:KnownProxies:{i}: '{options.KnownProxies[i]}' is not an IP address.");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                failures.Add($"Access:KnownNetworks:{i}: '{options.KnownNetworks[i]}' is not a network in CIDR form (e.g. 10.0.0.0/24).");
            }
        }

        var oidc = options.Oidc;
        if (oidc.Enabled)
        {
            if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            {
                failures.Add($"Access:Oidc:Authority: '{oidc.Authority}' is not an absolute http(s) address.");
            }
            else if (oidc.RequireHttpsMetadata && authority.Scheme != "https")
            {
                failures.Add("Access:Oidc:Authority: the provider must be on https (set Access:Oidc:RequireHttpsMetadata false only for a provider on this machine).");
            }

            if (string.IsNullOrWhiteSpace(oidc.ClientId))
            {
                failures.Add("Access:Oidc:ClientId: required when Access:Oidc:Authority is set.");
            }

            if (!oidc.CallbackPath.StartsWith('/'))
            {
                failures.Add($"Access:Oidc:CallbackPath: '{oidc.CallbackPath}' must be a path starting with /.");
            }
        }

        if (!AccessRoles.TryParse(oidc.DefaultRole, out _))
        {
            failures.Add($"Access:Oidc:DefaultRole: '{oidc.DefaultRole}' is not a role ({string.Join(", ", AccessRoles.Names)}).");
        }

        foreach (var role in oidc.Roles.Keys.Where(k => !AccessRoles.TryParse(k, out _)))
        {
            failures.Add($"Access:Oidc:Roles:{role}: not a role ({string.Join(", ", AccessRoles.Names)}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
