using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingTicketMapperTests
{
    [Fact]
    public void ToRoutingTicket_ConnectWiseTicket_CarriesRoutingFields()
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
            Info = new RecordInfo { DateEntered = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero) },
        };

        var routing = ticket.ToRoutingTicket(["CLAW-EXCH01"]);

        Assert.Equal(9, routing.Id);
        Assert.Equal("ContosoLaw", routing.CompanyIdentifier);
        Assert.Equal((1, "Priority 1 - Emergency Response"), (routing.PriorityId!.Value, routing.PriorityName));
        Assert.Equal(("Server", "Outage"), (routing.Type, routing.SubType));
        Assert.Equal(["bruiz", "anguyen"], routing.Resources);
        Assert.True(routing.IsAssigned);
        Assert.Equal(["CLAW-EXCH01"], routing.ConfigurationItems);
        Assert.Equal(ticket.Info.DateEntered, routing.EnteredAt);
    }

    [Fact]
    public void ToRoutingTicket_NoOwnerNoResources_Unassigned()
    {
        var routing = new Ticket { Id = 1, Resources = " " }.ToRoutingTicket();

        Assert.False(routing.IsAssigned);
    }
}
