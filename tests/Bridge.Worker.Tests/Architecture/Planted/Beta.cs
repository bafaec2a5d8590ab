// Types a test plants arrows to: folder "Beta" of the root Bridge.Worker.Tests.Architecture.Planted.
namespace Bridge.Worker.Tests.Architecture.Planted.Beta;

public class Target
{
    public int Value { get; init; } = 1;

    public static int Count() => 2;
}

public interface IMarker;

[AttributeUsage(AttributeTargets.All)]
public sealed class MarkAttribute : Attribute;

public sealed class PlantedException(string message) : Exception(message);

/// <summary>The one arrow back to Alpha, so the two folders form a cycle.</summary>
public static class BackReference
{
    public static Type Name() => typeof(Alpha.Alone);
}
