using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>
/// Validation for time entries, as strict as the real API: UTC <c>yyyy-MM-ddTHH:mm:ssZ</c> only, an end not
/// before the start, no time on a ticket whose status forbids it, and a <c>chargeToType</c> that is the ticket's own.
/// </summary>
internal sealed class TimeEntryRules(DataStore store, TicketRules tickets)
{
    private const string TypeName = "TimeEntry";

    /// <summary>Validates a create body or a patched entry and returns the entity to store.</summary>
    public JsonObject Build(JsonObject body, JsonObject? current, string actor)
    {
        CheckDateFormat(body, "timeStart");
        CheckDateFormat(body, "timeEnd");
        var values = EntityShaper.Normalize(body, Schemas.TimeEntry);
        foreach (var field in Schemas.TimeEntry.TopLevel)
        {
            if (field.Access == FieldAccess.ReadOnly)
            {
                values.Remove(field.Name);
            }
        }

        if (values["timeStart"] is null)
        {
            throw CwErrors.MissingFields(TypeName, ["timeStart"]);
        }

        ResolveChargeTo(values);
        ResolveMember(values, actor);
        if (values["workType"] is { } workType)
        {
            values["workType"] = store.Refs.WorkType(RefResolver.Resolve(workType, store.WorkTypes, TypeName, "workType"));
        }
        else if (store.WorkTypes.Items.FirstOrDefault(w => JsonValues.GetBool(w["overallDefaultFlag"]) == true) is { } defaultType)
        {
            values["workType"] = store.Refs.WorkType(defaultType);
        }

        if (values["workRole"] is { } workRole)
        {
            values["workRole"] = store.Refs.WorkRole(RefResolver.Resolve(workRole, store.WorkRoles, TypeName, "workRole"));
        }

        if (values["agreement"] is { } agreement)
        {
            values["agreement"] = store.Refs.Agreement(RefResolver.Resolve(agreement, store.Agreements, TypeName, "agreement"));
        }

        ComputeHours(values);
        var stamp = store.Stamp();
        values["id"] = current is null ? store.TimeEntries.NextId() : EntityCollection.IdOf(current);
        values["enteredBy"] = current?["enteredBy"]?.DeepClone() ?? actor;
        values["dateEntered"] = current?["dateEntered"]?.DeepClone() ?? stamp;
        values["status"] = current?["status"]?.DeepClone() ?? "Open";
        values["_info"] = current is null
            ? store.NewInfo(stamp, actor, withEntered: false, ("chargeToMobileGuid", $"time/entries/{values["id"]}"))
            : DataStore.UpdatedInfo(current, stamp, actor);
        return EntityShaper.Shape(values, Schemas.TimeEntry);
    }

    private static void CheckDateFormat(JsonObject body, string field)
    {
        var value = body.FirstOrDefault(p => string.Equals(p.Key, field, StringComparison.OrdinalIgnoreCase)).Value;
        if (value is null)
        {
            return;
        }

        if (!CwDates.TryParseStrict(JsonValues.GetString(value), out _))
        {
            throw new SandboxApiException(400, "UnsupportedFormat",
                $"The value '{JsonValues.Describe(value)}' of {field} is not in a supported format. Dates must be UTC in the format yyyy-MM-ddTHH:mm:ssZ.",
                [new SandboxApiError("UnsupportedFormat", $"{field} must be in the format yyyy-MM-ddTHH:mm:ssZ.", TypeName, field)]);
        }
    }

    private void ResolveChargeTo(JsonObject values)
    {
        if (values["chargeToId"] is null)
        {
            if (values["company"] is null)
            {
                throw CwErrors.MissingFields(TypeName, ["chargeToId"]);
            }

            values["company"] = store.Refs.Company(RefResolver.Resolve(values["company"], store.Companies, TypeName, "company"));
            return;
        }

        values["chargeToType"] ??= TicketKind.ServiceTicket;
        var chargeToType = EntityShaper.Text(values, "chargeToType")!;
        if (TicketKind.ForRecordType(chargeToType) is null)
        {
            throw CwErrors.InvalidField(TypeName, "chargeToType",
                "The sandbox only records time against tickets (chargeToType ServiceTicket, ProjectTicket or ProjectIssue).");
        }

        // Service and project tickets share ids but not resources: the charge type must be the ticket's own record
        // type, so ServiceTicket with a project ticket's id finds no service ticket (and the other way round).
        var ticketId = JsonValues.GetInt(values["chargeToId"]) ?? 0;
        var ticket = store.Tickets.Find(ticketId) is { } found
            && string.Equals(JsonValues.GetString(found["recordType"]), chargeToType, StringComparison.OrdinalIgnoreCase)
                ? found
                : throw CwErrors.InvalidField(TypeName, "chargeToId", $"{Described(chargeToType)} {ticketId} was not found.");
        if (tickets.BlockingStatus(ticket) is { } status)
        {
            throw new SandboxApiException(400, "TimeEntryApi",
                $"Time entries cannot be saved on ticket #{ticketId} because its status '{JsonValues.GetString(status["name"])}' does not allow time entries. Change the status of the ticket first.");
        }

        values["company"] = ticket["company"]?.DeepClone();
        values["ticket"] = store.Refs.Ticket(ticket);
    }

    private static string Described(string chargeToType) =>
        string.Equals(chargeToType, TicketKind.ProjectTicket, StringComparison.OrdinalIgnoreCase) ? "Project ticket"
        : string.Equals(chargeToType, TicketKind.ProjectIssue, StringComparison.OrdinalIgnoreCase) ? "Project issue"
        : "Service ticket";

    private void ResolveMember(JsonObject values, string actor)
    {
        JsonObject? member = values["member"] is { } given
            ? RefResolver.Resolve(given, store.Members, TypeName, "member", personName: true)
            : store.MemberByIdentifier(actor);
        if (member is null)
        {
            return;
        }

        values["member"] = store.Refs.Member(member);
        if (values["workRole"] is null && member["workRole"] is JsonObject role && store.WorkRoles.Find(JsonValues.GetInt(role["id"]) ?? 0) is not null)
        {
            values["workRole"] = new JsonObject { ["id"] = role["id"]?.DeepClone() };
        }
    }

    private static void ComputeHours(JsonObject values)
    {
        if (!CwDates.TryParseStrict(EntityShaper.Text(values, "timeStart"), out var start))
        {
            throw CwErrors.MissingFields(TypeName, ["timeStart"]);
        }

        var deduct = JsonValues.TryGetDecimal(values["hoursDeduct"], out var d) ? d : 0m;
        values["hoursDeduct"] = deduct;
        if (EntityShaper.Text(values, "timeEnd") is { } endText && CwDates.TryParseStrict(endText, out var end))
        {
            if (end < start)
            {
                throw CwErrors.InvalidField(TypeName, "timeEnd", "Time end must not be before time start.");
            }

            values["actualHours"] = Math.Max(0m, Math.Round((decimal)(end - start).TotalHours - deduct, 2));
        }

        values["actualHours"] ??= 0m;
        values["billableOption"] ??= "Billable";
        var billable = string.Equals(EntityShaper.Text(values, "billableOption"), "Billable", StringComparison.OrdinalIgnoreCase);
        values["hoursBilled"] = billable ? JsonValues.TryGetDecimal(values["actualHours"], out var h) ? h : 0m : 0m;
    }
}
