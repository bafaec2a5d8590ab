using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Resilience;
using Polly.Timeout;

namespace Bridge.Connectors.Tests.ConnectWise.Resilience;

public sealed class ConnectWiseRetryPolicyTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("GET", 500, "Retry")]
    [InlineData("GET", 502, "Retry")]
    [InlineData("GET", 503, "Retry")]
    [InlineData("GET", 504, "Retry")]
    [InlineData("GET", 408, "Retry")]
    [InlineData("GET", 429, "Retry")]
    [InlineData("HEAD", 500, "Retry")]
    [InlineData("DELETE", 503, "Retry")]
    [InlineData("GET", 400, "DoNotRetry")]
    [InlineData("GET", 401, "DoNotRetry")]
    [InlineData("GET", 403, "DoNotRetry")]
    [InlineData("GET", 404, "DoNotRetry")]
    [InlineData("GET", 409, "DoNotRetry")]
    [InlineData("GET", 501, "DoNotRetry")]
    [InlineData("GET", 200, "DoNotRetry")]
    [InlineData("POST", 429, "Retry")]
    [InlineData("PATCH", 429, "Retry")]
    [InlineData("PUT", 429, "Retry")]
    [InlineData("POST", 500, "DoNotRetry")]
    [InlineData("POST", 502, "DoNotRetry")]
    [InlineData("POST", 503, "DoNotRetry")]
    [InlineData("POST", 504, "DoNotRetry")]
    [InlineData("POST", 408, "DoNotRetry")]
    [InlineData("PATCH", 500, "DoNotRetry")]
    [InlineData("PUT", 503, "DoNotRetry")]
    [InlineData("POST", 400, "DoNotRetry")]
    public void Decide_StatusByMethod_FollowsTheWriteSafetyRules(string method, int status, string expected) =>
        Assert.Equal(expected, ConnectWiseRetryPolicy.Decide(new HttpMethod(method), (HttpStatusCode)status, null, null, Max).ToString());

    [Theory]
    [InlineData("GET", "Retry")]
    [InlineData("DELETE", "Retry")]
    [InlineData("POST", "DoNotRetry")]
    [InlineData("PATCH", "DoNotRetry")]
    public void Decide_TransportFailureOrTimeout_RetriesOnlyIdempotentMethods(string method, string expected)
    {
        Assert.Equal(expected, ConnectWiseRetryPolicy.Decide(new HttpMethod(method), null, new HttpRequestException("reset"), null, Max).ToString());
        Assert.Equal(expected, ConnectWiseRetryPolicy.Decide(new HttpMethod(method), null, new TimeoutRejectedException(), null, Max).ToString());
    }

    [Fact]
    public void Decide_UnknownMethodOnTimeout_IsTreatedAsUnsafe() =>
        Assert.Equal(RetryVerdict.DoNotRetry, ConnectWiseRetryPolicy.Decide(null, null, new TimeoutRejectedException(), null, Max));

    [Fact]
    public void Decide_CallerCancellation_IsNotRetried() =>
        Assert.Equal(RetryVerdict.DoNotRetry, ConnectWiseRetryPolicy.Decide(HttpMethod.Get, null, new OperationCanceledException(), null, Max));

    [Theory]
    [InlineData("POST", 429)]
    [InlineData("GET", 429)]
    [InlineData("GET", 503)]
    public void Decide_RetryAfterAboveLimit_FailsFast(string method, int status) =>
        Assert.Equal(RetryVerdict.RetryAfterTooLong, ConnectWiseRetryPolicy.Decide(new HttpMethod(method), (HttpStatusCode)status, null, TimeSpan.FromSeconds(61), Max));

    [Fact]
    public void Decide_RetryAfterAtLimit_IsWaited() =>
        Assert.Equal(RetryVerdict.Retry, ConnectWiseRetryPolicy.Decide(HttpMethod.Post, HttpStatusCode.TooManyRequests, null, Max, Max));

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(408, true)]
    [InlineData(404, false)]
    [InlineData(400, false)]
    [InlineData(200, false)]
    public void IsBreakerFailure_ByStatus(int status, bool expected) =>
        Assert.Equal(expected, ConnectWiseRetryPolicy.IsBreakerFailure((HttpStatusCode)status, null));

    [Fact]
    public void ServerDelay_OnlyFor429And503()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var tooMany = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        tooMany.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var serverError = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        serverError.Headers.TryAddWithoutValidation("Retry-After", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectWiseRetryPolicy.ServerDelay(tooMany, now));
        Assert.Null(ConnectWiseRetryPolicy.ServerDelay(serverError, now));
    }
}
