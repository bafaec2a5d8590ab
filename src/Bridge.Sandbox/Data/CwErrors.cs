namespace Bridge.Sandbox.Data;

/// <summary>The error bodies ConnectWise answers with, in one place so the wording stays consistent.</summary>
internal static class CwErrors
{
    public static SandboxApiException NotFound(string typeName, int id) =>
        new(404, "NotFound", $"{typeName} {id} not found");

    public static SandboxApiException EndpointNotFound() =>
        new(404, "ConnectWiseApi", "The endpoint does not exist.");

    public static SandboxApiException Invalid(string typeName, params SandboxApiError[] errors) =>
        new(400, "InvalidObject", $"{typeName} object is invalid", errors);

    public static SandboxApiException InvalidField(string typeName, string field, string message) =>
        Invalid(typeName, new SandboxApiError("InvalidField", message, typeName, field));

    public static SandboxApiException MissingFields(string typeName, IEnumerable<string> fields) =>
        Invalid(typeName, fields
            .Select(f => new SandboxApiError("MissingRequiredField", $"{Capitalise(f)} is required.", typeName, f))
            .ToArray());

    public static SandboxApiException UnknownMember(string typeName, string path, string? location = null) =>
        new(400, "ConnectWiseApi", $"Could not find member '{path.Split('.')[^1]}' on object of type '{typeName}'. Path '{path}'{location}.");

    public static SandboxApiException Condition(string message) =>
        new(400, "ApiFindCondition", message);

    public static SandboxApiException UnknownConditionField(string field) =>
        Condition($"{field} is not a recognized name.");

    public static SandboxApiException BadRequest(string message) =>
        new(400, "ConnectWiseApi", message);

    private static string Capitalise(string field) =>
        field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
