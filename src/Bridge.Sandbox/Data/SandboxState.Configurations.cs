using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>
/// Configurations attached to tickets (<c>…/tickets/{id}/configurations</c>). Attaching or detaching one is a save
/// of the ticket: it stamps <c>_info.lastUpdated</c> and sends the ticket's <c>updated</c> callback.
/// </summary>
public sealed partial class SandboxState
{
    private const string ConfigurationReferenceType = "ConfigurationReference";

    /// <summary>
    /// The configurations attached to a ticket (service or project), in id order, as ConnectWise lists them:
    /// <c>{id, deviceIdentifier, _info:{configuration_href}}</c> and no name.
    /// </summary>
    public IReadOnlyList<JsonObject> Configurations(int ticketId) =>
        [.. TicketConfigurationsCore(ticketId, kind: null).Items];

    /// <summary>Attaches a configuration (by name, e.g. <c>NWD-DC01</c>) to a ticket as a technician would.</summary>
    /// <param name="ticketId">Service or project ticket id.</param>
    /// <param name="configurationName">The configuration's <c>name</c>.</param>
    /// <param name="memberIdentifier">Who made the change.</param>
    /// <returns>The configuration reference now listed for the ticket.</returns>
    /// <exception cref="SandboxApiException">Unknown ticket or configuration (404), or already attached (400 ObjectExists).</exception>
    public JsonObject AttachConfiguration(int ticketId, string configurationName, string? memberIdentifier = null) =>
        AttachConfigurationCore(ticketId, new JsonObject { ["id"] = ConfigurationIdByName(configurationName) },
            memberIdentifier ?? DefaultMemberIdentifier);

    /// <summary>Detaches a configuration (by name) from a ticket; 404 when it was not attached.</summary>
    public void DetachConfiguration(int ticketId, string configurationName, string? memberIdentifier = null) =>
        DetachConfigurationCore(ticketId, ConfigurationIdByName(configurationName), memberIdentifier ?? DefaultMemberIdentifier);

    /// <summary>
    /// The ticket's configuration references as a detached collection, so the list parameters (conditions, fields,
    /// paging) apply to it like to any other resource.
    /// </summary>
    internal EntityCollection TicketConfigurationsCore(int ticketId, TicketKind? kind)
    {
        lock (_gate)
        {
            FindTicket(ticketId, kind);
            var references = new EntityCollection(ConfigurationReferenceType, Schemas.ConfigurationReference);
            foreach (var id in Store.TicketConfigurations.Of(ticketId))
            {
                if (Store.Configurations.Find(id) is { } configuration)
                {
                    references.Put(Store.Refs.ConfigurationReference(configuration));
                }
            }

            return references;
        }
    }

    /// <summary><c>POST …/configurations</c> with <c>{"id": n}</c>.</summary>
    internal JsonObject AttachConfigurationCore(int ticketId, JsonObject body, string actor, TicketKind? kind = null)
    {
        var values = EntityShaper.Normalize(body, Schemas.ConfigurationReference);
        if (values["id"] is null)
        {
            throw CwErrors.MissingFields(ConfigurationReferenceType, ["id"]);
        }

        var configurationId = JsonValues.GetInt(values["id"]) ?? 0;
        lock (_gate)
        {
            var ticket = FindTicket(ticketId, kind);
            var configuration = Store.Configurations.Find(configurationId) ?? throw CwErrors.NotFound("Configuration", configurationId);
            if (Store.TicketConfigurations.Contains(ticketId, configurationId))
            {
                throw AlreadyAttached(configurationId, ticketId);
            }

            Store.TicketConfigurations.Add(ticketId, configurationId);
            TouchTicket(ticket, actor, hours: null);
            return Store.Refs.ConfigurationReference(configuration);
        }
    }

    /// <summary><c>DELETE …/configurations/{configurationId}</c>.</summary>
    internal void DetachConfigurationCore(int ticketId, int configurationId, string actor, TicketKind? kind = null)
    {
        lock (_gate)
        {
            var ticket = FindTicket(ticketId, kind);
            if (!Store.TicketConfigurations.Remove(ticketId, configurationId))
            {
                throw CwErrors.NotFound(ConfigurationReferenceType, configurationId);
            }

            TouchTicket(ticket, actor, hours: null);
        }
    }

    /// <summary>
    /// Configurations named in a <see cref="TicketChange"/>, resolved and checked before anything is stored so that
    /// a bad name leaves the ticket as it was.
    /// </summary>
    private List<int> ConfigurationIdsByName(IReadOnlyList<string>? names, int? ticketId)
    {
        var ids = new List<int>();
        foreach (var name in names ?? [])
        {
            var id = ConfigurationIdByName(name);
            if (ids.Contains(id) || (ticketId is { } existing && Store.TicketConfigurations.Contains(existing, id)))
            {
                throw AlreadyAttached(id, ticketId);
            }

            ids.Add(id);
        }

        return ids;
    }

    /// <summary>Attaches within the caller's save (no touch, no callback of its own).</summary>
    private void Attach(int ticketId, List<int> configurationIds) =>
        configurationIds.ForEach(id => Store.TicketConfigurations.Add(ticketId, id));

    private int ConfigurationIdByName(string name)
    {
        lock (_gate)
        {
            return Store.Configurations.FindByText("name", name) is { } configuration
                ? EntityCollection.IdOf(configuration)
                : throw new SandboxApiException(404, "NotFound", $"Configuration '{name}' not found");
        }
    }

    private static SandboxApiException AlreadyAttached(int configurationId, int? ticketId) =>
        CwErrors.Invalid(ConfigurationReferenceType, new SandboxApiError("ObjectExists",
            $"Configuration {configurationId} is already attached to {(ticketId is null ? "this ticket" : $"ticket {ticketId}")}.",
            ConfigurationReferenceType, "id"));
}
