using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// One operation of a ConnectWise PATCH body (a JSON array of these):
/// <c>{"op":"replace","path":"status","value":{"id":5}}</c>.
/// </summary>
/// <remarks>
/// Replace whole reference objects (<c>path = "status"</c>, <c>value = new { id = 5 }</c>) rather than
/// nested paths like <c>status/id</c>: ConnectWise may answer a misleading 200 to those. <paramref name="Path"/>
/// is case-sensitive. <paramref name="Value"/> is serialized by its runtime type with the ConnectWise JSON
/// settings; it is written even when null (to clear a field) except for <c>remove</c>.
/// </remarks>
/// <param name="Op"><c>add</c>, <c>replace</c> or <c>remove</c>.</param>
/// <param name="Path">The field name, e.g. <c>status</c>, <c>owner</c>, <c>summary</c>.</param>
/// <param name="Value">The new value: a scalar, an object such as <c>new { id = 5 }</c>, or an array.</param>
[JsonConverter(typeof(PatchOperationJsonConverter))]
public sealed record PatchOperation(string Op, string Path, object? Value)
{
    /// <summary>Builds <c>{"op":"replace","path":path,"value":value}</c>.</summary>
    /// <param name="path">The field name.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Replace(string path, object? value) => new("replace", path, value);

    /// <summary>Builds <c>{"op":"add","path":path,"value":value}</c>.</summary>
    /// <param name="path">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Add(string path, object? value) => new("add", path, value);

    /// <summary>Builds <c>{"op":"remove","path":path}</c>.</summary>
    /// <param name="path">The field name.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Remove(string path) => new("remove", path, null);
}
