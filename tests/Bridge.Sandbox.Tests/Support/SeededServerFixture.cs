namespace Bridge.Sandbox.Tests.Support;

/// <summary>One seeded sandbox shared by a test class whose tests only read.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    public const string ClientId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    public SandboxServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync(new SandboxOptions { ClientId = ClientId });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
