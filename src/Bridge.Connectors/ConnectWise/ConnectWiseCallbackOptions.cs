using System.ComponentModel.DataAnnotations;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// How callback signing keys are fetched (key path <c>ConnectWise:Callbacks</c>).
/// </summary>
/// <remarks>
/// A key is fetched only from an origin the operator trusts: the origin of
/// <see cref="ConnectWiseOptions.BaseUrl"/>, its cloud UI twin (the same host without the <c>api-</c>
/// prefix, which is where ConnectWise's own <c>key_url</c> points) and <see cref="TrustedKeyOrigins"/>.
/// A <c>key_url</c> naming any other origin fails verification, so an attacker cannot name their own key.
/// </remarks>
public sealed class ConnectWiseCallbackOptions
{
    /// <summary>How long a fetched signing key is reused for the same <c>key_url</c>.</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "ConnectWise:Callbacks:KeyCacheDuration must be between 0 and 1 day.")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Timeout of one signing-key fetch (ConnectWise gives up on a callback after 5 s).</summary>
    [KeyRange(typeof(TimeSpan), "00:00:00.100", "00:00:30", ErrorMessage = "ConnectWise:Callbacks:KeyFetchTimeout must be between 100 ms and 30 seconds.")]
    public TimeSpan KeyFetchTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Extra origins (<c>https://host[:port]</c>) a <c>key_url</c> may name, for an on-premises server
    /// whose callback host differs from its API host. Usually empty.
    /// </summary>
    public IList<string> TrustedKeyOrigins { get; set; } = [];

    /// <summary>
    /// When true, the bridge makes sure at start that exactly one ticket callback per configured board (or one at
    /// the owner level) points at its public URL, repairing or replacing stale registrations it made before.
    /// </summary>
    public bool Register { get; set; }

    /// <summary>
    /// The <c>isSelfSuppressedFlag</c> of the registrations the bridge makes (with <see cref="Register"/> on): by its
    /// name, ConnectWise then sends no callback for changes made by the registering member, i.e. the bridge's own
    /// notes, time entries and status writes, which would otherwise come straight back. Not confirmed against a live
    /// ConnectWise, hence a setting; polling still reads every change. A registration whose flag differs is
    /// updated at start.
    /// </summary>
    public bool SelfSuppressed { get; set; } = true;
}
