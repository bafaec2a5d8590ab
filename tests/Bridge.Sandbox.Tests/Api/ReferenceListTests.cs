using System.Net;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

public sealed class ReferenceListTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Theory]
    [InlineData("service/boards", 3)]
    [InlineData("service/boards?conditions=projectFlag=true", 1)]
    [InlineData("service/boards/3/statuses", 3)]
    [InlineData("service/boards/1/statuses", 7)]
    [InlineData("service/boards/2/statuses", 5)]
    [InlineData("service/boards/1/types", 4)]
    [InlineData("service/boards/2/subtypes", 4)]
    [InlineData("service/priorities", 6)]
    [InlineData("system/members", 9)]
    [InlineData("company/companies", 3)]
    [InlineData("company/contacts?conditions=company/identifier='ContosoLaw'", 2)]
    [InlineData("company/configurations?conditions=company/identifier='NorthwindDental'", 3)]
    [InlineData("service/boards/1/statuses?conditions=closedStatus=true and timeEntryNotAllowed=true", 2)]
    [InlineData("time/workTypes", 4)]
    [InlineData("finance/agreements", 3)]
    public async Task ReferenceLists_SampleData_HaveTheSeededRows(string url, int expected)
    {
        using var client = fixture.Server.CreateApiClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.JsonAsync())!.AsArray().Count);
    }
}
