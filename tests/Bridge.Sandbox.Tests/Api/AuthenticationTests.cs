using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

public sealed class AuthenticationTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private readonly SandboxServer _server = fixture.Server;

    [Theory]
    [InlineData(null, "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "Authorization has been denied")]
    [InlineData("bridgedemo+sandboxpublickey:wrong", "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "not valid")]
    [InlineData("otherco+sandboxpublickey:sandboxprivatekey", "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "not valid")]
    [InlineData("bridgedemo:sandboxprivatekey", "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "not valid")]
    [InlineData("bridgedemo+sandboxpublickey:sandboxprivatekey", null, "clientId")]
    [InlineData("bridgedemo+sandboxpublickey:sandboxprivatekey", "00000000-0000-0000-0000-000000000000", "clientId '00000000-0000-0000-0000-000000000000'")]
    public async Task Get_BadCredentials_Returns401WithConnectWiseBody(string? credentials, string? clientId, string message)
    {
        using var client = Http.Anonymous(_server);
        if (credentials is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        if (clientId is not null)
        {
            client.DefaultRequestHeaders.Add("ClientID", clientId);
        }

        using var response = await client.GetAsync("service/tickets");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", (string)body!["code"]!);
        Assert.Contains(message, (string)body["message"]!, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("x-cw-request-id"));
    }

    [Fact]
    public async Task Get_ValidCredentials_UpperCaseCompanyAndHeaders_Succeeds()
    {
        using var client = Http.Anonymous(_server);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("BRIDGEDEMO+sandboxpublickey:sandboxprivatekey")));
        client.DefaultRequestHeaders.Add("CLIENTID", "3F2504E0-4F89-41D3-9A0C-0305E82C3301");

        using var response = await client.GetAsync("service/boards");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.True(Guid.TryParse(response.Headers.GetValues("x-cw-request-id").Single(), out _));
        var request = _server.Requests.Entries[^1];
        Assert.True(request.HasAuthorization);
        Assert.Equal("service/boards", request.ApiPath);
        Assert.DoesNotContain(request.Headers.Values, v => v.Contains("Basic", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/vnd.connectwise.com+json; version=2025.1", HttpStatusCode.OK)]
    [InlineData("application/vnd.connectwise.com+json; version=2019.1, application/json", HttpStatusCode.OK)]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/vnd.connectwise.com+json", HttpStatusCode.OK)]
    [InlineData("application/vnd.connectwise.com+json; version=0.0", HttpStatusCode.BadRequest)]
    [InlineData("application/vnd.connectwise.com+json; version=3.0.0", HttpStatusCode.BadRequest)]
    [InlineData("application/vnd.connectwise.com+json; version=2026.1", HttpStatusCode.BadRequest)]
    [InlineData("application/vnd.connectwise.com+json; version=latest", HttpStatusCode.BadRequest)]
    public async Task Get_AcceptVersion_IsCheckedLikeTheRealApi(string accept, HttpStatusCode expected)
    {
        using var client = Http.Anonymous(_server);
        client.Authorize(_server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "system/info");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            var body = await response.JsonAsync();
            Assert.Equal("ConnectWiseApi", (string)body!["code"]!);
            Assert.Matches("^The HTTP resource that matches the request URI 'http://127\\.0\\.0\\.1:\\d+/v4_6_release/apis/3\\.0/system/info' does not support the API version '.+'\\.$", (string)body["message"]!);
        }

        Assert.Equal(accept, _server.Requests.Entries[^1].Headers["Accept"]);
    }

    [Fact]
    public async Task CompanyInfo_WithoutAuth_DescribesKnownCompanyAndNullForOthers()
    {
        using var client = new HttpClient { BaseAddress = _server.BaseAddress };

        var known = await (await client.GetAsync("login/companyinfo/BridgeDemo")).JsonAsync();
        using var unknown = await client.GetAsync("login/companyinfo/someoneelse");

        Assert.Equal("v4_6_release/", (string)known!["Codebase"]!);
        Assert.Equal("bridgedemo", (string)known["CompanyID"]!);
        Assert.Equal("v2025.1", (string)known["VersionCode"]!);
        Assert.False((bool)known["IsCloud"]!);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("null", await unknown.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("service/unicorns")]
    [InlineData("service/tickets/abc")]
    [InlineData("system/members/1/colour")]
    public async Task Get_UnknownRoute_Returns404EndpointDoesNotExist(string path)
    {
        using var client = _server.CreateApiClient();

        using var response = await client.GetAsync(path);
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("ConnectWiseApi", "The endpoint does not exist."), ((string)body!["code"]!, (string)body["message"]!));
    }

    [Fact]
    public async Task Get_MissingRecord_Returns404NotFound()
    {
        using var client = _server.CreateApiClient();

        using var response = await client.GetAsync("service/tickets/999");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("NotFound", "Ticket 999 not found"), ((string)body!["code"]!, (string)body["message"]!));
    }

    [Fact]
    public async Task SystemInfo_Authenticated_ReportsOnPremiseVersion()
    {
        using var client = _server.CreateApiClient();

        var info = await (await client.GetAsync("system/info")).JsonAsync();

        Assert.StartsWith("v2025.1", (string)info!["version"]!, StringComparison.Ordinal);
        Assert.False((bool)info["isCloud"]!);
        Assert.NotNull(info["serverTimeZone"]);
    }
}
