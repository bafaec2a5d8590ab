using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

/// <summary>Every problem in <c>OnCall</c> at once, each line starting with its key.</summary>
internal sealed class OnCallOptionsValidator : IValidateOptions<OnCallOptions>
{
    public ValidateOptionsResult Validate(string? name, OnCallOptions options)
    {
        var problems = new List<string>();
        Bounds(options.GapWarningDays, 1, 366, nameof(options.GapWarningDays), problems);
        Bounds(options.FeedDaysBack, 0, 366, nameof(options.FeedDaysBack), problems);
        Bounds(options.FeedDaysAhead, 1, 732, nameof(options.FeedDaysAhead), problems);
        problems.AddRange(OnCallModelCompiler.Compile(options).Problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Bounds(int value, int min, int max, string member, List<string> problems)
    {
        if (value < min || value > max)
        {
            problems.Add($"{OnCallOptions.SectionName}:{member} must be between {min} and {max} (got {value}).");
        }
    }
}
