using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteBackTargetCheckTests
{
    private static readonly Board[] Boards = [new() { Id = 1, Name = "Service Desk" }, new() { Id = 2, Name = "Alerts" }];

    private static readonly Dictionary<int, IReadOnlyList<BoardStatus>> Statuses = new()
    {
        [1] = [new() { Id = 1, Name = "New" }, new() { Id = 3, Name = "In Progress" }, new() { Id = 6, Name = "Completed" }, new() { Id = 9, Name = "Old", Inactive = true }],
        [2] = [new() { Id = 8, Name = "New" }, new() { Id = 10, Name = "Acknowledged" }],
    };

    private static readonly WorkType[] WorkTypes = [new() { Id = 1, Name = "Regular" }, new() { Id = 2, Name = "After Hours" }];

    private static WriteBackOptions Options(Action<WriteBackOptions> configure)
    {
        var options = new WriteBackOptions();
        configure(options);
        return options;
    }

    [Fact]
    public void Resolve_KnownNamesAnyCase_IdsPerBoardAndWorkType()
    {
        var options = Options(o =>
        {
            o.Statuses["service desk"] = new() { Acknowledged = "in progress", Resolved = "Completed" };
            o.Statuses["2"] = new() { Acknowledged = "Acknowledged" };
            o.Billing.AfterHours.WorkType = "after hours";
        });

        var (targets, problems) = WriteBackTargetCheck.Resolve(options, Boards, Statuses, WorkTypes, []);

        Assert.Empty(problems);
        Assert.Equal(new MappedStatus(3, "In Progress"), targets.StatusFor(1, WriteBackEvent.Acknowledged));
        Assert.Equal(new MappedStatus(10, "Acknowledged"), targets.StatusFor(2, WriteBackEvent.Acknowledged));
        Assert.Null(targets.StatusFor(2, WriteBackEvent.Resolved));
        Assert.Equal(2, targets.WorkTypeId("After Hours"));
    }

    [Fact]
    public void Resolve_UnknownNames_OneLineEachStartingWithTheKey()
    {
        var options = Options(o =>
        {
            o.Statuses["Service Desk"] = new() { Acknowledged = "In Progres", Escalated = "Old" };
            o.Statuses["Help Desk"] = new() { Resolved = "Closed" };
            o.Billing.Included.WorkType = "No Charge";
            o.ContactAttempts.Member = "nobody";
        });

        var (_, problems) = WriteBackTargetCheck.Resolve(options, Boards, Statuses, WorkTypes, []);

        Assert.Equal(
            [
                "WriteBack:Statuses:Help Desk: no ConnectWise service board is named 'Help Desk' (boards: 'Service Desk', 'Alerts').",
                "WriteBack:Statuses:Service Desk:Acknowledged: 'In Progres' is not a status of board 'Service Desk' (its statuses: 'New', 'In Progress', 'Completed', 'Old').",
                "WriteBack:Statuses:Service Desk:Escalated: status 'Old' of board 'Service Desk' is inactive in ConnectWise.",
                "WriteBack:Billing:Included:WorkType: 'No Charge' is not a ConnectWise work type (work types: 'Regular', 'After Hours').",
                "WriteBack:ContactAttempts:Member: no ConnectWise member has the identifier 'nobody'.",
            ],
            problems);
    }

    [Fact]
    public void Resolve_NothingConfigured_NoProblemsAndNoStatuses()
    {
        var (targets, problems) = WriteBackTargetCheck.Resolve(new WriteBackOptions(), [], new Dictionary<int, IReadOnlyList<BoardStatus>>(), [], []);

        Assert.Empty(problems);
        Assert.Empty(targets.Statuses);
    }
}
