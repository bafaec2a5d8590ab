using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation;

public sealed class AckTokensTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly SecretValues _secrets = new([]);

    private AckTokens Tokens(string key = "") => new(new AckSigningKey(
        Microsoft.Extensions.Options.Options.Create(new EscalationOptions { AckSigningKey = key }), new BridgeEnvironment(_dir.Path), _secrets));

    private static AckClaim Claim(int incident = 42) => new(incident, "dschmidt", AckAction.Acknowledge, Now.AddHours(1));

    [Fact]
    public void Check_TokenAsMade_ValidWithItsClaim()
    {
        var tokens = Tokens();

        var check = tokens.Check(tokens.Create(Claim()), 42, Now);

        Assert.Equal(AckTokenStatus.Valid, check.Status);
        Assert.Equal(Claim() with { ExpiresAt = Now.AddHours(1) }, check.Claim);
    }

    [Fact]
    public void Check_EveryOneCharacterEdit_Invalid()
    {
        var tokens = Tokens();
        var token = tokens.Create(Claim());

        for (var i = 0; i < token.Length; i++)
        {
            var edited = token[..i] + (token[i] == 'x' ? 'y' : 'x') + token[(i + 1)..];
            Assert.Equal(AckTokenStatus.Invalid, tokens.Check(edited, 42, Now).Status);
        }
    }

    [Fact]
    public void Check_PastExpiry_Expired() =>
        Assert.Equal(AckTokenStatus.Expired, Tokens().Check(Tokens().Create(Claim()), 42, Now.AddHours(1)).Status);

    [Fact]
    public void Check_ForAnotherIncident_OtherIncident()
    {
        var tokens = Tokens();

        Assert.Equal(AckTokenStatus.OtherIncident, tokens.Check(tokens.Create(Claim(41)), 42, Now).Status);
    }

    [Fact]
    public void Check_SignedWithAnotherKey_Invalid()
    {
        var mine = Tokens(Convert.ToBase64String(new byte[32]));
        var theirs = Tokens(Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));

        Assert.Equal(AckTokenStatus.Invalid, mine.Check(theirs.Create(Claim()), 42, Now).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-dot-at-all")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Check_NotAToken_Invalid(string token) => Assert.Equal(AckTokenStatus.Invalid, Tokens().Check(token, 42, Now).Status);

    [Fact]
    public void Key_NotConfigured_GeneratedOnceKeptInAFileOnlyTheServiceReads_AndMasked()
    {
        var first = Tokens();
        var token = first.Create(Claim());

        var again = Tokens();
        var path = Path.Combine(_dir.Path, "data", "ack-signing.key");

        Assert.Equal(AckTokenStatus.Valid, again.Check(token, 42, Now).Status);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal("key ***", _secrets.Mask("key " + File.ReadAllText(path)));
    }

    public void Dispose() => _dir.Dispose();
}
