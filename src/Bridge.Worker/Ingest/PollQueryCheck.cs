using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Diagnostics;

namespace Bridge.Worker.Ingest;

/// <summary>
/// For <c>check-connection</c>: runs the poller's exact queries once against the tenant (forward-only pagination,
/// the cold-start and the since-watermark conditions, the fields it reads), one row each, and says plainly when
/// ConnectWise refuses one; and says which member the bridge's own writes will carry.
/// </summary>
internal static class PollQueryCheck
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(IConnectWiseApi api, IngestOptions ingest, TimeSpan overlap, DateTimeOffset now, BridgeMember member, CancellationToken ct)
    {
        var results = new List<CheckResult>();
        var scopes = (ingest.Boards.Count == 0 ? [null] : ingest.Boards.Select(b => (string?)b)).Select(b => (Board: b, Project: false))
            .Concat(ingest.ProjectBoards.Select(b => (Board: (string?)b, Project: true)));
        foreach (var (board, project) in scopes)
        {
            foreach (var (form, watermark) in new[] { ("cold start", (DateTimeOffset?)null), ("since watermark", now) })
            {
                var conditions = PollQuery.Conditions(board, watermark, overlap).ToString();
                var name = $"poll {(project ? PollQuery.ProjectScope(board!) : PollQuery.Scope(board))} ({form})";
                results.Add(await RunOneAsync(name, conditions, project
                    ? token => api.GetProjectTicketsForwardOnlyAsync(conditions, TicketSnapshotMapper.Fields, null, 1, token)
                    : token => api.GetTicketsForwardOnlyAsync(conditions, TicketSnapshotMapper.Fields, null, 1, token), ct));
            }
        }

        results.Add(await MemberAsync(api, member, ct));
        return results;
    }

    private static async Task<CheckResult> RunOneAsync(string name, string conditions, Func<CancellationToken, Task<Refit.IApiResponse<List<Connectors.ConnectWise.Models.Ticket>>>> query, CancellationToken ct)
    {
        try
        {
            using var response = await query(ct);
            var rows = await response.EnsureConnectWiseSuccessAsync(TimeProvider.System);
            var date = response.Headers?.Date is null ? "; no Date header, so the watermark follows the newest stamp read" : "";
            return new CheckResult(name, true, $"GET service/tickets with forward-only paging and conditions \"{conditions}\" works ({rows?.Count ?? 0} row read){date}");
        }
        catch (ConnectWiseApiException ex)
        {
            return new CheckResult(name, false, $"ConnectWise refused the poll query \"{conditions}\" with forward-only paging: {(int)ex.StatusCode} {ex.Code} {ex.ServerMessage ?? ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new CheckResult(name, false, $"the poll query could not be sent: {ex.Message}");
        }
    }

    private static async Task<CheckResult> MemberAsync(IConnectWiseApi api, BridgeMember member, CancellationToken ct)
    {
        const string Name = "own member";
        if (member.Identifier is { } configured)
        {
            return new CheckResult(Name, true, $"the bridge's own writes carry {configured} (ConnectWise:MemberIdentifier)");
        }

        try
        {
            var account = await api.GetMyAccountAsync(ct);
            return string.IsNullOrWhiteSpace(account.Identifier)
                ? new CheckResult(Name, false, "system/myAccount answered without an identifier; set ConnectWise:MemberIdentifier")
                : new CheckResult(Name, true, $"the bridge's own writes carry {account.Identifier} (from system/myAccount)");
        }
        catch (ConnectWiseApiException ex)
        {
            return new CheckResult(Name, false, $"system/myAccount answered {(int)ex.StatusCode}; set ConnectWise:MemberIdentifier to the API member's identifier so the bridge's own writes are recognised");
        }
    }
}
