using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>The unauthenticated endpoints: company info (codebase discovery) and the callback signing key.</summary>
internal static class LoginEndpoints
{
    public static void MapLoginEndpoints(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        var options = sandbox.Options;
        app.MapGet("/login/companyinfo/{companyId}", (string companyId) =>
            new CwJsonResult(!string.Equals(companyId, options.CompanyId, StringComparison.OrdinalIgnoreCase)
                ? null
                : new JsonObject
                {
                    ["CompanyName"] = "Bridge Demo MSP",
                    ["Codebase"] = options.Codebase,
                    ["VersionCode"] = "v" + AcceptVersion.Current,
                    ["VersionNumber"] = SystemEndpoints.VersionNumber,
                    ["CompanyID"] = options.CompanyId,
                    ["IsCloud"] = false,
                }));

        // key_url is "…/{codebase}/system/callbackkey/index.rails" (double slash); the pipeline collapses it.
        app.MapGet("/" + options.Codebase + "system/callbackkey/index.rails", (HttpContext context) =>
        {
            var company = context.Request.Query["companyName"].ToString();
            var id = context.Request.Query["id"].ToString();
            if (!string.Equals(company, options.CompanyId, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(id, sandbox.KeyId, StringComparison.OrdinalIgnoreCase))
            {
                throw new SandboxApiException(404, "NotFound", "Callback key not found.");
            }

            return new CwJsonResult(new JsonObject { ["signing_key"] = options.CallbackSigningKey });
        });

        app.MapFallback(IResult () => throw CwErrors.EndpointNotFound());
    }
}
