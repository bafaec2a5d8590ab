using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bridge.Integration.Tests.Support;

/// <summary>The bridge's real ConnectWise client, registered as the worker registers it, aimed at a sandbox.</summary>
public sealed class ConnectWiseClientHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConnectWiseClientHost(ServiceProvider services) => _services = services;

    public IConnectWiseApi Api => _services.GetRequiredService<IConnectWiseApi>();

    public ConnectWisePager Pager => _services.GetRequiredService<ConnectWisePager>();

    public ConnectWiseCallbackVerifier Verifier => _services.GetRequiredService<ConnectWiseCallbackVerifier>();

    public static ConnectWiseClientHost For(SandboxServer sandbox, Action<ConnectWiseOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<ConnectWiseOptions>().Configure(o =>
        {
            o.BaseUrl = sandbox.ApiBaseAddress.ToString();
            o.CompanyId = sandbox.Options.CompanyId;
            o.PublicKey = sandbox.Options.PublicKey;
            o.PrivateKey = sandbox.Options.PrivateKey;
            o.ClientId = sandbox.Options.ClientId;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(o);
        });
        services.AddConnectWiseClient();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = provider.GetRequiredService<IOptions<ConnectWiseOptions>>().Value;
        return new ConnectWiseClientHost(provider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
