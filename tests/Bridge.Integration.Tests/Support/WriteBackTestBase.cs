using Bridge.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// A seeded sandbox, a state directory, a test clock at Tuesday 02:10 New York time (after hours) and one P1
/// ticket of ContosoLaw (AfterHoursBillable), assigned to Anh Nguyen, unless <see cref="CreateTicket"/> says otherwise.
/// </summary>
public abstract class WriteBackTestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Night = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);

    protected TempDirectory Dir { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Night);

    protected SandboxServer Sandbox { get; private set; } = null!;

    protected int TicketId { get; private set; }

    protected TicketWrites Writes => new(Sandbox, TicketId);

    /// <summary>The sandbox's settings (its own clock, for one); null for the defaults.</summary>
    protected virtual SandboxOptions? SandboxOptions => null;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(SandboxOptions);
        TicketId = CreateTicket();
    }

    protected virtual int CreateTicket() =>
        (int)Sandbox.State.CreateTicket("ContosoLaw", "Exchange down for the whole office", t => t.Priority(1).Owner("anguyen"))["id"]!;

    protected Task<WriteBackBridge> StartBridgeAsync(IReadOnlyDictionary<string, string?>? extra = null, bool waitForTargets = true) =>
        WriteBackBridge.StartAsync(Sandbox, Dir, Clock, extra, waitForTargets);

    public async Task DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        Dir.Dispose();
    }
}
