using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.Support;

/// <summary>What the bridge wrote into one sandbox ticket: its notes and time entries carrying a marker, and its successful writes in order.</summary>
public sealed partial class TicketWrites(SandboxServer sandbox, int ticketId)
{
    public JsonObject Ticket => sandbox.State.GetTicket(ticketId)!;

    public string? StatusName => (string?)Ticket["status"]?["name"];

    public IReadOnlyList<JsonObject> Notes => sandbox.State.Notes(ticketId).Where(n => Marker((string?)n["text"]) is not null).ToList();

    public IReadOnlyList<JsonObject> TimeEntries => sandbox.State.TimeEntries(ticketId).Where(e => Marker((string?)e["internalNotes"]) is not null).ToList();

    /// <summary>The markers of notes and time entries; each must appear once.</summary>
    public IReadOnlyList<string> Markers =>
        Notes.Select(n => Marker((string?)n["text"])!).Concat(TimeEntries.Select(e => Marker((string?)e["internalNotes"])!)).ToList();

    /// <summary>
    /// The writes ConnectWise accepted, in the order it accepted them: the marker key of a note or time entry,
    /// <c>status</c> for a PATCH of the ticket.
    /// </summary>
    public IReadOnlyList<string> AcceptedWrites() =>
        sandbox.Requests.Entries
            .Where(r => r.StatusCode is >= 200 and < 300)
            .Select(r => (r.Method, r.ApiPath, r.Body) switch
            {
                ("PATCH", var path, _) when path == $"service/tickets/{ticketId}" => "status",
                ("POST", var path, var body) when path == $"service/tickets/{ticketId}/notes" => Marker(body),
                ("POST", "time/entries", var body) when body?.Contains($"\"chargeToId\":{ticketId},", StringComparison.Ordinal) == true => Marker(body),
                _ => null,
            })
            .OfType<string>()
            .ToList();

    public static string? Marker(string? text) => text is null ? null : MarkerRegex().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\[bridge:([^\]]+)\]")]
    private static partial Regex MarkerRegex();
}
