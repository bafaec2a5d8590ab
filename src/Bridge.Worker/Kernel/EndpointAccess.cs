using Microsoft.AspNetCore.Authorization;

namespace Bridge.Worker.Kernel;

/// <summary>
/// The access decision every endpoint carries (default deny: an endpoint without one answers nobody, and a test fails):
/// either public because the request carries its own proof (named in <see cref="Proof"/>), or the least
/// <see cref="Role"/> a caller needs. <see cref="IsPage"/>: a person's browser gets the sign-in page rather than a 401.
/// </summary>
public sealed record EndpointAccess(AccessRole? Role, string? Proof, bool IsPage)
{
    public bool IsPublic => Proof is not null;
}

/// <summary>How a capability states who may call the endpoints it maps.</summary>
public static class EndpointAccessExtensions
{
    /// <summary>Anyone may call: the request carries its own proof (a signed link, a provider's signature, a secret path).</summary>
    public static TBuilder Public<TBuilder>(this TBuilder builder, string proof, bool page = false)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(proof);
        builder.WithMetadata(new EndpointAccess(null, proof, page));
        return builder.AllowAnonymous();
    }

    /// <summary>Only a signed-in person (or the machine's CLI token) holding <paramref name="role"/> or a higher one.</summary>
    public static TBuilder ForRole<TBuilder>(this TBuilder builder, AccessRole role, bool page = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new EndpointAccess(role, null, page));
        return builder.RequireAuthorization(AccessRoles.PolicyFor(role));
    }
}
