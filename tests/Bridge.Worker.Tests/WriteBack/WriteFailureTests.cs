using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Worker.WriteBack;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteFailureTests
{
    private static ConnectWiseApiException Answer(HttpStatusCode status, TimeSpan? retryAfter = null) =>
        new($"ConnectWise POST /time/entries answered {(int)status}", status, "POST", "/time/entries", "Code", "message", [], retryAfter);

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, FailureKind.Rejected, false)]
    [InlineData(HttpStatusCode.NotFound, FailureKind.Rejected, false)]
    [InlineData(HttpStatusCode.Conflict, FailureKind.Rejected, false)]
    [InlineData(HttpStatusCode.Unauthorized, FailureKind.NotSent, true)]
    [InlineData(HttpStatusCode.Forbidden, FailureKind.NotSent, true)]
    [InlineData(HttpStatusCode.TooManyRequests, FailureKind.NotSent, true)]
    [InlineData(HttpStatusCode.RequestTimeout, FailureKind.Unclear, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, FailureKind.Unclear, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, FailureKind.Unclear, true)]
    [InlineData(HttpStatusCode.InternalServerError, FailureKind.Unclear, false)]
    [InlineData(HttpStatusCode.Created, FailureKind.Unclear, false)]
    public void Classify_ConnectWiseAnswer_ByStatus(HttpStatusCode status, FailureKind kind, bool serviceDown)
    {
        var failure = WriteFailure.Classify(Answer(status));

        Assert.Equal((kind, serviceDown), (failure.Kind, failure.ServiceDown));
    }

    [Fact]
    public void Classify_Throttled_CarriesTheServersWait() =>
        Assert.Equal(TimeSpan.FromSeconds(30), WriteFailure.Classify(Answer(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(30))).RetryAfter);

    [Fact]
    public void Classify_CouldNotConnect_NotSent() =>
        Assert.Equal(FailureKind.NotSent, WriteFailure.Classify(new HttpRequestException(HttpRequestError.ConnectionError, "refused")).Kind);

    [Fact]
    public void Classify_ConnectionLostDuringTheRequest_Unclear() =>
        Assert.Equal(FailureKind.Unclear, WriteFailure.Classify(new HttpRequestException(HttpRequestError.ResponseEnded, "reset")).Kind);

    [Fact]
    public void Classify_AttemptTimedOut_UnclearAndServiceDown() =>
        Assert.Equal((FailureKind.Unclear, true), (WriteFailure.Classify(new TimeoutRejectedException()).Kind, WriteFailure.Classify(new TimeoutRejectedException()).ServiceDown));

    [Fact]
    public void Classify_CircuitOpen_NotSentWithTheBreakersWait()
    {
        var failure = WriteFailure.Classify(new BrokenCircuitException("open", TimeSpan.FromSeconds(12)));

        Assert.Equal((FailureKind.NotSent, TimeSpan.FromSeconds(12)), (failure.Kind, failure.RetryAfter));
    }

    [Fact]
    public void Classify_UnreadablePayload_Rejected() =>
        Assert.Equal(FailureKind.Rejected, WriteFailure.Classify(new System.Text.Json.JsonException("bad")).Kind);
}
