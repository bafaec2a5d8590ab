using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>Reference data: companies, contacts, members, boards and their statuses, priorities, …</summary>
public sealed partial class SandboxState
{
    /// <summary>Adds a client company. <paramref name="contract"/> is stored as the custom field "Support Contract".</summary>
    public JsonObject AddCompany(string identifier, string name, string? phoneNumber = null, string? contract = null) =>
        AddEntity(s => s.Companies, new JsonObject
        {
            ["identifier"] = identifier,
            ["name"] = name,
            ["status"] = new JsonObject { ["id"] = 1, ["name"] = "Active" },
            ["types"] = new JsonArray(new JsonObject { ["id"] = 1, ["name"] = "Client" }),
            ["phoneNumber"] = phoneNumber,
            ["customFields"] = contract is null
                ? new JsonArray()
                : new JsonArray(new JsonObject
                {
                    ["id"] = 1, ["caption"] = "Support Contract", ["type"] = "Text", ["entryMethod"] = "List", ["value"] = contract,
                }),
        });

    /// <summary>Adds a contact of a company with an email and/or a phone communication item.</summary>
    public JsonObject AddContact(string companyIdentifier, string firstName, string lastName, string? email = null, string? phone = null, string? title = null)
    {
        var items = new JsonArray();
        if (email is not null)
        {
            items.Add(new JsonObject
            {
                ["id"] = items.Count + 1, ["type"] = new JsonObject { ["id"] = 1, ["name"] = "Email" },
                ["value"] = email, ["defaultFlag"] = true, ["communicationType"] = "Email",
            });
        }

        if (phone is not null)
        {
            items.Add(new JsonObject
            {
                ["id"] = items.Count + 1, ["type"] = new JsonObject { ["id"] = 2, ["name"] = "Direct" },
                ["value"] = phone, ["defaultFlag"] = true, ["communicationType"] = "Phone",
            });
        }

        return AddEntity(s => s.Contacts, new JsonObject
        {
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["company"] = Reference(s => s.Companies, "identifier", companyIdentifier, (r, e) => r.Company(e)),
            ["title"] = title,
            ["defaultPhoneType"] = phone is null ? null : "Direct",
            ["defaultPhoneNbr"] = phone,
            ["communicationItems"] = items,
        });
    }

    /// <summary>Adds a member (technician, dispatcher, manager…). <paramref name="timeZone"/> is a ConnectWise time zone name.</summary>
    public JsonObject AddMember(string identifier, string firstName, string lastName, string? email = null, string? title = null,
        string timeZone = "US Eastern", string? mobilePhone = null, string licenseClass = "F") =>
        AddEntity(s => s.Members, new JsonObject
        {
            ["identifier"] = identifier,
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["title"] = title,
            ["licenseClass"] = licenseClass,
            ["primaryEmail"] = email,
            ["officeEmail"] = email,
            ["mobilePhone"] = mobilePhone,
            ["timeZone"] = new JsonObject { ["id"] = TimeZoneId(timeZone), ["name"] = timeZone },
        });

    /// <summary>Adds a service board; with <paramref name="projectFlag"/> a project board, which only project tickets use.</summary>
    public JsonObject AddBoard(string name, bool projectFlag = false) =>
        AddEntity(s => s.Boards, new JsonObject { ["name"] = name, ["projectFlag"] = projectFlag, ["billTime"] = "NoDefault" });

    /// <summary>Adds a status to a board (by board name).</summary>
    public JsonObject AddBoardStatus(string boardName, string name, bool closed = false, bool timeEntryNotAllowed = false,
        bool isDefault = false, string escalationStatus = "NotResponded") =>
        AddEntity(s => s.Statuses, new JsonObject
        {
            ["name"] = name,
            ["board"] = Reference(s => s.Boards, "name", boardName, (r, e) => r.Board(e)),
            ["sortOrder"] = Read(s => s.Statuses.Items.Count(x => JsonValues.GetString(x["board"]?["name"]) == boardName)),
            ["displayOnBoard"] = true,
            ["closedStatus"] = closed,
            ["timeEntryNotAllowed"] = timeEntryNotAllowed,
            ["defaultFlag"] = isDefault,
            ["escalationStatus"] = escalationStatus,
        });

