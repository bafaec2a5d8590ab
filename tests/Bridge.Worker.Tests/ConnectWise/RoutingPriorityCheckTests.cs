using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.ConnectWise;
using static Bridge.Worker.Tests.Support.RoutingFixtures;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingPriorityCheckTests
{
    [Fact]
    public void Problems_LevelWithNoConnectWisePriority_OneLineNamingTheLevel()
    {
        var connectWise = new[]
        {
            new Priority { Id = 1, Name = "Priority 1 - Emergency Response" },
            new Priority { Id = 2, Name = "Priority 2 - Quick Response" },
            new Priority { Id = 4, Name = "Priority 4 - Low" },
        };

        var problems = RoutingPriorityCheck.Problems(Policy().Priorities, connectWise);

        var problem = Assert.Single(problems);
        Assert.StartsWith("Routing:Priorities:P3: none of 'Priority 3 - Normal Response' is a ConnectWise priority", problem);
    }
}
