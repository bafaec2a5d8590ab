using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>Validation for ticket notes. A note must say where it shows: discussion, internal or resolution.</summary>
internal static class NoteRules
{
    private static readonly string[] PlacementFlags = ["detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag"];

    public static JsonObject Create(DataStore store, JsonObject body, int ticketId, string actor)
    {
        var values = EntityShaper.Normalize(body, Schemas.Note);
        if (string.IsNullOrWhiteSpace(EntityShaper.Text(values, "text")))
        {
            throw CwErrors.MissingFields("ServiceNote", ["text"]);
        }

        if (!Array.Exists(PlacementFlags, f => JsonValues.GetBool(values[f]) == true))
        {
            throw CwErrors.InvalidField("ServiceNote", "detailDescriptionFlag",
                "At least one of detailDescriptionFlag, internalAnalysisFlag or resolutionFlag must be true.");
        }

        if (values["member"] is { } member)
        {
            values["member"] = store.Refs.Member(RefResolver.Resolve(member, store.Members, "ServiceNote", "member", personName: true));
        }

        if (values["contact"] is { } contact)
        {
            values["contact"] = store.Refs.Contact(RefResolver.Resolve(contact, store.Contacts, "ServiceNote", "contact", personName: true));
        }

        values["ticketId"] = ticketId;
        return Finish(store, values, store.Stamp(), actor);
    }

    /// <summary>Fills the computed members and shapes the stored note (also used for initial descriptions).</summary>
    public static JsonObject Finish(DataStore store, JsonObject values, string stamp, string actor)
    {
        if (values["member"] is null && values["contact"] is null && store.MemberByIdentifier(actor) is { } author)
        {
            values["member"] = store.Refs.Member(author);
        }

        var id = store.Notes.NextId();
        values["id"] = id;
        values["dateCreated"] = stamp;
        values["createdBy"] = actor;
        values["internalFlag"] = JsonValues.GetBool(values["internalAnalysisFlag"]) == true;
        values["externalFlag"] = JsonValues.GetBool(values["detailDescriptionFlag"]) == true
            || JsonValues.GetBool(values["resolutionFlag"]) == true;
        values["_info"] = store.NewInfo(stamp, actor, withEntered: false);
        return EntityShaper.Shape(values, Schemas.Note);
    }
}
