// Each type in folder "Alpha" reaches Beta one way only, so a test can show that way is seen.
namespace Bridge.Worker.Tests.Architecture.Planted.Alpha;

public static class ViaFullyQualifiedNameInBody
{
    public static int Read() => new Bridge.Worker.Tests.Architecture.Planted.Beta.Target().Value;
}

public static class ViaStaticCall
{
    public static int Read() => Beta.Target.Count();
}

public sealed class ViaProperty
{
    public Beta.Target? Held { get; set; }
}

public sealed class ViaGenericType
{
    public IReadOnlyList<Beta.Target> Held { get; set; } = [];
}

public sealed class ViaBaseType : Beta.Target;

public sealed class ViaInterface : Beta.IMarker;

[Beta.Mark]
public sealed class ViaAttribute;

public sealed class ViaGenericMethodArgument
{
    public int Count(IEnumerable<object> items) => items.OfType<Beta.Target>().Count();
}

public static class ViaLambda
{
    public static Func<int> Counter() => () => Beta.Target.Count() + 1;
}

public static class ViaAsyncStateMachine
{
    public static async Task<int> ReadAsync()
    {
        await Task.Yield();
        return Beta.Target.Count();
    }
}

public static class ViaCatch
{
    public static bool Swallows(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (Beta.PlantedException)
        {
            return true;
        }
    }
}

public sealed class ViaTypeofInAttribute
{
    [TypeArgument(typeof(Beta.Target))]
    public int Value { get; set; }
}

public sealed class ViaGenericTypeofInAttribute
{
    [TypeArgument(typeof(List<Beta.Target>))]
    public int Value { get; set; }
}

[AttributeUsage(AttributeTargets.All)]
public sealed class TypeArgumentAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

public sealed class ViaMethodSignature
{
    public string Describe(Beta.Target target) => target.GetType().Name;
}

public static class ViaLocal
{
    public static bool Read(object item)
    {
        var target = item as Beta.Target;
        return target is null;
    }
}

/// <summary>Uses only its own folder: no arrow.</summary>
public static class Alone
{
    public static int Read() => ViaStaticCall.Read();
}
