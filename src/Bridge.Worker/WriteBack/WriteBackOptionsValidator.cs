using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack;

/// <summary>The attribute rules plus the rules that span keys; every failure names its key.</summary>
/// <remarks>Whether the status and work type names exist is ConnectWise's to say: <see cref="WriteBackTargetResolver"/> checks that at start.</remarks>
internal sealed class WriteBackOptionsValidator : IValidateOptions<WriteBackOptions>
{
    internal static readonly string[] BillableOptions = ["Billable", "DoNotBill", "NoCharge", "NoDefault"];

    public ValidateOptionsResult Validate(string? name, WriteBackOptions options)
    {
        var failures = new List<string>();
        var attributes = new WriteBackOptionsAttributeValidator().Validate(name, options);
        if (attributes.Failed)
        {
            failures.AddRange(attributes.Failures);
        }

        failures.AddRange(CrossFieldFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static IEnumerable<string> CrossFieldFailures(WriteBackOptions options)
    {
        const string Section = WriteBackOptions.SectionName;
        foreach (var (board, statuses) in options.Statuses)
        {
            if (string.IsNullOrWhiteSpace(board))
            {
                yield return $"{Section}:Statuses has an empty board name; name a service board or give its id.";
            }

            if (statuses is null || Enum.GetValues<WriteBackEvent>().All(e => string.IsNullOrWhiteSpace(statuses.For(e))))
            {
                yield return $"{Section}:Statuses:{board} maps no event; give a status name for at least one of {string.Join(", ", Enum.GetNames<WriteBackEvent>())}, or remove the board.";
            }
        }

        foreach (var (key, value) in BillableOptionKeys(options))
        {
            if (!BillableOptions.Contains(value, StringComparer.Ordinal))
            {
                yield return $"{Section}:{key} must be one of {string.Join(", ", BillableOptions)} (was '{value}').";
            }
        }

        if (options.RetryBaseDelay > options.RetryMaxDelay)
        {
            yield return $"{Section}:RetryBaseDelay ({options.RetryBaseDelay:c}) must not be longer than {Section}:RetryMaxDelay ({options.RetryMaxDelay:c}).";
        }

        if (options.ClientNotices.ReceivedWithin < TimeSpan.Zero)
        {
            yield return $"{Section}:ClientNotices:ReceivedWithin must not be negative (was {options.ClientNotices.ReceivedWithin:c}); 02:00:00 sends the received notice for tickets entered in the last 2 hours.";
        }

        if (options.ContactAttempts.Member is { Length: > 0 } member && member.Any(char.IsWhiteSpace))
        {
            yield return $"{Section}:ContactAttempts:Member must be a ConnectWise member identifier (no spaces), e.g. bridgeapi.";
        }
    }

    private static IEnumerable<(string Key, string Value)> BillableOptionKeys(WriteBackOptions options)
    {
        yield return ("ContactAttempts:BillableOption", options.ContactAttempts.BillableOption ?? "");
        yield return ("Billing:Normal:BillableOption", options.Billing.Normal.BillableOption ?? "");
        yield return ("Billing:AfterHours:BillableOption", options.Billing.AfterHours.BillableOption ?? "");
        yield return ("Billing:Included:BillableOption", options.Billing.Included.BillableOption ?? "");
    }
}
