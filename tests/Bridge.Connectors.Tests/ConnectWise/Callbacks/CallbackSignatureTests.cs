using System.Security.Cryptography;
using System.Text;
using Bridge.Connectors.ConnectWise.Callbacks;

namespace Bridge.Connectors.Tests.ConnectWise.Callbacks;

public sealed class CallbackSignatureTests
{
    private const string Key = "a1b2c3-signing-key";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"MessageId":"m-1","Action":"updated","Type":"ticket","ID":1234}""");

    // Computed outside .NET (Python hmac/hashlib): base64(hmac_sha256(sha256(key), body)).
    private const string KnownSignature = "agKa8LVkSULu/8e8sLpaROqs0AXP1UjGzVUTqb8UpI4=";

    [Fact]
    public void Compute_KnownVector_MatchesTheIndependentImplementation() =>
        Assert.Equal(KnownSignature, CallbackSignature.Compute(Key, Body));

    [Fact]
    public void Compute_AgreesWithTheIncrementalHashPath()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes("another key ✓"));
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, sha.GetHashAndReset());
        hmac.AppendData(Body.AsSpan(0, 10));
        hmac.AppendData(Body.AsSpan(10));
        var expected = Convert.ToBase64String(hmac.GetHashAndReset());

        Assert.Equal(expected, CallbackSignature.Compute("another key ✓", Body));
    }

    [Fact]
    public void Verify_GenuineSignature_Succeeds() =>
        Assert.True(CallbackSignature.Verify(Key, Body, KnownSignature));

    [Fact]
    public void Verify_SignatureWithSurroundingWhitespace_Succeeds() =>
        Assert.True(CallbackSignature.Verify(Key, Body, " " + KnownSignature + " "));

    [Fact]
    public void Verify_OneBodyByteChanged_Fails()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 0x01; // the ID digit

        Assert.False(CallbackSignature.Verify(Key, tampered, KnownSignature));
    }

    [Fact]
    public void Verify_ReserializedBody_Fails()
    {
        var reserialized = Encoding.UTF8.GetBytes("""{"MessageId": "m-1", "Action": "updated", "Type": "ticket", "ID": 1234}""");

        Assert.False(CallbackSignature.Verify(Key, reserialized, KnownSignature));
    }

    [Fact]
    public void Verify_WrongKey_Fails() =>
        Assert.False(CallbackSignature.Verify(Key + "x", Body, KnownSignature));

    [Fact]
    public void Verify_KeyUsedRawInsteadOfHashed_Fails()
    {
        var rawKeySignature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Body));

        Assert.False(CallbackSignature.Verify(Key, Body, rawKeySignature));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 !!")]
    [InlineData("AAAA")]
    [InlineData("agKa8LVkSULu/8e8sLpaROqs0AXP1UjGzVUTqb8UpI4=agKa")]
    public void Verify_MissingOrMalformedSignature_Fails(string? signature) =>
        Assert.False(CallbackSignature.Verify(Key, Body, signature));

    [Fact]
    public void Verify_TruncatedSignature_Fails() =>
        Assert.False(CallbackSignature.Verify(Key, Body, Convert.ToBase64String(Convert.FromBase64String(KnownSignature)[..31])));
}
