using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class CallbackRegistrationPlanTests
{
    private const string Url = "https://bridge.example.com/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=";

    private static CallbackEntry Want(int board) => new()
    {
        Url = Url, Type = "ticket", Level = "board", ObjectId = board, Description = CallbackRegistrationPlan.Describe("board", board),
    };

    private static CallbackEntry Existing(int id, CallbackEntry like, string? url = null, bool inactive = false) =>
        like with { Id = id, Url = url ?? like.Url, InactiveFlag = inactive };

    [Fact]
    public void Compute_NothingRegistered_CreatesOnePerBoard()
    {
        var plan = CallbackRegistrationPlan.Compute([], [Want(1), Want(2)]);

        Assert.Equal([1, 2], plan.Create.Select(c => c.ObjectId!.Value));
        Assert.Empty(plan.Delete);
    }

    [Fact]
    public void Compute_AlreadyRight_KeepsItAndCreatesNothing()
    {
        var plan = CallbackRegistrationPlan.Compute([Existing(10, Want(1))], [Want(1)]);

        Assert.Equal([10], plan.Keep.Select(k => k.Id!.Value));
        Assert.Empty(plan.Create);
        Assert.Empty(plan.Delete);
    }

    [Fact]
    public void Compute_StaleUrlDuplicateAndInactive_RepairedToExactlyOne()
    {
        var existing = new[]
        {
            Existing(10, Want(1), url: "https://old.example.com/cb?recordId="),
            Existing(11, Want(2), inactive: true),
            Existing(12, Want(2)),
            Existing(13, Want(2)),
            new CallbackEntry { Id = 14, Url = "https://someone-else.example.com/", Type = "ticket", Level = "owner", ObjectId = 1, Description = "PSA sync" },
        };

        var plan = CallbackRegistrationPlan.Compute(existing, [Want(1), Want(2)]);

        Assert.Equal([1], plan.Create.Select(c => c.ObjectId!.Value));
        Assert.Equal([12], plan.Keep.Select(k => k.Id!.Value));
        Assert.Equal([10, 11, 13], plan.Delete.Select(d => d.Id!.Value).Order());
    }

    [Fact]
    public void Compute_BoardNoLongerConfigured_ItsRegistrationDeleted()
    {
        var plan = CallbackRegistrationPlan.Compute([Existing(10, Want(1)), Existing(11, Want(2))], [Want(1)]);

        Assert.Equal([11], plan.Delete.Select(d => d.Id!.Value));
    }
}
