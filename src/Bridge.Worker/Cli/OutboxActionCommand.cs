using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge outbox retry 12</c> and <c>bridge outbox dismiss 12 [reason…]</c>: asks the running service (on its
/// loopback address) to try a parked record again once its cause is fixed, or to give it up. Needs the service: the
/// record's next attempt is the service's to make.
/// </summary>
internal static class OutboxActionCommand
{
    public const string Usage = "usage: bridge outbox retry <record id> | bridge outbox dismiss <record id> [reason…]";

    public static Task<int> RunAsync(BridgeCommand command, ServiceActionArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = arguments.Retry
            ? $"{OutboxEndpoints.Path}/{arguments.Id}/retry"
            : $"{OutboxEndpoints.Path}/{arguments.Id}/dismiss?reason={Uri.EscapeDataString(arguments.Reason)}";
        return ServiceAction.PostAsync<OutboxAdminResult>(command, path, WriteBackJson.Options, r => (r.Done, r.Message), output, error, cancellationToken);
    }
}
