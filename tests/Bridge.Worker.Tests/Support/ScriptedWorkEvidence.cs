using Bridge.Worker.Escalation.Engine;

namespace Bridge.Worker.Tests.Support;

/// <summary>What ConnectWise would say about work on a ticket, scripted by the test (the real reader is tested against the sandbox).</summary>
internal sealed class ScriptedWorkEvidence : IWorkEvidence
{
    public List<(int TicketId, WorkSign Sign)> Signs { get; } = [];

    /// <summary>ConnectWise cannot answer.</summary>
    public bool Unreachable { get; set; }

    public int Asked { get; private set; }

    public Task<WorkSign?> LatestSinceAsync(int ticketId, bool projectTicket, DateTimeOffset since, CancellationToken cancellationToken)
    {
        Asked++;
        if (Unreachable)
        {
            throw new HttpRequestException("connection refused");
        }

        return Task.FromResult(Signs.Where(s => s.TicketId == ticketId && s.Sign.At > since).Select(s => s.Sign).OrderByDescending(s => s.At).FirstOrDefault());
    }
}
