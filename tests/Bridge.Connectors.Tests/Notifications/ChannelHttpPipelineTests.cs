using System.Net;
using Bridge.Connectors.Notifications.Http;
using Polly.Timeout;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class ChannelHttpPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);

    private static HttpResponseMessage Response(HttpStatusCode status, int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfterSeconds is { } s)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(s));
        }

        return response;
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 1, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 2, true)]
    [InlineData(HttpStatusCode.TooManyRequests, 60, false)]
    [InlineData(HttpStatusCode.TooManyRequests, null, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, null, false)]
    [InlineData(HttpStatusCode.InternalServerError, 1, false)]
    [InlineData(HttpStatusCode.BadGateway, null, false)]
    [InlineData(HttpStatusCode.OK, null, false)]
    public void IsSafeToRetry_Status_OnlyRefusalsWithAShortRetryAfter(HttpStatusCode status, int? retryAfter, bool expected)
    {
        using var response = Response(status, retryAfter);

        Assert.Equal(expected, ChannelHttpPipeline.IsSafeToRetry(response, null, Now, Max));
    }

    [Fact]
    public void IsSafeToRetry_ConnectionNeverEstablished_Retries() =>
        Assert.True(ChannelHttpPipeline.IsSafeToRetry(null, new HttpRequestException(HttpRequestError.ConnectionError, "refused"), Now, Max));

    [Fact]
    public void IsSafeToRetry_ConnectionLostAfterSending_DoesNotRetry() =>
        Assert.False(ChannelHttpPipeline.IsSafeToRetry(null, new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), Now, Max));

    [Fact]
    public void IsSafeToRetry_Timeout_DoesNotRetry() =>
        Assert.False(ChannelHttpPipeline.IsSafeToRetry(null, new TimeoutRejectedException(), Now, Max));
}
