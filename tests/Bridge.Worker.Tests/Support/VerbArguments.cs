using System.CommandLine;

namespace Bridge.Worker.Tests.Support;

/// <summary>Parses a verb's command alone and hands back what its action would get, without running the verb.</summary>
internal static class VerbArguments
{
    public static T Read<T>(Func<Func<ParseResult, T, CancellationToken, Task<int>>, Command> create, params string[] args)
        where T : class
    {
        T? seen = null;
        var command = create((_, arguments, _) =>
        {
            seen = arguments;
            return Task.FromResult(0);
        });
        var result = command.Parse(args);
        Assert.Empty(result.Errors);
        Assert.Equal(0, result.Invoke());
        return seen ?? throw new InvalidOperationException("The verb's action did not run.");
    }
}
