using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class TicketSnapshotMapperTests
{
    [Fact]
    public void TryMap_ConnectWiseTicket_CarriesEveryFieldTheStagesDecideOn()
    {
        var ticket = new Ticket
        {
            Id = 9,
            Summary = "Server down",
            Company = new Reference { Id = 2, Identifier = "ContosoLaw", Name = "Contoso Law LLP" },
            Board = Reference.ByName("Service Desk"),
            Priority = new Reference { Id = 1, Name = "Priority 1 - Emergency Response" },
            Type = Reference.ByName("Server"),
            SubType = Reference.ByName("Outage"),
            Status = Reference.ByName("Assigned"),
            Owner = new Reference { Id = 4, Identifier = "bruiz" },
            Resources = "bruiz, anguyen",
            RequiredDate = new DateTimeOffset(2026, 11, 26, 22, 0, 0, TimeSpan.Zero),
            Info = new RecordInfo { DateEntered = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero), LastUpdated = new DateTimeOffset(2026, 11, 26, 7, 5, 0, TimeSpan.Zero) },
        };

        var snapshot = TicketSnapshotMapper.TryMap(ticket, ["CLAW-EXCH01"])!;

        Assert.Equal(9, snapshot.Id);
        Assert.Equal("ContosoLaw", snapshot.CompanyIdentifier);
        Assert.Equal((1, "Priority 1 - Emergency Response"), (snapshot.PriorityId!.Value, snapshot.PriorityName));
        Assert.Equal(("Server", "Outage"), (snapshot.TypeName, snapshot.SubTypeName));
        Assert.Equal(["bruiz", "anguyen"], snapshot.Resources);
        Assert.True(snapshot.IsAssigned);
        Assert.Equal(["CLAW-EXCH01"], snapshot.ConfigurationItems);
        Assert.Equal(ticket.Info.DateEntered, snapshot.DateEntered);
        Assert.Equal(ticket.RequiredDate, snapshot.RequiredDate);
    }

    [Fact]
    public void TryMap_NoOwnerNoResources_Unassigned()
    {
        var snapshot = TicketSnapshotMapper.TryMap(new Ticket { Id = 1, Resources = " ", Info = new RecordInfo { LastUpdated = DateTimeOffset.UnixEpoch } })!;

        Assert.False(snapshot.IsAssigned);
    }

    [Fact]
    public void Fields_AskForTheRequiredDate()
    {
        Assert.Contains("requiredDate", TicketSnapshotMapper.Fields.Split(','));
    }

    [Theory]
    [InlineData("ProjectTicket", true, "ProjectTicket")]
    [InlineData("ProjectIssue", true, "ProjectIssue")]
    [InlineData("ServiceTicket", false, "ServiceTicket")]
    [InlineData(null, false, "ServiceTicket")]
    public void RecordType_ProjectTicketsChargeTimeAsThemselves(string? recordType, bool project, string chargeTo)
    {
        var snapshot = new TicketSnapshot { Id = 1, RecordType = recordType };

        Assert.Equal(project, snapshot.IsProjectTicket);
        Assert.Equal(chargeTo, TicketRecordTypes.ChargeToType(recordType));
    }
}
