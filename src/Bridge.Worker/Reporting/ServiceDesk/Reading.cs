namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>A figure read from ConnectWise, or why it could not be (a sentence with no secret in it).</summary>
internal sealed record Reading<T>(T Value, string? Failure)
{
    public bool Ok => Failure is null;

    public static Reading<T> Read(T value) => new(value, null);

    public static Reading<T> Failed(string why) => new(default!, why);
}
