using System.Security.Cryptography;

namespace Bridge.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> starts. Every setting is optional.</summary>
public sealed class SandboxOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks any free port.</summary>
    public int Port { get; set; }

    /// <summary>The ConnectWise company id (login company), the first part of the Basic user name.</summary>
    public string CompanyId { get; set; } = "bridgedemo";

    public string PublicKey { get; set; } = "sandboxpublickey";

    public string PrivateKey { get; set; } = "sandboxprivatekey";

    /// <summary>The <c>clientId</c> header every API call must carry (compared as a GUID, case-insensitively).</summary>
    public string ClientId { get; set; } = "00000000-0000-4000-8000-00000000c11e";

    /// <summary>The codebase, with its trailing slash; the API lives under <c>/{Codebase}apis/3.0/</c>.</summary>
    public string Codebase { get; set; } = "v4_6_release/";

    /// <summary>Seed the sample MSP (boards, statuses, priorities, clients, members, a few open tickets).</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>Clock for <c>_info</c> stamps and callback retry delays; use a FakeTimeProvider in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The key callbacks are signed with and that <c>key_url</c> serves. Random per instance by default.</summary>
    public string CallbackSigningKey { get; set; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
