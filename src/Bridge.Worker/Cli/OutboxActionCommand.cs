using System.Globalization;
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

    public static bool IsAction(string[] args) => args.Length > 0 && args[0] is "retry" or "dismiss";

    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var args = command.HostArgs;
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await error.WriteLineAsync(args.Length < 2 ? Usage : $"'{args[1]}' is not an outbox record id (the number `bridge outbox` shows after #). {Usage}");
            return 2;
        }

        var reason = string.Join(' ', args.Skip(2));
        var path = args[0] == "retry"
            ? $"{OutboxEndpoints.Path}/{id}/retry"
            : $"{OutboxEndpoints.Path}/{id}/dismiss?reason={Uri.EscapeDataString(reason)}";
        return await ServiceAction.PostAsync<OutboxAdminResult>(command, path, WriteBackJson.Options, r => (r.Done, r.Message), output, error, cancellationToken);
    }
}
