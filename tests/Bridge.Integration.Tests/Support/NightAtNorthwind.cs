using Bridge.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The sandbox on a test clock at 02:00 on Tuesday 24 November 2026 in New York (Dana Schmidt on call), an SMS gateway
/// on loopback and a state directory: what the tenant tests run the real bridge against.
/// </summary>
public abstract class NightAtNorthwind : IAsyncLifetime
{
    protected const string Dana = "+15550204";
    protected static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(T0);

    protected TempDirectory Dir { get; } = new();

    protected SandboxServer Sandbox { get; private set; } = null!;

    protected SmsGateway Sms { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = Clock });
        Sms = await SmsGateway.StartAsync();
    }

    /// <summary>Texts received at <paramref name="phone"/>.</summary>
    protected int To(string phone) => EscalationBridge.Texts(Sms).Count(t => t.To == phone);

    public async Task DisposeAsync()
    {
        await Sms.DisposeAsync();
        await Sandbox.DisposeAsync();
        Dir.Dispose();
    }
}