    /// <summary>Adds a priority. <paramref name="level"/> is the SLA level (e.g. <c>Priority 1</c>).</summary>
    public JsonObject AddPriority(string name, int sortOrder, string color = "Blue", bool isDefault = false, string? level = null) =>
        AddEntity(s => s.Priorities, new JsonObject
        {
            ["name"] = name, ["color"] = color, ["sortOrder"] = sortOrder, ["level"] = level ?? "NotApplicable", ["defaultFlag"] = isDefault,
        });

    /// <summary>Adds a ticket type to a board.</summary>
    public JsonObject AddType(string boardName, string name) =>
        AddEntity(s => s.Types, new JsonObject { ["name"] = name, ["board"] = Reference(s => s.Boards, "name", boardName, (r, e) => r.Board(e)) });

    /// <summary>Adds a ticket subtype to a board.</summary>
    public JsonObject AddSubType(string boardName, string name) =>
        AddEntity(s => s.SubTypes, new JsonObject { ["name"] = name, ["board"] = Reference(s => s.Boards, "name", boardName, (r, e) => r.Board(e)) });

    /// <summary>
    /// Adds a configuration item (server, firewall…) of a company. <paramref name="deviceIdentifier"/> is what a
    /// ticket's configuration list shows instead of the name (null: none, so the list shows only the id).
    /// </summary>
    public JsonObject AddConfiguration(string companyIdentifier, string name, string typeName, string? ipAddress = null, string? deviceIdentifier = null) =>
        AddEntity(s => s.Configurations, new JsonObject
        {
            ["name"] = name,
            ["deviceIdentifier"] = deviceIdentifier,
            ["type"] = new JsonObject { ["id"] = TypeIdOf(typeName), ["name"] = typeName },
            ["status"] = new JsonObject { ["id"] = 1, ["name"] = "Active" },
            ["company"] = Reference(s => s.Companies, "identifier", companyIdentifier, (r, e) => r.Company(e)),
            ["ipAddress"] = ipAddress,
            ["activeFlag"] = true,
        });

    /// <summary>Adds a work type; <paramref name="rate"/> is its multiplier (1.5 for after-hours).</summary>
    public JsonObject AddWorkType(string name, decimal rate = 1m, string billTime = "Billable", bool isDefault = false) =>
        AddEntity(s => s.WorkTypes, new JsonObject
        {
            ["name"] = name, ["billTime"] = billTime, ["rateType"] = "Multiplier", ["rate"] = rate, ["overallDefaultFlag"] = isDefault,
            ["utilizationFlag"] = true, ["costMultiplier"] = 1m,
        });

    /// <summary>Adds a work role.</summary>
    public JsonObject AddWorkRole(string name, decimal hourlyRate) =>
        AddEntity(s => s.WorkRoles, new JsonObject { ["name"] = name, ["hourlyRate"] = hourlyRate });

    /// <summary>Adds an agreement (contract) of a company.</summary>
    public JsonObject AddAgreement(string companyIdentifier, string name, string typeName) =>
        AddEntity(s => s.Agreements, new JsonObject
        {
            ["name"] = name,
            ["type"] = new JsonObject { ["id"] = TypeIdOf(typeName), ["name"] = typeName },
            ["company"] = Reference(s => s.Companies, "identifier", companyIdentifier, (r, e) => r.Company(e)),
            ["agreementStatus"] = "Active",
            ["startDate"] = "2025-01-01T00:00:00Z",
            ["noEndingDateFlag"] = true,
            ["billTime"] = "Billable",
        });

    private JsonObject AddEntity(Func<DataStore, EntityCollection> pick, JsonObject values)
    {
        lock (_gate)
        {
            var collection = pick(Store);
            values["id"] = collection.NextId();
            values["_info"] = Store.NewInfo(Store.Stamp(), DefaultMemberIdentifier);
            var entity = EntityShaper.Shape(values, collection.Schema);
            collection.Put(entity);
            return (JsonObject)entity.DeepClone();
        }
    }

    private JsonObject Reference(Func<DataStore, EntityCollection> pick, string field, string value, Func<Refs, JsonObject, JsonObject> expand)
    {
        lock (_gate)
        {
            var collection = pick(Store);
            var target = collection.FindByText(field, value)
                ?? throw new ArgumentException($"No {collection.TypeName} with {field} '{value}' exists.", nameof(value));
            return expand(Store.Refs, target);
        }
    }

    // Stable small ids for names that have no collection of their own (time zones, configuration types).
    private static int TimeZoneId(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name.ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 1000) + 1;
    }

    private static int TypeIdOf(string name) => TimeZoneId(name);
}
