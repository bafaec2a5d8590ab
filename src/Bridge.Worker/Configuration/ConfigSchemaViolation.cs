namespace Bridge.Worker.Configuration;

/// <summary>One place where a configuration file breaks its schema: a JSON path like <c>$.OnCall.Schedules[0].Name</c>.</summary>
internal sealed record ConfigSchemaViolation(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
