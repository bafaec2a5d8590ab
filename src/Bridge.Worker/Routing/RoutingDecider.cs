using System.Globalization;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing.Calendar;
using Bridge.Worker.Routing.Rules;
using NodaTime;

namespace Bridge.Worker.Routing;

/// <summary>
/// The routing decision: a pure function of ticket, policy and instant. Each step adds the reason it
/// applied, naming the configuration key, so an admin can read why a ticket paged somebody at 02:00.
/// </summary>
internal static class RoutingDecider
{
    public static RoutingDecision Decide(TicketSnapshot ticket, RoutingPolicy policy, DateTimeOffset at)
    {
        var reasons = new List<RoutingReason>();
        var client = policy.For(ticket.CompanyIdentifier);
        var calendar = client.Calendar;
        var now = Instant.FromDateTimeOffset(at);
        var contract = client.Contract;

        reasons.Add(client.Company is null
            ? new("client", RoutingOptions.SectionName + ":Default", $"company '{ticket.CompanyIdentifier ?? "(none)"}' is not listed under Routing:Clients; the default applies")
            : new("client", client.ConfigKey, $"client {client.Company}"));
        reasons.Add(new("contract", contract.ConfigKey, contract.Kind == ContractKind.AfterHoursBillable
            ? $"contract {contract.Kind}, after-hours multiplier ×{Multiplier(contract.AfterHoursMultiplier)}"
            : $"contract {contract.Kind}"));

        var open = calendar.IsOpen(now);
        var holiday = calendar.HolidayAt(now);
        var nextOpening = calendar.NextOpening(now);
        reasons.Add(holiday is not null
            ? new("holiday", holiday.ConfigKey, $"{Describe(calendar, now)} is {holiday.Name} (holiday rule \"{holiday.RuleText}\"): not a business day")
            : new("business-hours", client.HoursKey, $"{Describe(calendar, now)} is {(open ? "within" : "outside")} business hours ({calendar.Hours})"));

        var level = policy.Priorities.Match(ticket.PriorityId, ticket.PriorityName);
        var priorityText = $"priority '{ticket.PriorityName ?? "(none)"}'{(ticket.PriorityId is { } id ? $" (id {id})" : "")}";
        reasons.Add(level is not null
            ? new("priority", level.ConfigKey, $"{priorityText} is {level.Key}")
            : new("priority", RoutingOptions.SectionName + ":Priorities", $"{priorityText} is not mapped to a level; no SLA targets"));

        var emergency = EmergencyCheck(ticket, client, level, reasons);

        Disposition disposition;
        BillingClass billing;
        if (open)
        {
            disposition = Disposition.BusinessHours;
            billing = BillingClass.Normal;
        }
        else if (!emergency)
        {
            disposition = Disposition.NextBusinessDay;
            billing = BillingClass.Normal;
            reasons.Add(new("after-hours", client.HoursKey, $"not an emergency: waits for the next business opening, {Describe(calendar, nextOpening)}"));
        }
        else
        {
            (disposition, billing) = contract.Kind switch
            {
                ContractKind.Included24x7 => (Disposition.PageNow, BillingClass.Included),
                ContractKind.AfterHoursBillable => (Disposition.PageNow, BillingClass.AfterHours(contract.AfterHoursMultiplier)),
                _ => (Disposition.NextBusinessDay, BillingClass.Normal),
            };
            reasons.Add(new("contract", contract.ConfigKey, contract.Kind switch
            {
                ContractKind.Included24x7 => "after-hours emergency support is included (Included24x7): page now",
                ContractKind.AfterHoursBillable => $"after-hours emergency on an AfterHoursBillable contract: page now, billed {billing}",
                _ => $"BusinessHoursOnly: no after-hours response; the client is told the ticket waits until {Describe(calendar, nextOpening)}",
            }));
        }

        var scheduledFor = policy.IsScheduledStatus(ticket.StatusName) ? ticket.RequiredDate : null;
        if (scheduledFor is { } scheduled && !calendar.IsOpen(Instant.FromDateTimeOffset(scheduled)))
        {
            if (billing.Kind == BillingKind.AfterHours)
            {
                billing = BillingClass.Normal;
            }

            reasons.Add(new("scheduled", RoutingOptions.SectionName + ":ScheduledStatuses",
                $"the client scheduled the work for {Describe(calendar, Instant.FromDateTimeOffset(scheduled))}, outside business hours: billed {billing}"));
        }

        var escalationPolicy = level?.PolicyFor(ticket.IsAssigned) ?? policy.DefaultPolicy;
        reasons.Add(new("policy", level?.ConfigKey ?? RoutingOptions.SectionName + ":DefaultPolicy",
            $"escalation policy {escalationPolicy} ({(ticket.IsAssigned ? "assigned" : "unassigned")})"));

        var businessPolicy = open ? level?.BusinessPolicyFor(ticket.IsAssigned) : null;
        if (businessPolicy is not null)
        {
            reasons.Add(new("policy", level!.ConfigKey, $"within business hours the desk's ladder is {businessPolicy}"));
        }

        // A ticket that waited for the morning (entered while closed, no page) starts its clocks when the desk opens.
        var clockFrom = disposition == Disposition.NextBusinessDay
            ? nextOpening
            : disposition == Disposition.BusinessHours && ticket.DateEntered is { } entered && entered <= at && !calendar.IsOpen(Instant.FromDateTimeOffset(entered))
            ? calendar.NextOpening(Instant.FromDateTimeOffset(entered))
            : (Instant?)null;
        var sla = Sla(ticket, level, calendar, clockFrom, at);
        if (level is not null)
        {
            reasons.Add(new("sla", level.ConfigKey + ":Sla", DescribeSla(calendar, sla)));
        }

        return new RoutingDecision
        {
            TicketId = ticket.Id,
            At = InZone(calendar, now),
            Disposition = disposition,
            Client = client.Company,
            Contract = contract.Kind,
            Billing = billing,
            Emergency = emergency,
            BusinessHours = open,
            PriorityLevel = level?.Key,
            EscalationPolicy = escalationPolicy,
            BusinessHoursPolicy = businessPolicy,
            Sla = sla,
            NextBusinessOpening = InZone(calendar, nextOpening),
            Reasons = reasons,
        };
    }

