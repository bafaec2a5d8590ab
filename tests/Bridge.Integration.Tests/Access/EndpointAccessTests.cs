using System.Net;
using System.Text.RegularExpressions;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Access;

/// <summary>
/// Default deny, checked over every endpoint the real host maps: each one carries an access decision, a public one
/// names its proof, and every other one refuses a caller without credentials (401 for an API, the sign-in page for a page).
/// </summary>
public sealed partial class EndpointAccessTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private IngestHost _host = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        _host = await IngestHost.StartAsync(_sandbox, _dir, prepare: OnCallConfig.AddTo);
    }

    [Fact]
    public void EveryEndpoint_CarriesAnAccessDecision_AndEveryPublicOneNamesItsProof()
    {
        var endpoints = Endpoints();
        var undecided = endpoints.Where(e => e.Access is null).ToList();
        var unproven = endpoints.Where(e => e.Access is { IsPublic: true } a && string.IsNullOrWhiteSpace(a.Proof)).ToList();

        Assert.True(undecided.Count == 0 && unproven.Count == 0,
            $"Endpoints without a decision: {string.Join(", ", undecided.Select(e => e.Name))}. Public without a proof: {string.Join(", ", unproven.Select(e => e.Name))}.\n{Table(endpoints)}");
        Assert.Contains(endpoints, e => e.Pattern == "/metrics" && e.Access is { IsPublic: true });
        Assert.Contains(endpoints, e => e.Pattern == "/" && e.Access is { Role: AccessRole.Viewer, IsPage: true });
        Assert.Contains(endpoints, e => e.Pattern == "/signin/antiforgery" && e.Access is { Role: AccessRole.Technician });
    }

    [Fact]
    public async Task EveryNonPublicEndpoint_WithoutCredentials_Answers401_OrSendsAPageToSignIn()
    {
        var endpoints = Endpoints();
        using var stranger = _host.Anonymous();
        var wrong = new List<string>();
        var called = 0;
        foreach (var endpoint in endpoints.Where(e => e.Access is { IsPublic: false }))
        {
            foreach (var method in endpoint.Methods.Count == 0 ? ["GET"] : endpoint.Methods)
            {
                var path = Fill(endpoint.Pattern);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is not ("GET" or "HEAD" or "DELETE"))
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var answer = await stranger.SendAsync(request);
                called++;
                var page = endpoint.Access!.IsPage && method is "GET" or "HEAD";
                var location = answer.Headers.Location?.OriginalString;
                var expected = page ? "302 to /signin?returnUrl=" + Uri.EscapeDataString(path) : "401";
                var got = answer.StatusCode == HttpStatusCode.Redirect ? $"302 to {location}" : ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (got != expected)
                {
                    wrong.Add($"{method} {path}: expected {expected}, got {got}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"Called without credentials:\n{string.Join('\n', wrong)}\n{Table(endpoints)}");
        Assert.True(called >= 20, $"Only {called} calls made.\n{Table(endpoints)}");
    }

    private sealed record Mapped(string Pattern, IReadOnlyList<string> Methods, EndpointAccess? Access)
    {
        public string Name => $"{(Methods.Count == 0 ? "ANY" : string.Join('|', Methods))} {Pattern}";
    }

    private List<Mapped> Endpoints() =>
        [.. _host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new Mapped(
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [],
                e.Metadata.GetMetadata<EndpointAccess>()))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)];

    private static string Table(IEnumerable<Mapped> endpoints) =>
        "Decisions:\n" + string.Join('\n', endpoints.Select(e => $"  {e.Name,-55} " + e.Access switch
        {
            null => "NO DECISION",
            { IsPublic: true } a => $"public: {a.Proof}",
            var a => $"{AccessRoles.Name(a.Role!.Value)}{(a.IsPage ? " (page)" : "")}",
        }));

    /// <summary>A plausible path for a route pattern: numbers for numeric parameters, the configured schedule for a schedule.</summary>
    private static string Fill(string pattern) => Parameter().Replace(pattern, match =>
        match.Groups["constraint"].Value.Contains("int", StringComparison.Ordinal) ? "1"
        : match.Groups["name"].Value switch
        {
            "schedule" or "name" => OnCallConfig.Schedule,
            "member" => "bruiz",
            "kind" => "schedule",
            _ => "x",
        });

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<constraint>[^}]*)\}")]
    private static partial Regex Parameter();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}
