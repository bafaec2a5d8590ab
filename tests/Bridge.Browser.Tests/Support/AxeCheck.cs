using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// axe in the page as it is now, with only the WCAG 2.1 A and AA rules (not axe's best practices): a test fails
/// with every violation listed (rule, impact, the elements' selectors and markup), so the report says what to mend.
/// </summary>
internal static class AxeCheck
{
    /// <summary>The axe tags of WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe with <see cref="WcagTags"/> on <paramref name="page"/>; fails naming <paramref name="name"/> and every violation.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string name)
    {
        var result = await RunAsync(page);
        Assert.True(result.Violations.Length == 0, Describe(name, result));
    }

    /// <summary>The axe result with only the WCAG 2.1 A/AA rules run, for a test that wants to look at it itself.</summary>
    public static Task<AxeResult> RunAsync(IPage page) => page.RunAxe(new AxeRunOptions
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
    });

    /// <summary>"name: 2 WCAG 2.1 A/AA violation(s)", then per rule its id, impact and help, and each element (selector, markup, why).</summary>
    public static string Describe(string name, AxeResult result)
    {
        var text = new StringBuilder($"{name}: {result.Violations.Length} WCAG 2.1 A/AA violation(s) at {result.Url}");
        foreach (var violation in result.Violations)
        {
            text.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.Append($"\n    {node.Target} → {node.Html}");
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Message)))
                {
                    text.Append($"\n      {check.Message.ReplaceLineEndings(" ")}");
                }
            }
        }

        return text.ToString();
    }
}
