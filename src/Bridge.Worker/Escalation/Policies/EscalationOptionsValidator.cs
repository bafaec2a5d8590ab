using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Policies;

/// <summary>
/// The attribute rules plus the shape of every ladder; every failure names its key. Whether a schedule, role or
/// person a target names exists, and whether routing's policy names exist here, is checked against the other
/// sections by <see cref="EscalationReferenceCheck"/>.
/// </summary>
internal sealed class EscalationOptionsValidator : IValidateOptions<EscalationOptions>
{
    private const int MaxRepeats = 100;

    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        var failures = new List<string>();
        var attributes = new EscalationOptionsAttributeValidator().Validate(name, options);
        if (attributes.Failed)
        {
            failures.AddRange(attributes.Failures);
        }

        failures.AddRange(CrossFieldFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IEnumerable<string> CrossFieldFailures(EscalationOptions options)
    {
        const string Section = EscalationOptions.SectionName;
        foreach (var (policyName, policy) in options.Policies)
        {
            var key = $"{Section}:Policies:{policyName}";
            if (policy is null || policy.Steps.Count == 0)
            {
                yield return $"{key}:Steps is empty; a ladder needs at least one step.";
                continue;
            }

            for (var i = 0; i < policy.Steps.Count; i++)
            {
                foreach (var failure in StepFailures($"{key}:Steps:{i}", policy.Steps[i]))
                {
                    yield return failure;
                }
            }

            if (!string.IsNullOrWhiteSpace(policy.ThresholdPolicy) && !options.Policies.ContainsKey(policy.ThresholdPolicy.Trim()))
            {
                yield return $"{key}:ThresholdPolicy names '{policy.ThresholdPolicy}', which is not among {Section}:Policies ({string.Join(", ", options.Policies.Keys)}).";
            }

            foreach (var failure in LastStepFailures(key, policy.RepeatLastEvery, policy.GiveUpAfter))
            {
                yield return failure;
            }

            if (policy.AcknowledgementTimeout is { } timeout && timeout < TimeSpan.FromMinutes(1))
            {
                yield return $"{key}:AcknowledgementTimeout is {timeout}; give at least 00:01:00, or leave it out to never re-page after an acknowledgement.";
            }
        }

        if (!string.IsNullOrWhiteSpace(options.WaitingPolicy) && !options.Policies.ContainsKey(options.WaitingPolicy.Trim()))
        {
            yield return $"{Section}:WaitingPolicy names '{options.WaitingPolicy}', which is not among {Section}:Policies.";
        }

        if (!string.IsNullOrWhiteSpace(options.BusinessHoursPolicy) && !options.Policies.ContainsKey(options.BusinessHoursPolicy.Trim()))
        {
            yield return $"{Section}:BusinessHoursPolicy names '{options.BusinessHoursPolicy}', which is not among {Section}:Policies.";
        }

        foreach (var failure in LastStepFailures(Section, options.RepeatLastEvery, options.GiveUpAfter))
        {
            yield return failure;
        }

        foreach (var target in options.Exhausted.Targets)
        {
            if (!EscalationTarget.TryParse(target, out var parsed) || parsed.Kind is EscalationTargetKind.Contact or EscalationTargetKind.Assigned)
            {
                yield return $"{Section}:Exhausted:Targets has '{target}'; write schedule:<name>, role:<name> or member:<identifier> (people who answer for the desk).";
            }
        }

        foreach (var failure in LinkFailures(options))
        {
            yield return failure;
        }
    }

    private static IEnumerable<string> LastStepFailures(string key, TimeSpan? repeatLastEvery, TimeSpan? giveUpAfter)
    {
        if (repeatLastEvery is { } every && every != TimeSpan.Zero && every < TimeSpan.FromMinutes(1))
        {
            yield return $"{key}:RepeatLastEvery is {every}; repeat at most once a minute (00:01:00 or more), or 00:00:00 for no pages beyond the ladder's own.";
        }

        if (giveUpAfter is { } end && end < TimeSpan.FromMinutes(1))
        {
            yield return $"{key}:GiveUpAfter is {end}; give at least 00:01:00, or leave it out to page until someone acknowledges.";
        }
    }

    private static IEnumerable<string> StepFailures(string key, EscalationStepOptions? step)
    {
        if (step is null)
        {
            yield return $"{key} is empty.";
            yield break;
        }

        if (step.After < TimeSpan.Zero)
        {
            yield return $"{key}:After is {step.After}; a step cannot come before the ladder starts.";
        }

        if (step.Targets.Count == 0)
        {
            yield return $"{key}:Targets is empty; name who to notify (schedule:<name>, role:<name>, member:<identifier>, assigned or contact).";
        }

        foreach (var target in step.Targets)
        {
            if (!EscalationTarget.TryParse(target, out _))
            {
                yield return $"{key}:Targets has '{target}'; write schedule:<name>, role:<name>, member:<identifier>, assigned or contact.";
            }
        }

        if (step.RepeatCount is < 0 or > MaxRepeats)
        {
            yield return $"{key}:RepeatCount is {step.RepeatCount}; give 0 to {MaxRepeats}.";
        }

        if (step.RepeatCount > 0 && step.RepeatEvery is not { } every)
        {
            yield return $"{key}:RepeatEvery is missing; RepeatCount {step.RepeatCount} needs an interval such as 00:05:00.";
        }
        else if (step.RepeatEvery is { } interval && interval < TimeSpan.FromMinutes(1))
        {
            yield return $"{key}:RepeatEvery is {interval}; repeat at most once a minute (00:01:00 or more).";
        }
    }

    private static IEnumerable<string> LinkFailures(EscalationOptions options)
    {
        const string Section = EscalationOptions.SectionName;
        if (options.PublicUrl.Length > 0
            && (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            yield return $"{Section}:PublicUrl '{options.PublicUrl}' is not an absolute http(s) address (e.g. https://bridge.example.com).";
        }

        if (options.AckSigningKey.Length > 0 && !IsStrongKey(options.AckSigningKey))
        {
            yield return $"{Section}:AckSigningKey is not base64 of at least 32 bytes; leave it empty to have one generated.";
        }

        if (string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            yield return $"{Section}:SigningKeyFile is empty; give a path for the generated signing key (e.g. data/ack-signing.key).";
        }

        for (var i = 0; i < options.Runbooks.Count; i++)
        {
            var runbook = options.Runbooks[i];
            if (string.IsNullOrWhiteSpace(runbook.Type))
            {
                yield return $"{Section}:Runbooks:{i}:Type is empty; name the ticket type the runbook is for.";
            }

            if (!Uri.TryCreate(runbook.Url, UriKind.Absolute, out _))
            {
                yield return $"{Section}:Runbooks:{i}:Url '{runbook.Url}' is not an absolute address.";
            }
        }
    }

    internal static bool IsStrongKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written >= 32;
    }
}
