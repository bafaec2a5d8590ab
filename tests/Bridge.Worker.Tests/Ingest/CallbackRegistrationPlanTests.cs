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

    [Theory]
    [InlineData("https://BRIDGE.Example.COM/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    [InlineData("https://bridge.example.com/callbacks/connectwise/s3cret-s3cret-s3cret/?recordId=")]
    [InlineData("HTTPS://bridge.example.com:443/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    [InlineData("https://Bridge.example.com:443/callbacks/connectwise/s3cret-s3cret-s3cret//?recordId=")]
    public void Compute_StoredUrlDiffersOnlyInHostCasePortOrTrailingSlash_KeptNotReplaced(string stored)
    {
        var plan = CallbackRegistrationPlan.Compute([Existing(10, Want(1), url: stored)], [Want(1)]);

        Assert.Equal([10], plan.Keep.Select(k => k.Id!.Value));
        Assert.True(plan.IsEmpty);
    }

    [Theory]
    [InlineData("https://bridge.example.com/Callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    [InlineData("https://bridge.example.com/callbacks/connectwise/S3CRET-s3cret-s3cret?recordId=")]
    [InlineData("https://bridge.example.com/callbacks/connectwise/s3cret-s3cret-s3cret?recordid=")]
    [InlineData("https://bridge.example.com/callbacks/connectwise/s3cret-s3cret-s3cret")]
    [InlineData("https://bridge.example.com:8443/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    [InlineData("http://bridge.example.com/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    [InlineData("https://other.example.com/callbacks/connectwise/s3cret-s3cret-s3cret?recordId=")]
    public void Compute_StoredUrlDiffersInPathQueryPortOrScheme_Replaced(string stored)
    {
        var plan = CallbackRegistrationPlan.Compute([Existing(10, Want(1), url: stored)], [Want(1)]);

        Assert.Equal([10], plan.Delete.Select(d => d.Id!.Value));
        Assert.Equal([1], plan.Create.Select(c => c.ObjectId!.Value));
        Assert.Empty(plan.Keep);
    }

    [Fact]
    public void Compute_ExactAndVariantBothStored_ExactOneKeptVariantDeleted()
    {
        var variant = Existing(10, Want(1), url: Url.Replace("bridge.example.com", "BRIDGE.example.com", StringComparison.Ordinal));

        var plan = CallbackRegistrationPlan.Compute([variant, Existing(11, Want(1))], [Want(1)]);

        Assert.Equal([11], plan.Keep.Select(k => k.Id!.Value));
        Assert.Equal([10], plan.Delete.Select(d => d.Id!.Value));
        Assert.Empty(plan.Create);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Compute_SelfSuppressedFlagDiffers_UpdatedInPlaceWithAPatch(bool? stored, bool wanted)
    {
        var existing = Existing(10, Want(1)) with { IsSelfSuppressedFlag = stored };

        var plan = CallbackRegistrationPlan.Compute([existing], [Want(1) with { IsSelfSuppressedFlag = wanted }]);

        var update = Assert.Single(plan.Update);
        Assert.Equal(10, update.Entry.Id);
        var operation = Assert.Single(update.Operations);
        Assert.Equal(("replace", "isSelfSuppressedFlag", (object?)wanted), (operation.Op, operation.Path, operation.Value));
        Assert.Empty(plan.Delete);
        Assert.Empty(plan.Create);
        Assert.Empty(plan.Keep);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void Compute_SelfSuppressedFlagAlreadyAsWanted_Kept(bool? stored, bool wanted)
    {
        var existing = Existing(10, Want(1)) with { IsSelfSuppressedFlag = stored };

        var plan = CallbackRegistrationPlan.Compute([existing], [Want(1) with { IsSelfSuppressedFlag = wanted }]);

        Assert.Equal([10], plan.Keep.Select(k => k.Id!.Value));
        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Compute_UrlVariantWithTheOtherFlag_UpdatedNotReplaced()
    {
        var existing = Existing(10, Want(1), url: Url.Replace("?recordId=", "/?recordId=", StringComparison.Ordinal)) with { IsSelfSuppressedFlag = false };

        var plan = CallbackRegistrationPlan.Compute([existing], [Want(1) with { IsSelfSuppressedFlag = true }]);

        Assert.Equal([10], plan.Update.Select(u => u.Entry.Id!.Value));
        Assert.Empty(plan.Delete);
        Assert.Empty(plan.Create);
    }

    [Fact]
    public void Summarize_OneOfEach_NamesIdsAndTargetsButNoUrl()
    {
        var existing = new[]
        {
            Existing(10, Want(1)) with { IsSelfSuppressedFlag = false },
            Existing(11, Want(3)),
            Existing(12, Want(4)) with { IsSelfSuppressedFlag = true },
        };
        var wanted = new[] { Want(1) with { IsSelfSuppressedFlag = true }, Want(2) with { IsSelfSuppressedFlag = true }, Want(4) with { IsSelfSuppressedFlag = true } };

        var text = CallbackRegistrationPlan.Compute(existing, wanted).Summarize();

        Assert.Equal("create board 2; delete id 11 (board 3); update id 10 (isSelfSuppressedFlag true); keep id 12 (board 4)", text);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_NothingWantedOrFound_SaysSo() =>
        Assert.Equal("do nothing (no registration wanted or found)", CallbackRegistrationPlan.Compute([], []).Summarize());
}
