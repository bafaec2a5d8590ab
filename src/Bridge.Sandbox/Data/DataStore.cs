using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>All collections plus the clock and link helpers the rules share. Guarded by the state's lock.</summary>
internal sealed class DataStore
{
    public DataStore(TimeProvider time)
    {
        Time = time;
        Refs = new Refs(() => ApiBase);
    }

    public TimeProvider Time { get; }

    public Refs Refs { get; }

    /// <summary>Absolute API base with trailing slash; links in <c>_info</c> start with it.</summary>
    public string ApiBase { get; set; } = "http://127.0.0.1/v4_6_release/apis/3.0/";

    public EntityCollection Tickets { get; } = new("Ticket", Schemas.Ticket);

    public EntityCollection Notes { get; } = new("ServiceNote", Schemas.Note);

    public EntityCollection TimeEntries { get; } = new("TimeEntry", Schemas.TimeEntry);

    public EntityCollection Boards { get; } = new("Board", Schemas.Board);

    public EntityCollection Statuses { get; } = new("BoardStatus", Schemas.BoardStatus);

    public EntityCollection Types { get; } = new("BoardType", Schemas.BoardType);

    public EntityCollection SubTypes { get; } = new("BoardSubType", Schemas.BoardSubType);

    public EntityCollection Priorities { get; } = new("Priority", Schemas.Priority);

    public EntityCollection Members { get; } = new("Member", Schemas.Member);

    public EntityCollection Companies { get; } = new("Company", Schemas.Company);

    public EntityCollection Contacts { get; } = new("Contact", Schemas.Contact);

    public EntityCollection Configurations { get; } = new("Configuration", Schemas.Configuration);

    public EntityCollection WorkTypes { get; } = new("WorkType", Schemas.WorkType);

    public EntityCollection WorkRoles { get; } = new("WorkRole", Schemas.WorkRole);

    public EntityCollection Agreements { get; } = new("Agreement", Schemas.Agreement);

    public EntityCollection Callbacks { get; } = new("CallbackEntry", Schemas.Callback);

    public TicketConfigurationLinks TicketConfigurations { get; } = new();

    public IEnumerable<EntityCollection> All =>
    [
        Tickets, Notes, TimeEntries, Boards, Statuses, Types, SubTypes, Priorities, Members, Companies,
        Contacts, Configurations, WorkTypes, WorkRoles, Agreements, Callbacks,
    ];

    /// <summary>
    /// The <c>lastUpdated</c> of a save: now, truncated to whole seconds, as ConnectWise stamps it. Two saves
    /// within one second share a stamp, so a client polling <c>lastUpdated &gt; [t]</c> must overlap its window.
    /// </summary>
    public string Stamp() => CwDates.Format(CwDates.TruncateToSeconds(Time.GetUtcNow()));

    /// <summary>A fresh <c>_info</c>; <paramref name="hrefs"/> are (name, path relative to the API base).</summary>
    public JsonObject NewInfo(string stamp, string actor, bool withEntered = true, params (string Name, string Path)[] hrefs)
    {
        var info = new JsonObject { ["lastUpdated"] = stamp, ["updatedBy"] = actor };
        if (withEntered)
        {
            info["dateEntered"] = stamp;
            info["enteredBy"] = actor;
        }

        foreach (var (name, path) in hrefs)
        {
            info[name] = Refs.Href(path);
        }

        return info;
    }

    /// <summary>The previous <c>_info</c> with the new stamp and author.</summary>
    public static JsonObject UpdatedInfo(JsonObject current, string stamp, string actor)
    {
        var info = current["_info"]?.DeepClone() as JsonObject ?? [];
        info["lastUpdated"] = stamp;
        info["updatedBy"] = actor;
        return info;
    }

    public JsonObject? MemberByIdentifier(string identifier) => Members.FindByText("identifier", identifier);

    public void Clear()
    {
        foreach (var collection in All)
        {
            collection.Clear();
        }

        TicketConfigurations.Clear();
    }
}
