using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Bridge.Worker.Reporting.Reviews;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewTokensTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly SecretValues _secrets = new([]);

    private AckSigningKey Key(string key = "") =>
        new(Microsoft.Extensions.Options.Options.Create(new EscalationOptions { AckSigningKey = key }), new BridgeEnvironment(_dir.Path), _secrets);

    private static ReviewClaim Claim(int incident = 42, string member = "dschmidt") => new(incident, member, Now.AddDays(7));

    [Fact]
    public void Check_TokenAsMade_ValidWithItsClaim()
    {
        var tokens = new ReviewTokens(Key());

        var check = tokens.Check(tokens.Create(Claim()), 42, Now);

        Assert.Equal(AckTokenStatus.Valid, check.Status);
        Assert.Equal(Claim(), check.Claim);
    }

    [Fact]
    public void Check_MemberWithTheSeparatorInIt_ComesBackWhole()
    {
        var tokens = new ReviewTokens(Key());

        var check = tokens.Check(tokens.Create(Claim(member: "a|b.c")), 42, Now);

        Assert.Equal("a|b.c", check.Claim?.Member);
    }

    [Theory]
    [InlineData(-1, AckTokenStatus.Valid)]
    [InlineData(0, AckTokenStatus.Expired)]
    [InlineData(1, AckTokenStatus.Expired)]
    public void Check_AroundTheExpiry_ExpiredFromTheInstantOn(int secondsAfterExpiry, AckTokenStatus expected)
    {
        var tokens = new ReviewTokens(Key());
        var token = tokens.Create(Claim());

        var check = tokens.Check(token, 42, Claim().ExpiresAt.AddSeconds(secondsAfterExpiry));

        Assert.Equal(expected, check.Status);
    }

    [Fact]
    public void Check_SameTokenOpenedManyTimes_ExpiryNeverMoves()
    {
        var tokens = new ReviewTokens(Key());
        var token = tokens.Create(Claim());

        var expiries = Enumerable.Range(0, 5).Select(day => tokens.Check(token, 42, Now.AddDays(day)).Claim?.ExpiresAt).ToList();

        Assert.All(expiries, e => Assert.Equal(Now.AddDays(7), e));
        Assert.Equal(AckTokenStatus.Expired, tokens.Check(token, 42, Now.AddDays(7)).Status);
    }

    [Fact]
    public void Check_OtherIncidentInTheAddress_OtherIncident()
    {
        var tokens = new ReviewTokens(Key());

        Assert.Equal(AckTokenStatus.OtherIncident, tokens.Check(tokens.Create(Claim(43)), 42, Now).Status);
    }

    [Fact]
    public void Check_EveryOneCharacterEdit_Invalid()
    {
        var tokens = new ReviewTokens(Key());
        var token = tokens.Create(Claim());

        for (var i = 0; i < token.Length; i++)
        {
            var edited = token[..i] + (token[i] == 'x' ? 'y' : 'x') + token[(i + 1)..];
            Assert.Equal(AckTokenStatus.Invalid, tokens.Check(edited, 42, Now).Status);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("!!.??")]
    public void Check_NotATokenAtAll_Invalid(string? token)
    {
        Assert.Equal(AckTokenStatus.Invalid, new ReviewTokens(Key()).Check(token, 42, Now).Status);
    }

    [Fact]
    public void Check_AnAcknowledgementTokenOfTheSameKey_IsNotAReviewToken()
    {
        var key = Key();
        var ack = new AckTokens(key).Create(new AckClaim(42, "dschmidt", AckAction.Acknowledge, Now.AddDays(7)));

        Assert.Equal(AckTokenStatus.Invalid, new ReviewTokens(key).Check(ack, 42, Now).Status);
    }

    [Fact]
    public void Check_AReviewTokenOfTheSameKey_AcknowledgesNothing()
    {
        var key = Key();
        var review = new ReviewTokens(key).Create(Claim());

        Assert.Equal(AckTokenStatus.Invalid, new AckTokens(key).Check(review, 42, Now).Status);
    }

    [Fact]
    public void Check_TokenSignedWithAnotherKey_Invalid()
    {
        var other = new ReviewTokens(Key(Convert.ToBase64String(new byte[32]))).Create(Claim());

        Assert.Equal(AckTokenStatus.Invalid, new ReviewTokens(Key(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()))).Check(other, 42, Now).Status);
    }

    public void Dispose() => _dir.Dispose();
}
