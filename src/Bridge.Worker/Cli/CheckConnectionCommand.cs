namespace Bridge.Worker.Cli;

internal static class CheckConnectionCommand
{
    public static Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) => Task.FromResult(2);
}
