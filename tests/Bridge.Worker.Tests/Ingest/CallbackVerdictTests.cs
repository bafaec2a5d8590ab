using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Ingest;

public sealed class CallbackVerdictTests
{
    private static readonly ConnectWiseCallbackPayload Payload = new() { Action = "updated", Type = "ticket", Id = 5 };

    [Theory]
    [InlineData(true, null, "Valid")]
    [InlineData(false, "signature does not match the body", "Rejected")]
    [InlineData(false, "x-content-signature header is missing", "Rejected")]
    [InlineData(false, "key_url origin https://evil.example is not the configured ConnectWise host; …", "Rejected")]
    [InlineData(false, "key_url answered 404 NotFound", "Rejected")]
    [InlineData(false, "Metadata.key_url is missing", "Rejected")]
    [InlineData(false, "key_url did not answer within 3 s", "KeyUnavailable")]
    [InlineData(false, "key_url could not be reached: Connection refused", "KeyUnavailable")]
    [InlineData(false, "key_url answered 503 ServiceUnavailable", "KeyUnavailable")]
    public void Classify_Result_Verdict(bool valid, string? reason, string expected) =>
        Assert.Equal(Enum.Parse<CallbackVerdictKind>(expected), CallbackVerdict.Classify(new CallbackVerificationResult(valid, reason, Payload)));

    [Fact]
    public void Classify_NoPayload_Malformed() =>
        Assert.Equal(CallbackVerdictKind.Malformed, CallbackVerdict.Classify(new CallbackVerificationResult(false, "malformed callback: body is empty", null)));

    [Theory]
    [InlineData("a-long-enough-secret", "a-long-enough-secret", true)]
    [InlineData("a-long-enough-secret", "a-long-enough-secreT", false)]
    [InlineData("a-long-enough-secret", "", false)]
    [InlineData("", "", true)]
    [InlineData("", "anything", false)]
    public void SecretMatches_Values(string expected, string given, bool matches) =>
        Assert.Equal(matches, CallbackIntake.SecretMatches(expected, given));
}
