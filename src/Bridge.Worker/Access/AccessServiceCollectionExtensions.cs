using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bridge.Worker.Access;

/// <summary>
/// Default deny on the bridge's port: every endpoint states who may call it (<see cref="EndpointAccess"/>); people sign in
/// with a cookie (built-in accounts or an OpenID Connect provider), the machine's CLI with its token file; a form POST
/// made with the cookie carries an antiforgery token; forwarded headers count only from the configured proxies.
/// </summary>
internal static class AccessServiceCollectionExtensions
{
    public const string SignInLimit = "signin";

    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration, BridgeEnvironment environment)
    {
        services.AddBridgeOptions<AccessOptions, AccessOptionsValidator>(configuration, AccessOptions.SectionName);
        services.AddReadAtStart(AccessOptions.SectionName);
        var options = configuration.GetSection(AccessOptions.SectionName).Get<AccessOptions>() ?? new AccessOptions();

        // The keys that sign cookies and antiforgery tokens: beside the state file, so a sign-in survives a restart.
        var keys = KeysDirectory(environment, configuration);
        var protection = services.AddDataProtection().SetApplicationName("Bridge").PersistKeysToFileSystem(keys);
        if (OperatingSystem.IsWindows())
        {
            protection.ProtectKeysWithDpapi(protectToLocalMachine: true);
        }

        services.AddSingleton<ConsoleToken>();
        services.AddHostedService<ConsoleTokenIssuer>();
        services.AddSingleton<AccessMembers>();
        services.AddLocalAccounts(configuration);

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = AccessSchemes.Default;
                o.DefaultChallengeScheme = AccessSchemes.Default;
                o.DefaultForbidScheme = AccessSchemes.Default;
                o.DefaultSignInScheme = AccessSchemes.Cookie;
            })
            .AddPolicyScheme(AccessSchemes.Default, "Bridge", o =>
                o.ForwardDefaultSelector = context => AccessSchemes.BearerOf(context.Request) is not null ? ConsoleTokenHandler.SchemeName : AccessSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ConsoleTokenHandler>(ConsoleTokenHandler.SchemeName, null)
            .AddCookie(AccessSchemes.Cookie, o =>
            {
                o.Cookie.Name = AccessSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the browser reached the bridge over HTTPS (directly or through a listed proxy).
                o.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = options.SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = AccessChallenge.SignInPath;
                o.Events.OnRedirectToLogin = context => AccessChallenge.UnauthorizedAsync(context.HttpContext);
                o.Events.OnRedirectToAccessDenied = context => AccessChallenge.ForbiddenAsync(context.HttpContext);
                o.Events.OnValidatePrincipal = LocalAccountStillHolds;
            });
        if (options.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(AccessSchemes.Oidc, options.Oidc.DisplayName, o => ConfigureOidc(o, options));
        }

        services.AddAuthorization(o =>
        {
            foreach (var role in Enum.GetValues<AccessRole>())
            {
                o.AddPolicy(AccessRoles.PolicyFor(role), p => p.RequireAuthenticatedUser().RequireAssertion(c => AccessPrincipal.Holds(c.User, role)));
            }

            // An endpoint mapped without a decision answers admins only (and a test names it).
            o.FallbackPolicy = o.GetPolicy(AccessRoles.PolicyFor(AccessRole.Admin));
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bridge-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__bridge_antiforgery";
            o.HeaderName = "X-Bridge-Antiforgery";
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    AccessPages.Refused("Too many sign-in attempts", "Wait a minute, then try again."), context.HttpContext.RequestAborted));
            };
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies the admin listed: by default ASP.NET Core believes loopback, and a proxy on the same machine is common.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }

            foreach (var network in options.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out var parsed))
                {
                    o.KnownIPNetworks.Add(parsed);
                }
            }
        });
        if (options.RequireHttps)
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(180));
        }

        return services;
    }

    private static DirectoryInfo KeysDirectory(BridgeEnvironment environment, IConfiguration configuration)
    {
        var state = environment.ResolvePath(configuration[$"{StorageOptions.SectionName}:Path"] is { Length: > 0 } path ? path : new StorageOptions().Path);
        var directory = Path.Combine(Path.GetDirectoryName(state)!, "keys");
        if (!OperatingSystem.IsWindows() && !Directory.Exists(directory))
        {
            // Readable by the service's account only (the state file beside it is as sensitive).
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new DirectoryInfo(directory);
    }

    /// <summary>The middleware, in order: forwarded headers, HTTPS, security headers, routing, sign-in, roles, antiforgery, rate limits.</summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        var options = app.Configuration.GetSection(AccessOptions.SectionName).Get<AccessOptions>() ?? new AccessOptions();
        // With both lists empty ForwardedHeadersMiddleware believes every peer (it checks the lists only when one is
        // non-empty), so any caller could claim any address; with no proxy listed, the headers are not applied at all.
        var forwarded = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        if (options.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use(SecurityHeaders);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(CookieFormsCarryAntiforgery);
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// A built-in account's cookie is only as good as the account: removed from <c>accounts.json</c>, the next request
    /// is signed out; given another role, the cookie carries the new one from the next request on.
    /// </summary>
    private static async Task LocalAccountStillHolds(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        if (user?.FindFirst(AccessClaims.Method)?.Value != "local" || user.Identity?.Name is not { } name)
        {
            return;
        }

        var accounts = context.HttpContext.RequestServices.GetRequiredService<LocalAccounts>();
        LocalAccount? account;
        try
        {
            account = accounts.Find(name);
        }
        catch (InvalidDataException)
        {
            // A file that cannot be read signs nobody out and nobody in (LocalSignIn logs why).
            return;
        }

        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccessSchemes.Cookie);
            return;
        }

        if (AccessRoles.Of(user) != account.Role)
        {
            context.ReplacePrincipal(AccessPrincipal.Create(AccessSchemes.Cookie, account.Name, account.Role, "local", accounts.MemberOf(account), account.Email));
            context.ShouldRenew = true;
        }
    }

    /// <summary>A change (POST, PUT, DELETE…) made with a person's cookie must carry the antiforgery token of a page the bridge served.</summary>
    private static async Task CookieFormsCarryAntiforgery(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var changes = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var byCookie = context.User.Identity?.IsAuthenticated == true && context.User.FindFirst(AccessClaims.Method)?.Value != "console";
        if (changes && byCookie && context.GetEndpoint()?.Metadata.GetMetadata<EndpointAccess>() is { IsPublic: false })
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = "The antiforgery token is missing or does not match: reload the page and try again. Nothing was changed." });
                return;
            }
        }

        await next(context);
    }

    /// <summary>Headers every answer carries; a page that sets its own content security policy keeps it.</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, AccessOptions options)
    {
        var oidc = options.Oidc;
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back on a top-level GET, so the correlation cookies can be SameSite=Lax.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.CallbackPath = oidc.CallbackPath;
        o.SignInScheme = AccessSchemes.Cookie;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.Scope.Clear();
        foreach (var scope in oidc.Scopes)
        {
            o.Scope.Add(scope);
        }

        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = o.CorrelationCookie.SecurePolicy;
        o.Events.OnTokenValidated = context =>
        {
            context.Principal = OidcPeople.Map(context.Principal!, oidc, context.HttpContext.RequestServices.GetRequiredService<AccessMembers>());
            context.HttpContext.RequestServices.GetService<IAuditTrail>()?.Record(
                new AuditEvent(context.Principal.Identity!.Name!, "signin", "bridge", $"signed in with {oidc.DisplayName} as {context.Principal.FindFirst(ClaimTypes.Role)?.Value}", "web"));
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            // A refused or broken sign-in at the provider: back to the sign-in page, saying so (never the provider's raw error).
            context.Response.Redirect(AccessChallenge.SignInPath + "?error=provider");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
