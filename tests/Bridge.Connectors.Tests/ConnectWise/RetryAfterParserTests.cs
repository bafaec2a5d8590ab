using System.Net;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class RetryAfterParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Theory]
    [InlineData("30", 30)]
    [InlineData("0", 0)]
    [InlineData("Fri, 02 Jan 2026 03:04:35 GMT", 30)]
    [InlineData("Fri, 02 Jan 2026 03:00:00 GMT", 0)]
    public void FromHeaders_SecondsOrHttpDate_GivesTheWait(string header, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfterParser.FromHeaders(response.Headers, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public void FromHeaders_AbsentOrGarbage_IsNull(string? header)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", header);
        }

        Assert.Null(RetryAfterParser.FromHeaders(response.Headers, Now));
    }
}
