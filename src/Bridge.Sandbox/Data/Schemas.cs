namespace Bridge.Sandbox.Data;

/// <summary>The service-module models: tickets (service and project), notes and time entries.</summary>
internal static partial class Schemas
{
    public static readonly string[] BillOptions = ["Billable", "DoNotBill", "NoCharge", "NoDefault"];

    public static readonly ResourceSchema CustomField = new SchemaBuilder("CustomFieldValue")
        .Integer("id").Text("caption").Text("type").Text("entryMethod").Integer("numberOfDecimals").Text("value")
        .Build();

    public static readonly ResourceSchema NamedItem = new SchemaBuilder("Reference")
        .Integer("id").Text("name")
        .Build();

    public static readonly ResourceSchema Ticket = TicketFields("Ticket");

    /// <summary>
    /// <c>/project/tickets</c>: the same members as a service ticket (project and phase are not modelled); only the
    /// model name in error messages differs.
    /// </summary>
    public static readonly ResourceSchema ProjectTicket = TicketFields("ProjectTicket");

    /// <summary>What <c>/service/tickets/{id}/configurations</c> lists: no name, only the device identifier.</summary>
    public static readonly ResourceSchema ConfigurationReference = new SchemaBuilder("ConfigurationReference")
        .Integer("id").Text("deviceIdentifier", FieldAccess.ReadOnly)
        .Info()
        .Build();

    public static readonly ResourceSchema Note = new SchemaBuilder("ServiceNote")
        .Integer("id", FieldAccess.ReadOnly).Integer("ticketId", FieldAccess.ReadOnly).Text("text")
        .Flag("detailDescriptionFlag").Flag("internalAnalysisFlag").Flag("resolutionFlag").Flag("issueFlag")
        .Ref("member", RefShape.Identified).Ref("contact").Flag("customerUpdatedFlag")
        .Flag("processNotifications", FieldAccess.WriteOnly)
        .Date("dateCreated", FieldAccess.ReadOnly).Text("createdBy", FieldAccess.ReadOnly)
        .Flag("internalFlag", FieldAccess.ReadOnly).Flag("externalFlag", FieldAccess.ReadOnly)
        .Info()
        .Build();

    public static readonly ResourceSchema TimeEntry = new SchemaBuilder("TimeEntry")
        .Integer("id", FieldAccess.ReadOnly).Ref("company", RefShape.Identified)
        .Integer("chargeToId").Choice("chargeToType", "ServiceTicket", "ProjectTicket", "ProjectIssue", "ChargeCode", "Activity")
        .Ref("member", RefShape.Identified).Integer("locationId").Integer("businessUnitId")
        .Ref("workType").Ref("workRole").Ref("agreement")
        .Date("timeStart").Date("timeEnd").Number("hoursDeduct").Number("actualHours")
        .Choice("billableOption", BillOptions).Text("notes").Text("internalNotes")
        .Flag("addToDetailDescriptionFlag").Flag("addToInternalAnalysisFlag").Flag("addToResolutionFlag")
        .Flag("emailResourceFlag").Flag("emailContactFlag").Flag("emailCcFlag").Text("emailCc")
        .Number("hoursBilled", FieldAccess.ReadOnly).Text("enteredBy", FieldAccess.ReadOnly).Date("dateEntered", FieldAccess.ReadOnly)
        .Ref("ticket", RefShape.Ticket, FieldAccess.ReadOnly).Text("status", FieldAccess.ReadOnly)
        .List("customFields", CustomField)
        .Info()
        .Build();

    private static ResourceSchema TicketFields(string typeName) => new SchemaBuilder(typeName)
        .Integer("id", FieldAccess.ReadOnly)
        .Text("summary")
        .Text("recordType", FieldAccess.ReadOnly)
        .Ref("board").Ref("status", RefShape.Status).Ref("company", RefShape.Identified).Ref("site")
        .Text("siteName").Text("addressLine1").Text("addressLine2").Text("city").Text("stateIdentifier").Text("zip").Ref("country")
        .Ref("contact").Text("contactName").Text("contactPhoneNumber").Text("contactPhoneExtension").Text("contactEmailAddress")
        .Ref("type").Ref("subType").Ref("item").Ref("team").Ref("owner", RefShape.Identified).Ref("priority", RefShape.Priority)
        .Ref("serviceLocation").Ref("source").Date("requiredDate").Number("budgetHours").Ref("agreement")
        .Choice("severity", "Low", "Medium", "High").Choice("impact", "Low", "Medium", "High")
        .Text("externalXRef").Text("poNumber")
        .Flag("allowAllClientsPortalView").Flag("customerUpdatedFlag")
        .Flag("automaticEmailContactFlag").Flag("automaticEmailResourceFlag").Flag("automaticEmailCcFlag").Text("automaticEmailCc")
        .Date("closedDate", FieldAccess.ReadOnly).Text("closedBy", FieldAccess.ReadOnly).Flag("closedFlag", FieldAccess.ReadOnly)
        .Number("actualHours", FieldAccess.ReadOnly).Flag("approved").Date("estimatedStartDate")
        .Date("dateResponded", FieldAccess.ReadOnly).Date("dateResolved", FieldAccess.ReadOnly)
        .Flag("isInSla", FieldAccess.ReadOnly).Text("resources").Integer("parentTicketId")
        .Flag("hasChildTicket", FieldAccess.ReadOnly).Flag("hasMergedChildTicketFlag", FieldAccess.ReadOnly)
        .Choice("billTime", BillOptions).Choice("billExpenses", BillOptions).Choice("billProducts", BillOptions)
        .Ref("location").Ref("department").Flag("requestForChangeFlag")
        .List("integratorTags").List("customFields", CustomField)
        .Text("initialDescription", FieldAccess.WriteOnly).Text("initialInternalAnalysis", FieldAccess.WriteOnly)
        .Text("initialResolution", FieldAccess.WriteOnly).Flag("processNotifications", FieldAccess.WriteOnly)
        .Flag("skipCallback", FieldAccess.WriteOnly)
        .Info()
        .Build();
}
