using System.Net;
using System.Net.Sockets;
using System.Text;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Diagnostics;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bridge.Connectors.Tests.ConnectWise.Diagnostics;

public sealed class ConnectWiseConnectionCheckTests
{
    private sealed class FakeConnectWise
    {
        public string CompanyInfo { get; set; } = """{"CompanyName":"Acme MSP","Codebase":"v2025_1/","VersionCode":"v2025.1","CompanyID":"acme","IsCloud":false}""";

        public int InfoStatus { get; set; } = 200;

        public string InfoBody { get; set; } = """{"version":"v2025.1.10500","isCloud":false,"serverTimeZone":"UTC"}""";

        public HashSet<string> Forbidden { get; } = [];

        public async Task Handle(HttpContext ctx)
        {
            var path = ctx.Request.Path.Value!;
            ctx.Response.ContentType = "application/json";
            if (path.StartsWith("/login/companyinfo/", StringComparison.Ordinal))
            {
                await ctx.Response.WriteAsync(CompanyInfo);
                return;
            }

            var resource = path[(path.IndexOf("/apis/3.0/", StringComparison.Ordinal) + "/apis/3.0/".Length)..];
            if (resource == "system/info")
            {
                ctx.Response.StatusCode = InfoStatus;
                await ctx.Response.WriteAsync(InfoBody);
                return;
            }

            if (Forbidden.Contains(resource))
            {
                ctx.Response.StatusCode = 403;
                await ctx.Response.WriteAsync("""{"code":"Forbidden","message":"You do not have access to this resource"}""");
                return;
            }

            await ctx.Response.WriteAsync("[]");
        }
    }

    private static async Task<IReadOnlyList<CheckResult>> RunAsync(LoopbackServer server, string? apiBase = null)
    {
        using var client = new HttpClient();
        return await new ConnectWiseConnectionCheck(TestOptions.For(apiBase ?? server.ApiBase), client).RunAsync();
    }

    private static CheckResult Step(IReadOnlyList<CheckResult> results, string name) => Assert.Single(results, r => r.Name == name);

    [Fact]
    public async Task Run_HealthyServer_PassesEveryStepInOrderWithoutRevealingKeys()
    {
        var fake = new FakeConnectWise();
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var results = await RunAsync(server);

        Assert.Equal(["options", "host reachable", "company", "authentication", "read tickets", "read boards", "read members", "read callbacks", "read time entries"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.Ok, $"{r.Name}: {r.Detail}"));
        Assert.Contains("v2025.1.10500", Step(results, "authentication").Detail, StringComparison.Ordinal);
        Assert.Contains("v4_6_release/ (accepted as an alias)", Step(results, "company").Detail, StringComparison.Ordinal);
        var everything = string.Join("\n", results.Select(r => r.Detail));
        Assert.DoesNotContain(TestOptions.PrivateKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"acme+PubKey123:{TestOptions.PrivateKey}")), everything, StringComparison.Ordinal);
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/v4_6_release/apis/3.0/service/tickets?pageSize=1");
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/v4_6_release/apis/3.0/time/entries?pageSize=1");
    }

    [Fact]
    public async Task Run_UnknownCompany_SaysTheCompanyIdIsNotKnown()
    {
        var fake = new FakeConnectWise { CompanyInfo = "null" };
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var company = Step(await RunAsync(server), "company");

        Assert.False(company.Ok);
        Assert.Equal("company id acme is not known to this server", company.Detail);
    }

    [Fact]
    public async Task Run_CodebaseMismatch_NamesBothCodebases()
    {
        var fake = new FakeConnectWise();
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var company = Step(await RunAsync(server, new Uri(server.BaseUri, "v2024_2/apis/3.0/").ToString()), "company");

        Assert.False(company.Ok);
        Assert.Contains("v2025_1/", company.Detail, StringComparison.Ordinal);
        Assert.Contains("v2024_2/", company.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KeysRejected_SaysSoAndSkipsTheReads()
    {
        var fake = new FakeConnectWise { InfoStatus = 401, InfoBody = """{"code":"Unauthorized","message":"Authentication failed"}""" };
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var results = await RunAsync(server);

        var auth = Step(results, "authentication");
        Assert.False(auth.Ok);
        Assert.StartsWith("public/private key pair or company id rejected", auth.Detail, StringComparison.Ordinal);
        Assert.Equal("authentication", results[^1].Name);
    }

    [Fact]
    public async Task Run_ClientIdRejected_PointsAtTheClientId()
    {
        var fake = new FakeConnectWise { InfoStatus = 401, InfoBody = """{"code":"Unauthorized","message":"A clientId header is required"}""" };
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var auth = Step(await RunAsync(server), "authentication");

        Assert.False(auth.Ok);
        Assert.Contains("ConnectWise:ClientId", auth.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TicketsForbidden_NamesTheMissingPermission()
    {
        var fake = new FakeConnectWise();
        fake.Forbidden.Add("service/tickets");
        await using var server = await LoopbackServer.StartAsync(fake.Handle);

        var results = await RunAsync(server);

        var tickets = Step(results, "read tickets");
        Assert.False(tickets.Ok);
        Assert.Contains("Service Desk > Service Tickets: Inquire", tickets.Detail, StringComparison.Ordinal);
        Assert.True(Step(results, "read boards").Ok);
    }

    [Fact]
    public async Task Run_NothingListening_SaysTheConnectionWasRefusedAndStops()
    {
        int port;
        await using (var server = await LoopbackServer.StartAsync(_ => Task.CompletedTask))
        {
            port = server.Port;
        }

        using var client = new HttpClient();
        var results = await new ConnectWiseConnectionCheck(TestOptions.For($"http://127.0.0.1:{port}/v4_6_release/apis/3.0/"), client).RunAsync();

        Assert.Equal(["options", "host reachable"], results.Select(r => r.Name));
        Assert.False(results[1].Ok);
        Assert.Contains("refused the connection", results[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidOptions_StopsAtOptionsAndSendsNothing()
    {
        using var handler = new FakeHttpMessageHandler(_ => throw new InvalidOperationException("no request expected"));
        using var client = new HttpClient(handler);
        var options = TestOptions.For("https://api-na.myconnectwise.net/v4_6_release/");

        var results = await new ConnectWiseConnectionCheck(options, client).RunAsync();

        var only = Assert.Single(results);
        Assert.False(only.Ok);
        Assert.Contains("ConnectWise:BaseUrl", only.Detail, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void DescribeTransport_DnsFailure_NamesDns() =>
        Assert.StartsWith(
            "DNS lookup of api-xx.example failed",
            ConnectWiseConnectionCheck.DescribeTransport("api-xx.example", new HttpRequestException("x", new SocketException((int)SocketError.HostNotFound))),
            StringComparison.Ordinal);

    [Fact]
    public void DescribeTransport_TlsFailure_NamesTls() =>
        Assert.StartsWith(
            "TLS handshake with h failed",
            ConnectWiseConnectionCheck.DescribeTransport("h", new HttpRequestException("x", new System.Security.Authentication.AuthenticationException("bad cert"))),
            StringComparison.Ordinal);
}
