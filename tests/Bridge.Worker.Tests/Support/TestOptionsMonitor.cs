using Microsoft.Extensions.Options;

namespace Bridge.Worker.Tests.Support;

/// <summary>Options that never change.</summary>
internal sealed class TestOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
