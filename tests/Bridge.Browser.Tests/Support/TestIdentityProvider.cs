using System.Collections.Immutable;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Bridge.Browser.Tests.Support;

/// <summary>A person the test provider can sign in: who they are and the app roles the provider gives them.</summary>
internal sealed record ProviderUser(string UserName, string Email, params string[] Roles);

/// <summary>
/// An OpenID Connect provider on a loopback port (OpenIddict in degraded mode: one client, no database): the
/// authorization code flow with PKCE for the bridge, ephemeral keys. Its login page is a form where the test types
/// the user name of one of <see cref="Users"/>; the id_token then carries <c>sub</c>, <c>preferred_username</c>,
/// <c>email</c> and <c>roles</c>.
/// </summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "bridge";
    public const string ClientSecret = "test-provider-secret-for-the-bridge";
    private const string AuthorizePath = "/connect/authorize";
    private const string TokenPath = "/connect/token";

    private TestIdentityProvider(WebApplication app, Uri issuer, IReadOnlyDictionary<string, ProviderUser> users)
    {
        App = app;
        Issuer = issuer;
        Users = users;
    }

    public WebApplication App { get; }

    /// <summary>The issuer and the bridge's <c>Access:Oidc:Authority</c>, with its trailing slash.</summary>
    public Uri Issuer { get; }

    public IReadOnlyDictionary<string, ProviderUser> Users { get; }

    /// <param name="redirectUri">The bridge's callback, the only one the provider sends a code to.</param>
    public static async Task<TestIdentityProvider> StartAsync(int port, Uri redirectUri, IEnumerable<ProviderUser> users)
    {
        var issuer = new Uri($"http://127.0.0.1:{port}/");
        var known = users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(issuer);
            options.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/')).SetTokenEndpointUris(TokenPath.TrimStart('/'));
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // No database: this provider knows its one client itself (the handlers below).
            options.EnableDegradedMode();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, $"Unknown client '{context.ClientId}'.");
                }
                else if (context.RedirectUri != redirectUri.ToString())
                {
                    context.Reject(Errors.InvalidRequest, $"The redirect_uri '{context.RedirectUri}' is not the bridge's callback.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client id or secret.");
                }

                return default;
            }));
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();
        });

        var app = builder.Build();
        app.UseAuthentication();
        app.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => Authorize(context, known));
        app.MapPost(TokenPath, (Delegate)RedeemAsync);
        await app.StartAsync();
        return new TestIdentityProvider(app, issuer, known);
    }

    /// <summary>Without a user name: the login page (a form carrying the request on). With one: that person, signed in.</summary>
    private static IResult Authorize(HttpContext context, IReadOnlyDictionary<string, ProviderUser> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var typed = (string?)request.GetParameter("username");
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Results.Content(LoginPage(request, error: null), "text/html; charset=utf-8");
        }

        if (!users.TryGetValue(typed.Trim(), out var user))
        {
            return Results.Content(LoginPage(request, $"No user named {typed}."), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "sub-" + user.UserName);
        identity.SetClaim(Claims.PreferredUsername, user.UserName);
        identity.SetClaim(Claims.Email, user.Email);
        identity.SetClaims("roles", [.. user.Roles]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        return SignIn(principal);
    }

    /// <summary>The code's principal (OpenIddict has checked the code, the PKCE verifier and the client) becomes the tokens.</summary>
    private static async Task<IResult> RedeemAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return result.Principal is { } principal
            ? SignIn(principal)
            : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult SignIn(ClaimsPrincipal principal)
    {
        principal.SetDestinations(_ => ImmutableArray.Create(Destinations.IdentityToken, Destinations.AccessToken));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string LoginPage(OpenIddictRequest request, string? error)
    {
        var hidden = string.Concat(request.GetParameters()
            .Where(p => p.Key != "username")
            .Select(p => $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(p.Key)}\" value=\"{WebUtility.HtmlEncode((string?)p.Value)}\">"));
        var problem = error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test provider · sign in</title></head>
            <body><main><h1>Test provider</h1>{problem}
            <form method="post" action="{AuthorizePath}">{hidden}
            <label for="username">User name</label><input id="username" name="username" autocomplete="username">
            <button id="login">Sign in</button></form></main></body></html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
