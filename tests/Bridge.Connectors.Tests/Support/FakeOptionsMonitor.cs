using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Tests.Support;

/// <summary>An options monitor whose value a test can swap.</summary>
internal sealed class FakeOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
