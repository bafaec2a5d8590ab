using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

/// <summary>Every problem in <c>OnCall</c> at once, each line starting with its key.</summary>
internal sealed class OnCallOptionsValidator : IValidateOptions<OnCallOptions>
{
    private const int MaxWarnings = 5;
    private static readonly TimeSpan MinAhead = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan MaxAhead = TimeSpan.FromDays(60);

    public ValidateOptionsResult Validate(string? name, OnCallOptions options)
    {
        var problems = new List<string>();
        Bounds(options.GapWarningDays, 1, 366, nameof(options.GapWarningDays), problems);
        Bounds(options.FeedDaysBack, 0, 366, nameof(options.FeedDaysBack), problems);
        Bounds(options.FeedDaysAhead, 1, 732, nameof(options.FeedDaysAhead), problems);
        Handoff(options.Handoff, problems);
        GapWarnings(options.GapWarnings, problems);
        problems.AddRange(OnCallModelCompiler.Compile(options).Problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Handoff(HandoffOptions handoff, List<string> problems)
    {
        if (handoff.NoticeBefore < TimeSpan.Zero || handoff.NoticeBefore > TimeSpan.FromDays(1))
        {
            problems.Add($"{HandoffOptions.SectionName}:{nameof(handoff.NoticeBefore)} must be between 00:00:00 and 1.00:00:00 (got {handoff.NoticeBefore}).");
        }
    }

    private static void GapWarnings(GapWarningOptions warnings, List<string> problems)
    {
        if (warnings.Enabled && string.IsNullOrWhiteSpace(warnings.Role))
        {
            problems.Add($"{GapWarningOptions.SectionName}:{nameof(warnings.Role)} must name a role of {OnCallOptions.SectionName}:Roles (Dispatcher, …) while gap warnings are enabled.");
        }

        if (warnings.Ahead.Count > MaxWarnings)
        {
            problems.Add($"{GapWarningOptions.SectionName}:{nameof(warnings.Ahead)} may list at most {MaxWarnings} warnings (got {warnings.Ahead.Count}).");
        }

        for (var i = 0; i < warnings.Ahead.Count; i++)
        {
            if (warnings.Ahead[i] < MinAhead || warnings.Ahead[i] > MaxAhead)
            {
                problems.Add($"{GapWarningOptions.SectionName}:{nameof(warnings.Ahead)}:{i} must be between {MinAhead} and {MaxAhead} (got {warnings.Ahead[i]}).");
            }
        }
    }

    private static void Bounds(int value, int min, int max, string member, List<string> problems)
    {
        if (value < min || value > max)
        {
            problems.Add($"{OnCallOptions.SectionName}:{member} must be between {min} and {max} (got {value}).");
        }
    }
}
