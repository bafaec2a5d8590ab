using System.Text.Encodings.Web;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

/// <summary>A bearer token that is the machine's CLI token (<see cref="ConsoleToken"/>) signs the caller in as <c>console</c>, an admin.</summary>
internal sealed class ConsoleTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ConsoleToken token)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "console";
    public const string Actor = "console";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (AccessSchemes.BearerOf(Request) is not { } presented)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!token.Matches(presented))
        {
            // Never the token itself: only that it did not match.
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not this service's console token."));
        }

        var principal = AccessPrincipal.Create(SchemeName, Actor, AccessRole.Admin, "console");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => AccessChallenge.UnauthorizedAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AccessChallenge.ForbiddenAsync(Context);
}
