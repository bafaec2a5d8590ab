using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Diagnostics;

/// <summary>
/// The <c>check-connection</c> verb: walks from configuration to permissions and says, step by step, what
/// works and what to fix. Steps: options; host reachable (DNS, connect, TLS named); company id known and
/// codebase; authentication (<c>system/info</c>); then the reads the bridge needs, where a 403 names the
/// missing API-member permission. Stops at the first step later steps depend on. Never prints keys.
/// </summary>
/// <param name="options">The options to check (already bound, not necessarily valid).</param>
/// <param name="httpClient">A plain client (no ConnectWise handlers); the check adds its own headers.</param>
public sealed class ConnectWiseConnectionCheck(ConnectWiseOptions options, HttpClient httpClient)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(15);

    private static readonly (string Name, string Path, string Permission)[] Reads =
    [
        ("read tickets", "service/tickets?pageSize=1", "Service Desk > Service Tickets: Inquire"),
        ("read boards", "service/boards?pageSize=1", "System > Table Setup: Inquire (Service / Service Board)"),
        ("read members", "system/members?pageSize=1", "System > Member Maintenance: Inquire"),
        ("read callbacks", "system/callbacks?pageSize=1", "System > Table Setup: Inquire (callbacks)"),
        ("read time entries", "time/entries?pageSize=1", "Time & Expense > Time Entry: Inquire"),
    ];

    /// <summary>Runs the checks in order.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One result per step run.</returns>
    public async Task<IReadOnlyList<CheckResult>> RunAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<CheckResult>();
        var validation = new ConnectWiseOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            results.Add(new CheckResult("options", false, string.Join(" | ", validation.Failures)));
            return results;
        }

        results.Add(new CheckResult("options", true, $"BaseUrl {options.BaseUrl}, company {options.CompanyId}, API version {options.ApiVersion}"));
        var baseUri = new Uri(options.BaseUrl);
        var origin = new Uri(baseUri.GetLeftPart(UriPartial.Authority));

        // One unauthenticated request answers both "is the host there" and "is the company known".
        using var companyRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(origin, "login/companyinfo/" + Uri.EscapeDataString(options.CompanyId)));
        companyRequest.Headers.Accept.ParseAdd("application/json");
        var (companyResponse, transportError) = await SendAsync(companyRequest, cancellationToken).ConfigureAwait(false);
        if (companyResponse is null)
        {
            results.Add(new CheckResult("host reachable", false, transportError!));
            return results;
        }

        using (companyResponse)
        {
            results.Add(new CheckResult("host reachable", true, $"{origin.Host} answered over {origin.Scheme} (HTTP {(int)companyResponse.StatusCode})"));
            var body = await companyResponse.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            results.Add(CheckCompany(companyResponse.StatusCode, body, baseUri));
        }

        var auth = await CallAsync("system/info", cancellationToken).ConfigureAwait(false);
        results.Add(CheckAuthentication(auth));
        if (!results[^1].Ok)
        {
            return results;
        }

        foreach (var (name, path, permission) in Reads)
        {
            var answer = await CallAsync(path, cancellationToken).ConfigureAwait(false);
            results.Add(answer.Status switch
            {
                HttpStatusCode.OK => new CheckResult(name, true, $"GET {Strip(path)} works"),
                HttpStatusCode.Forbidden => new CheckResult(name, false, $"GET {Strip(path)} answered 403: the API member's security role lacks {permission}"),
                null => new CheckResult(name, false, $"GET {Strip(path)} failed: {answer.Error}"),
                _ => new CheckResult(name, false, $"GET {Strip(path)} answered {Describe(answer)}"),
            });
        }

        return results;
    }

    internal CheckResult CheckCompany(HttpStatusCode status, string body, Uri baseUri)
    {
        const string Name = "company";
        var trimmed = body.Trim();
        if (status != HttpStatusCode.OK)
        {
            return new CheckResult(Name, false, $"GET /login/companyinfo/{options.CompanyId} answered {(int)status} {status}" + (trimmed.StartsWith('<') ? " with an HTML page (is BaseUrl the API host?)" : ""));
        }

        if (trimmed.Length == 0 || trimmed == "null")
        {
            return new CheckResult(Name, false, $"company id {options.CompanyId} is not known to this server");
        }

        string? codebase = null, companyName = null, version = null;
        try
        {
            using var doc = JsonDocument.Parse(trimmed);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                codebase = Get(doc.RootElement, "Codebase");
                companyName = Get(doc.RootElement, "CompanyName");
                version = Get(doc.RootElement, "VersionCode");
            }
        }
        catch (JsonException)
        {
            return new CheckResult(Name, false, "GET /login/companyinfo answered something that is not JSON (is BaseUrl the API host?)");
        }

        var configured = CodebaseOf(baseUri);
        var known = $"company {options.CompanyId} is {companyName ?? "known"}{(version is null ? "" : $" on {version}")}";
        if (codebase is null || configured is null || string.Equals(Norm(codebase), Norm(configured), StringComparison.OrdinalIgnoreCase))
        {
            return new CheckResult(Name, true, $"{known}; codebase {codebase ?? "(not reported)"}");
        }

        return string.Equals(Norm(configured), "v4_6_release", StringComparison.OrdinalIgnoreCase)
            ? new CheckResult(Name, true, $"{known}; server codebase {codebase}, BaseUrl uses v4_6_release/ (accepted as an alias)")
            : new CheckResult(Name, false, $"{known}; server codebase is {codebase} but BaseUrl uses {configured}: use {Norm(codebase)}/ or v4_6_release/");
    }

    internal static CheckResult CheckAuthentication(Answer answer)
    {
        const string Name = "authentication";
        if (answer.Status == HttpStatusCode.OK)
        {
            string? version = null;
            bool? cloud = null;
            try
            {
                using var doc = JsonDocument.Parse(answer.Body);
                version = Get(doc.RootElement, "version");
                cloud = doc.RootElement.TryGetProperty("isCloud", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : null;
            }
            catch (JsonException)
            {
                return new CheckResult(Name, false, "GET system/info answered 200 but not JSON (is BaseUrl the API host?)");
            }

            return new CheckResult(Name, true, $"API keys accepted; server {version ?? "(version not reported)"}{(cloud == true ? " (cloud)" : cloud == false ? " (on-premises)" : "")}");
        }

        if (answer.Status is null)
        {
            return new CheckResult(Name, false, "GET system/info failed: " + answer.Error);
        }

        var text = (answer.Code + " " + answer.Message).ToUpperInvariant();
        return answer.Status switch
        {
            HttpStatusCode.Unauthorized when text.Contains("CLIENTID", StringComparison.Ordinal) =>
                new CheckResult(Name, false, $"clientId rejected or missing: set ConnectWise:ClientId to the GUID from developer.connectwise.com ({Describe(answer)})"),
            HttpStatusCode.Unauthorized =>
                new CheckResult(Name, false, $"public/private key pair or company id rejected ({Describe(answer)})"),
            HttpStatusCode.NotFound =>
                new CheckResult(Name, false, $"system/info not found: check the codebase in BaseUrl; on cloud a 404 is often a bad-credentials symptom ({Describe(answer)})"),
            _ => new CheckResult(Name, false, "GET system/info answered " + Describe(answer)),
        };
    }

    private async Task<Answer> CallAsync(string relative, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(options.BaseUrl), relative));
        ConnectWiseRequestHeaders.Apply(request, options);
        var (response, error) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is null)
        {
            return new Answer(null, "", null, null, error);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new Answer(response.StatusCode, body, null, null, null);
            }

            var mapped = ConnectWiseErrorMapper.Map(response.StatusCode, "GET", request.RequestUri, body, response.Content.Headers.ContentType?.MediaType, null);
            return new Answer(response.StatusCode, body, mapped.Code, mapped.ServerMessage ?? mapped.Message, null);
        }
    }

    private async Task<(HttpResponseMessage? Response, string? Error)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StepTimeout);
        var host = request.RequestUri!.Host;
        try
        {
            return (await httpClient.SendAsync(request, timeout.Token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{host} did not answer within {StepTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return (null, DescribeTransport(host, ex));
        }
    }

    internal static string DescribeTransport(string host, HttpRequestException ex)
    {
        var socket = FindInner<SocketException>(ex);
        if (socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain)
        {
            return $"DNS lookup of {host} failed ({socket.SocketErrorCode}): check the host name in BaseUrl";
        }

        if (socket?.SocketErrorCode is SocketError.ConnectionRefused)
        {
            return $"{host} refused the connection: wrong port, or nothing listening";
        }

        if (socket is not null)
        {
            return $"could not connect to {host}: {socket.SocketErrorCode}";
        }

        if (FindInner<AuthenticationException>(ex) is { } tls)
        {
            return $"TLS handshake with {host} failed: {tls.Message}";
        }

        return ex.HttpRequestError == HttpRequestError.NameResolutionError
            ? $"DNS lookup of {host} failed: check the host name in BaseUrl"
            : $"request to {host} failed: {ex.Message}";
    }

    private static T? FindInner<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static string? CodebaseOf(Uri baseUri)
    {
        var path = baseUri.AbsolutePath;
        var index = path.LastIndexOf("/" + ConnectWiseOptionsRules.ApiSuffix, StringComparison.OrdinalIgnoreCase);
        return index <= 0 ? null : path[1..index] + "/";
    }

    private static string Norm(string codebase) => codebase.Trim('/');

    private static string Strip(string path) => path.Split('?')[0];

    private static string? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(Answer answer) =>
        $"{(int?)answer.Status} {answer.Status}{(answer.Code is null ? "" : ": " + answer.Code)}{(answer.Message is null ? "" : " " + answer.Message)}";

    internal sealed record Answer(HttpStatusCode? Status, string Body, string? Code, string? Message, string? Error);
}
