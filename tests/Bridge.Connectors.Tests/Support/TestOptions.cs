using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Tests.Support;

/// <summary>Valid options pointing at a given API base, with test-friendly resilience values.</summary>
internal static class TestOptions
{
    public const string PrivateKey = "PrivKey-S3cret-Value";
    public const string ClientId = "7d2f0b1e-3c4a-4e5f-9a8b-1c2d3e4f5a6b";

    public static ConnectWiseOptions For(string apiBase, Action<ConnectWiseResilienceOptions>? resilience = null)
    {
        var options = new ConnectWiseOptions
        {
            BaseUrl = apiBase,
            CompanyId = "acme",
            PublicKey = "PubKey123",
            PrivateKey = PrivateKey,
            ClientId = ClientId,
        };
        options.Resilience.BaseDelay = TimeSpan.FromMilliseconds(10);
        resilience?.Invoke(options.Resilience);
        return options;
    }

    public static void CopyTo(this ConnectWiseOptions source, ConnectWiseOptions target)
    {
        target.BaseUrl = source.BaseUrl;
        target.CompanyId = source.CompanyId;
        target.PublicKey = source.PublicKey;
        target.PrivateKey = source.PrivateKey;
        target.ClientId = source.ClientId;
        target.ApiVersion = source.ApiVersion;
        target.PageSize = source.PageSize;
        target.Resilience = source.Resilience;
        target.Callbacks = source.Callbacks;
    }
}
