namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>
/// A reference to another ConnectWise record (<c>{id, name, identifier}</c>). ConnectWise expands
/// references in responses; on writes send only what identifies the record, e.g. <see cref="ById"/>.
/// </summary>
public sealed record Reference
{
    /// <summary>Record id.</summary>
    public int? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Short identifier (companies, members).</summary>
    public string? Identifier { get; init; }

    /// <summary>A reference by id: <c>{"id":5}</c>.</summary>
    /// <param name="id">The record id.</param>
    /// <returns>The reference.</returns>
    public static Reference ById(int id) => new() { Id = id };

    /// <summary>A reference by name: <c>{"name":"Service Desk"}</c>.</summary>
    /// <param name="name">The record name.</param>
    /// <returns>The reference.</returns>
    public static Reference ByName(string name) => new() { Name = name };

    /// <summary>A reference by identifier: <c>{"identifier":"jdoe"}</c>.</summary>
    /// <param name="identifier">The record identifier.</param>
    /// <returns>The reference.</returns>
    public static Reference ByIdentifier(string identifier) => new() { Identifier = identifier };
}
