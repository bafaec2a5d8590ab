using System.Net;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Learns the bridge's own member at start (<c>system/myAccount</c>) unless it is configured, trying again every
/// minute while ConnectWise cannot answer; a server that does not offer the call is told once in the log.
/// </summary>
internal sealed class BridgeMemberDiscovery(IConnectWiseApi api, BridgeMember member, TimeProvider time, ILogger<BridgeMemberDiscovery> logger) : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested && !await TryAsync(stoppingToken))
        {
            await Task.Delay(RetryEvery, time, stoppingToken);
        }
    }

    /// <summary>True when there is nothing left to ask: configured, found, or not offered by this server.</summary>
    private async Task<bool> TryAsync(CancellationToken ct)
    {
        if (member.Identifier is not null)
        {
            return true;
        }

        try
        {
            var account = await api.GetMyAccountAsync(ct);
            member.Learn(account.Identifier);
            if (member.Identifier is { } found)
            {
                IngestLog.MemberFound(logger, found);
                return true;
            }
        }
        catch (ConnectWiseApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            IngestLog.MemberUnknown(logger, (int)ex.StatusCode);
            return true;
        }
        catch (Exception ex) when (IngestFailures.IsTransient(ex, ct))
        {
            IngestLog.MemberLookupFailed(logger, ex);
        }

        return false;
    }
}
