using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>The attribute rules plus the heartbeat URL and the canary's weekday and time; every failure names its key.</summary>
internal sealed class WatchOptionsValidator : IValidateOptions<WatchOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchOptions options)
    {
        var failures = new List<string>();
        var attributes = new WatchOptionsAttributeValidator().Validate(name, options);
        if (attributes.Failed)
        {
            failures.AddRange(attributes.Failures);
        }

        failures.AddRange(CrossFieldFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IEnumerable<string> CrossFieldFailures(WatchOptions options)
    {
        const string Section = WatchOptions.SectionName;
        var url = options.Heartbeat.Url;
        if (!string.IsNullOrWhiteSpace(url)
            && !(Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            // The URL is a credential of the monitor: the message does not repeat it.
            yield return $"{Section}:Heartbeat:Url must be an absolute http or https URL (the monitor's push URL), or empty for no heartbeat.";
        }

        if (options.Canary.At is { } at && !string.IsNullOrWhiteSpace(at) && CanaryWeek.Parse(at) is null)
        {
            yield return $"{Section}:Canary:At must be a weekday and a time, e.g. 'Wednesday 19:00' (was '{at}').";
        }
    }
}
