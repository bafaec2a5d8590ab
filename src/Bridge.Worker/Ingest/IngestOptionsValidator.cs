using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>The attribute rules plus the rules that span keys; every failure names its key.</summary>
/// <remarks>
/// Reads <c>ConnectWise:Callbacks:Register</c> from the raw configuration: resolving the ConnectWise options here
/// would repeat their own problems under this section.
/// </remarks>
internal sealed class IngestOptionsValidator(IConfiguration configuration) : IValidateOptions<IngestOptions>
{
    private const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        var failures = new List<string>();
        var attributes = new IngestOptionsAttributeValidator().Validate(name, options);
        if (attributes.Failed)
        {
            failures.AddRange(attributes.Failures);
        }

        failures.AddRange(CrossFieldFailures(options, RegisterRequested(configuration)));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IEnumerable<string> CrossFieldFailures(IngestOptions options, bool register)
    {
        var secret = options.CallbackSecret ?? "";
        if (secret.Length > 0 && secret.Length < MinSecretLength)
        {
            yield return $"Ingest:CallbackSecret must be at least {MinSecretLength} characters (or empty).";
        }

        if (secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')))
        {
            yield return "Ingest:CallbackSecret may only contain letters, digits and - _ . ~ (it is part of a URL).";
        }

        var url = options.PublicUrl ?? "";
        if (url.Length > 0 && !IsHttpUrl(url))
        {
            yield return "Ingest:PublicUrl must be an absolute http(s) URL, e.g. https://bridge.example.com.";
        }

        if (register && url.Length == 0)
        {
            yield return "Ingest:PublicUrl is required when ConnectWise:Callbacks:Register is true (ConnectWise posts callbacks there).";
        }

        for (var i = 0; i < options.Boards.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Boards[i]))
            {
                yield return $"Ingest:Boards:{i} is empty; name a service board or give its id.";
            }
        }
    }

    private static bool RegisterRequested(IConfiguration configuration) =>
        bool.TryParse(configuration["ConnectWise:Callbacks:Register"], out var register) && register;

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
