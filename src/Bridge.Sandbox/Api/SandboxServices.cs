namespace Bridge.Sandbox.Api;

/// <summary>What the middleware and endpoints of one sandbox share.</summary>
internal sealed class SandboxServices(SandboxOptions options, SandboxState state, SandboxFaults faults, SandboxRequestLog requests, SandboxCallbackLog callbacks)
{
    public const string ApiActor = SandboxState.ApiMemberIdentifier;

    public SandboxOptions Options { get; } = options;

    public SandboxState State { get; } = state;

    public SandboxFaults Faults { get; } = faults;

    public SandboxRequestLog Requests { get; } = requests;

    public SandboxCallbackLog Callbacks { get; } = callbacks;

    /// <summary>Identifies the signing key in <c>key_url</c>.</summary>
    public string KeyId { get; } = Guid.NewGuid().ToString();

    /// <summary><c>/v4_6_release/apis/3.0</c> for the default codebase.</summary>
    public string ApiPrefix => "/" + Options.Codebase + "apis/3.0";

    /// <summary>Set once Kestrel has bound its port.</summary>
    public Uri BaseAddress { get; set; } = new("http://127.0.0.1/");
}
