namespace Bridge.Sandbox.Data;

/// <summary>Reference data models: boards, priorities, members, companies, contacts, configurations.</summary>
internal static partial class Schemas
{
    public static readonly ResourceSchema Board = new SchemaBuilder("Board")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Ref("location").Ref("department")
        .Flag("inactiveFlag").Flag("signOffOnCloseFlag").Flag("projectFlag").Choice("billTime", BillOptions)
        .Info().Build();

    public static readonly ResourceSchema BoardStatus = new SchemaBuilder("BoardStatus")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Ref("board").Integer("sortOrder").Flag("displayOnBoard")
        .Flag("inactive").Flag("closedStatus").Flag("timeEntryNotAllowed").Flag("defaultFlag")
        .Choice("escalationStatus", "NotResponded", "Responded", "ResolutionPlan", "Resolved", "NoEscalation")
        .Flag("customerPortalFlag").Text("customerPortalDescription")
        .Info().Build();

    public static readonly ResourceSchema BoardType = new SchemaBuilder("BoardType")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Ref("board").Flag("defaultFlag").Flag("inactiveFlag")
        .Info().Build();

    public static readonly ResourceSchema BoardSubType = new SchemaBuilder("BoardSubType")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Ref("board").Flag("inactiveFlag")
        .Info().Build();

    public static readonly ResourceSchema Priority = new SchemaBuilder("Priority")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Text("color").Integer("sortOrder").Text("level")
        .Flag("defaultFlag").Text("imageLink")
        .Info().Build();

    public static readonly ResourceSchema Member = new SchemaBuilder("Member")
        .Integer("id", FieldAccess.ReadOnly).Text("identifier").Text("firstName").Text("lastName").Text("title")
        .Text("licenseClass").Flag("inactiveFlag").Text("primaryEmail").Text("officeEmail").Text("officePhone")
        .Text("mobilePhone").Ref("timeZone").Ref("securityRole").Ref("defaultLocation").Ref("defaultDepartment")
        .Ref("workRole").Ref("workType").Flag("requireStartAndEndTimeOnTimeEntryFlag")
        .Info().Build();

    public static readonly ResourceSchema Company = new SchemaBuilder("Company")
        .Integer("id", FieldAccess.ReadOnly).Text("identifier").Text("name").Ref("status").List("types", NamedItem)
        .Text("addressLine1").Text("city").Text("state").Text("zip").Ref("country").Text("phoneNumber").Text("website")
        .Ref("territory").Ref("defaultContact").Flag("deletedFlag").List("customFields", CustomField)
        .Info().Build();

    public static readonly ResourceSchema CommunicationItem = new SchemaBuilder("CommunicationItem")
        .Integer("id").Ref("type").Text("value").Text("extension").Flag("defaultFlag").Text("communicationType")
        .Build();

    public static readonly ResourceSchema Contact = new SchemaBuilder("Contact")
        .Integer("id", FieldAccess.ReadOnly).Text("firstName").Text("lastName").Ref("company", RefShape.Identified)
        .Ref("site").Text("title").Flag("inactiveFlag").Text("defaultPhoneType").Text("defaultPhoneNbr")
        .List("communicationItems", CommunicationItem).List("types", NamedItem)
        .Info().Build();

    public static readonly ResourceSchema Configuration = new SchemaBuilder("Configuration")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Text("deviceIdentifier").Ref("type").Ref("status")
        .Ref("company", RefShape.Identified).Ref("contact").Text("serialNumber").Text("modelNumber").Text("tagNumber").Text("ipAddress").Text("osType")
        .Flag("activeFlag").Text("notes")
        .Info().Build();

    public static readonly ResourceSchema WorkType = new SchemaBuilder("WorkType")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Choice("billTime", "Billable", "DoNotBill", "NoCharge")
        .Choice("rateType", "AdjAmount", "Custom", "Multiplier").Number("rate").Number("hoursMin").Number("hoursMax")
        .Number("roundBillHoursTo").Flag("inactiveFlag").Flag("overallDefaultFlag").Flag("activityDefaultFlag")
        .Flag("utilizationFlag").Number("costMultiplier")
        .Info().Build();

    public static readonly ResourceSchema WorkRole = new SchemaBuilder("WorkRole")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Number("hourlyRate").Flag("inactiveFlag")
        .Info().Build();

    public static readonly ResourceSchema Agreement = new SchemaBuilder("Agreement")
        .Integer("id", FieldAccess.ReadOnly).Text("name").Ref("type").Ref("company", RefShape.Identified).Ref("contact")
        .Text("agreementStatus").Flag("cancelledFlag").Date("startDate").Date("endDate").Flag("noEndingDateFlag")
        .Choice("billTime", BillOptions).Ref("workRole").Ref("workType")
        .Info().Build();

    public static readonly ResourceSchema Callback = new SchemaBuilder("CallbackEntry")
        .Integer("id", FieldAccess.ReadOnly).Text("description").Text("url").Integer("objectId").Text("type").Text("level")
        .Integer("memberId", FieldAccess.ReadOnly).Text("payloadVersion").Flag("inactiveFlag").Flag("isSoapCallbackFlag")
        .Flag("isSelfSuppressedFlag").Text("connectWiseID", FieldAccess.ReadOnly)
        .Info().Build();
}
