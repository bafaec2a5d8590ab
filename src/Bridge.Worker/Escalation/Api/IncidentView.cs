using System.Text.Json.Serialization;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Worker.Escalation.Api;

/// <summary>An incident as the CLI and the status page show it.</summary>
public sealed record IncidentView(
    int Id,
    int TicketId,
    string State,
    string Cause,
    string Policy,
    int Ladder,
    string? Priority,
    string? Client,
    string Summary,
    DateTimeOffset OpenedAt,
    DateTimeOffset LadderStart,
    int? CurrentStep,
    int Steps,
    DateTimeOffset? NextDueAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedReason,
    IReadOnlyList<string> Paged,
    string? ConfigVersion = null,
    DateTimeOffset? ConfigAppliedAt = null)
{
    public static IncidentView From(Incident incident) => new(
        incident.Id,
        incident.TicketId,
        incident.State.ToString(),
        incident.Cause,
        incident.Policy,
        incident.Ladder,
        incident.PriorityLevel ?? incident.Ticket.PriorityName,
        incident.Ticket.CompanyName ?? incident.Ticket.CompanyIdentifier,
        incident.Ticket.Summary,
        incident.OpenedAt,
        incident.LadderStart,
        incident.Steps.Where(s => s.NextRepeat > 0 && !s.IsFallback).Select(s => (int?)s.Number).DefaultIfEmpty(null).Max(),
        incident.Steps.Count(s => !s.IsFallback),
        incident.NextDueAt,
        incident.AcknowledgedByName ?? incident.AcknowledgedBy,
        incident.AcknowledgedAt,
        incident.ClosedAt,
        incident.ClosedReason,
        incident.Paged,
        incident.ConfigVersion,
        incident.ConfigAppliedAt);

    /// <summary>Triggered or acknowledged: someone is being paged or is on it.</summary>
    [JsonIgnore]
    public bool IsOpen => State is nameof(IncidentState.Triggered) or nameof(IncidentState.Acknowledged);
}
