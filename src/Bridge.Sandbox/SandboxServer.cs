using System.Net;
using System.Security.Cryptography;
using Bridge.Sandbox.Api;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Control;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bridge.Sandbox;

/// <summary>
/// A ConnectWise Manage sandbox: a real Kestrel server on 127.0.0.1 speaking the REST API 3.0 subset the bridge
/// uses, sending signed callbacks, with fault injection and an unauthenticated control surface under <c>/_sandbox/</c>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CallbackDispatcher _dispatcher;
    private int _disposed;

    private SandboxServer(WebApplication app, SandboxServices services, CallbackDispatcher dispatcher)
    {
        _app = app;
        _dispatcher = dispatcher;
        Options = services.Options;
        State = services.State;
        Faults = services.Faults;
        Requests = services.Requests;
        Callbacks = services.Callbacks;
        BaseAddress = services.BaseAddress;
        ApiBaseAddress = new Uri(BaseAddress, Options.Codebase + "apis/3.0/");
    }

    /// <summary><c>http://127.0.0.1:{port}/</c></summary>
    public Uri BaseAddress { get; }

    /// <summary><c>http://127.0.0.1:{port}/v4_6_release/apis/3.0/</c></summary>
    public Uri ApiBaseAddress { get; }

    /// <summary><c>http://127.0.0.1:{port}/_sandbox/</c></summary>
    public Uri ControlAddress => new(BaseAddress, "_sandbox/");

    public SandboxOptions Options { get; }

    public SandboxState State { get; }

    public SandboxFaults Faults { get; }

    public SandboxRequestLog Requests { get; }

    public SandboxCallbackLog Callbacks { get; }

    /// <summary>The <c>Authorization</c> header value a client must send: <c>Basic base64(company+public:private)</c>.</summary>
    public string AuthorizationHeaderValue => ApiAuthenticator.HeaderValue(Options);

    /// <summary>Starts the server (and seeds the sample data unless disabled).</summary>
    /// <exception cref="ArgumentException">The options are invalid (codebase without trailing slash, port out of range…).</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken ct = default)
    {
        options ??= new SandboxOptions();
        Validate(options);
        var services = new SandboxServices(options, new SandboxState(options), new SandboxFaults(), new SandboxRequestLog(), new SandboxCallbackLog());

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.Use(CollapseSlashes);
        app.UseRouting();
        app.Use(next => new SandboxMiddleware(next, services).InvokeAsync);
        var api = app.MapGroup(services.ApiPrefix);
        api.MapTicketEndpoints(services.State);
        api.MapTimeEntryEndpoints(services.State);
        api.MapReferenceEndpoints(services.State);
        api.MapSystemEndpoints(services.State);
        app.MapControlEndpoints(services);
        app.MapLoginEndpoints(services);

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        services.BaseAddress = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");

        var dispatcher = new CallbackDispatcher(CallbackContextFor(services), services.Faults, services.Callbacks, options.TimeProvider);
        var server = new SandboxServer(app, services, dispatcher);
        services.State.SetApiBase(server.ApiBaseAddress.ToString());
        services.State.CallbackSink = dispatcher.Enqueue;
        services.State.Reset();
        return server;
    }

    /// <summary>An HttpClient for the API with the credentials, clientId and a versioned Accept header set.</summary>
    public HttpClient CreateApiClient()
    {
        var client = new HttpClient { BaseAddress = ApiBaseAddress };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", AuthorizationHeaderValue);
        client.DefaultRequestHeaders.TryAddWithoutValidation("clientId", Options.ClientId);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", $"application/vnd.connectwise.com+json; version={AcceptVersion.Current}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        State.CallbackSink = null;
        await _app.StopAsync();
        await _dispatcher.DisposeAsync();
        await _app.DisposeAsync();
    }

    private static CallbackContext CallbackContextFor(SandboxServices services)
    {
        var options = services.Options;
        var keyUrl = $"{services.BaseAddress}{options.Codebase}/system/callbackkey/index.rails?companyName={Uri.EscapeDataString(options.CompanyId)}&id={services.KeyId}";
        return new CallbackContext($"127.0.0.1:{services.BaseAddress.Port}", options.CompanyId, keyUrl,
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            options.CallbackSigningKey);
    }

    private static Task CollapseSlashes(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.Contains("//", StringComparison.Ordinal))
        {
            while (path.Contains("//", StringComparison.Ordinal))
            {
                path = path.Replace("//", "/", StringComparison.Ordinal);
            }

            context.Request.Path = new PathString(path);
        }

        return next(context);
    }

    private static void Validate(SandboxOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CompanyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.PublicKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.PrivateKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.CallbackSigningKey);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        if (!Guid.TryParse(options.ClientId, out _))
        {
            throw new ArgumentException("ClientId must be a GUID.", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Codebase) || !options.Codebase.EndsWith('/') || options.Codebase.StartsWith('/'))
        {
            throw new ArgumentException("Codebase must look like 'v4_6_release/': no leading slash, one trailing slash.", nameof(options));
        }
    }
}