    /// <summary>Exclusions first: what the client declared non-critical stays non-critical whatever rule matches.</summary>
    private static bool EmergencyCheck(TicketSnapshot ticket, ClientProfile client, PriorityLevel? level, List<RoutingReason> reasons)
    {
        var matches = client.Emergency.Rules
            .Select(rule => (Rule: rule, Matched: rule.Match(ticket, level)))
            .Where(m => m.Matched is not null)
            .ToList();
        foreach (var exclusion in client.Emergency.Exclusions)
        {
            if (exclusion.Match(ticket, level) is { } excluded)
            {
                var overridden = matches.Count == 0 ? "" : $"; overrides emergency rule {string.Join(", ", matches.Select(m => $"'{m.Rule.Name}' ({m.Rule.ConfigKey})"))}";
                reasons.Add(new("emergency-exclusion", exclusion.ConfigKey, $"exclusion '{exclusion.Name}' matched {excluded}: not an emergency{overridden}"));
                return false;
            }
        }

        foreach (var (rule, matched) in matches)
        {
            reasons.Add(new("emergency-rule", rule.ConfigKey, $"emergency rule '{rule.Name}' matched {matched}"));
        }

        if (matches.Count == 0)
        {
            reasons.Add(new("emergency-rule", client.ConfigKey + ":Emergency", "no emergency rule matched: not an emergency"));
        }

        return matches.Count > 0;
    }

    private static SlaDueTimes Sla(TicketSnapshot ticket, PriorityLevel? level, BusinessCalendar calendar, Instant? waitsUntil, DateTimeOffset at)
    {
        // A ticket entered before the decision instant is measured from its entry; a later one (explain --at in the past) from the instant.
        var startOffset = ticket.DateEntered is { } entered && entered <= at ? entered : at;
        var start = waitsUntil ?? Instant.FromDateTimeOffset(startOffset);
        if (level is null)
        {
            return SlaDueTimes.None(InZone(calendar, start));
        }

        DateTimeOffset? Wall(TimeSpan? target) => target is { } t ? InZone(calendar, start + Duration.FromTimeSpan(t)) : null;
        var client = level.Sla.ClientResponse is { } c ? InZone(calendar, calendar.Add(start, Duration.FromTimeSpan(c))) : (DateTimeOffset?)null;
        return new SlaDueTimes(InZone(calendar, start), Wall(level.Sla.InternalResponse), client, Wall(level.Sla.Escalation));
    }

    private static string DescribeSla(BusinessCalendar calendar, SlaDueTimes sla)
    {
        string When(DateTimeOffset? due) => due is { } d ? Describe(calendar, Instant.FromDateTimeOffset(d)) : "none";
        return $"SLA clock from {Describe(calendar, Instant.FromDateTimeOffset(sla.ClockStart))}: internal response by {When(sla.InternalResponse)}, " +
            $"client response by {When(sla.ClientResponse)} (business time), escalation at {When(sla.Escalation)}";
    }

    internal static string Describe(BusinessCalendar calendar, Instant instant) =>
        $"{InZone(calendar, instant).ToString("ddd yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)} {calendar.Zone.Id}";

    private static DateTimeOffset InZone(BusinessCalendar calendar, Instant instant) => instant.InZone(calendar.Zone).ToDateTimeOffset();

    private static string Multiplier(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
