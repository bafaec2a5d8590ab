using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Api;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Control;

/// <summary>
/// <c>/_sandbox/</c>: an unauthenticated control surface for the demo and shell scripts. Changes made here
/// behave exactly like a technician's in ConnectWise (stamps and callbacks). <c>?member=</c> names who acts.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder app, SandboxServices sandbox)
    {
        var control = app.MapGroup("/_sandbox");
        var state = sandbox.State;

        control.MapGet("/", () => new CwJsonResult(Describe(sandbox)));

        control.MapPost("/tickets", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadAsync(context) as JsonObject ?? throw CwErrors.BadRequest("Send a ticket object.");
            var recordType = ControlShortcuts.TakeRecordType(body);
            return new CwJsonResult(state.CreateTicketCore(ControlShortcuts.ExpandBody(body), Member(context), recordType: recordType),
                StatusCodes.Status201Created);
        });

        control.MapPatch("/tickets/{id:int}", async (HttpContext context, int id) =>
        {
            var operations = ControlShortcuts.ToOperations(await RequestBody.ReadAsync(context));
            return new CwJsonResult(state.UpdateTicketCore(id, t => JsonPatch.Apply(t, operations, Schemas.Ticket), Member(context)));
        });

        control.MapDelete("/tickets/{id:int}", (HttpContext context, int id) =>
        {
            state.DeleteTicketCore(id, Member(context));
            return CwJsonResult.NoContent();
        });

        control.MapPost("/tickets/{id:int}/notes", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadAsync(context) as JsonObject ?? [];
            var text = JsonValues.GetString(body["text"]) ?? throw CwErrors.BadRequest("Send {\"text\":\"…\",\"internal\":false}.");
            var note = state.AddNote(id, text, JsonValues.GetBool(body["internal"]) == true, Member(context));
            return new CwJsonResult(note, StatusCodes.Status201Created);
        });

        control.MapPost("/tickets/{id:int}/configurations", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadAsync(context) as JsonObject ?? [];
            var name = JsonValues.GetString(body["name"]) ?? throw CwErrors.BadRequest("Send {\"name\":\"NWD-DC01\"}.");
            return new CwJsonResult(state.AttachConfiguration(id, name, Member(context)), StatusCodes.Status201Created);
        });

        control.MapDelete("/tickets/{id:int}/configurations/{configurationId:int}", (HttpContext context, int id, int configurationId) =>
        {
            state.DetachConfigurationCore(id, configurationId, Member(context));
            return CwJsonResult.NoContent();
        });

        control.MapGet("/callbacks", () => new CwJsonResult(JsonSerializer.SerializeToNode(sandbox.Callbacks.Attempts, JsonSerializerOptions.Web)));
        control.MapDelete("/callbacks", () =>
        {
            sandbox.Callbacks.Clear();
            return CwJsonResult.NoContent();
        });

        control.MapGet("/requests", (HttpContext context) => new CwJsonResult(RequestSummary(sandbox.Requests, context.Request)));
        control.MapDelete("/requests", () =>
        {
            sandbox.Requests.Clear();
            return CwJsonResult.NoContent();
        });

        control.MapGet("/faults", () => new CwJsonResult(FaultsJson(sandbox.Faults)));
        control.MapPost("/faults", async (HttpContext context) =>
        {
            ApplyFaults(sandbox.Faults, await RequestBody.ReadAsync(context) as JsonObject ?? []);
            return new CwJsonResult(FaultsJson(sandbox.Faults));
        });
        control.MapDelete("/faults", () =>
        {
            sandbox.Faults.Reset();
            return CwJsonResult.NoContent();
        });

        control.MapPost("/reset", (HttpContext context) =>
        {
            sandbox.Faults.Reset();
            sandbox.Requests.Clear();
            sandbox.Callbacks.Clear();
            state.Reset(keepCallbackRegistrations: !string.Equals(context.Request.Query["callbacks"], "false", StringComparison.OrdinalIgnoreCase));
            return new CwJsonResult(Describe(sandbox));
        });
    }

    private static string Member(HttpContext context) =>
        context.Request.Query["member"] is { Count: > 0 } member ? member.ToString() : SandboxState.DefaultMemberIdentifier;

    private static JsonObject Describe(SandboxServices sandbox) => new()
    {
        ["baseAddress"] = sandbox.BaseAddress.ToString(),
        ["apiBaseAddress"] = new Uri(sandbox.BaseAddress, sandbox.Options.Codebase + "apis/3.0/").ToString(),
        ["companyId"] = sandbox.Options.CompanyId,
        ["publicKey"] = sandbox.Options.PublicKey,
        ["privateKey"] = sandbox.Options.PrivateKey,
        ["clientId"] = sandbox.Options.ClientId,
        ["authorization"] = ApiAuthenticator.HeaderValue(sandbox.Options),
        ["tickets"] = sandbox.State.TicketCount,
        ["projectTickets"] = sandbox.State.ProjectTickets.Count,
        ["callbackRegistrations"] = sandbox.State.Read(s => s.Callbacks.Count),
        ["requests"] = sandbox.Requests.Count(),
        ["callbackAttempts"] = sandbox.Callbacks.Count(),
    };

    private static JsonObject RequestSummary(SandboxRequestLog log, HttpRequest request)
    {
        var method = request.Query["method"].ToString();
        var path = request.Query["pathContains"].ToString();
        var entries = log.Entries
            .Where(r => (method.Length == 0 || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))
                && (path.Length == 0 || r.Path.Contains(path, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var byStatus = new JsonObject();
        foreach (var group in entries.GroupBy(r => r.StatusCode).OrderBy(g => g.Key))
        {
            byStatus[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = group.Count();
        }

        return new JsonObject
        {
            ["count"] = entries.Count,
            ["byStatus"] = byStatus,
            ["recent"] = JsonSerializer.SerializeToNode(entries.TakeLast(50).ToList(), JsonSerializerOptions.Web),
        };
    }

    private static void ApplyFaults(SandboxFaults faults, JsonObject body)
    {
        if (body["failNext"] is JsonObject fail)
        {
            var seconds = JsonValues.TryGetDecimal(fail["retryAfterSeconds"], out var s) ? TimeSpan.FromSeconds((double)s) : (TimeSpan?)null;
            faults.FailNext(JsonValues.GetInt(fail["count"]) ?? 1, JsonValues.GetInt(fail["statusCode"]) ?? 500, seconds, JsonValues.GetString(fail["pathContains"]));
        }

        if (JsonValues.GetInt(body["delayMs"]) is { } delay)
        {
            faults.Delay = TimeSpan.FromMilliseconds(delay);
            faults.DelayPathContains = JsonValues.GetString(body["delayPathContains"]);
        }

        if (JsonValues.GetBool(body["dropCallbacks"]) is { } drop)
        {
            faults.DropCallbacks = drop;
        }

        if (JsonValues.GetString(body["outage"]) is { } outage)
        {
            faults.Outage = Enum.TryParse<SandboxOutage>(outage, ignoreCase: true, out var mode)
                ? mode
                : throw new SandboxApiException(400, "InvalidObject", $"outage must be one of {string.Join(", ", Enum.GetNames<SandboxOutage>())}.");
        }

        if (body["loseFirstAnswerOfEachCreate"] is JsonObject lose)
        {
            var how = JsonValues.GetString(lose["how"]) ?? nameof(LostAnswer.ConnectionReset);
            faults.LoseFirstAnswerOfEachCreate(
                JsonValues.GetString(lose["pathContains"]) ?? throw new SandboxApiException(400, "InvalidObject", "loseFirstAnswerOfEachCreate needs pathContains."),
                Enum.TryParse<LostAnswer>(how, ignoreCase: true, out var mode)
                    ? mode
                    : throw new SandboxApiException(400, "InvalidObject", $"how must be one of {string.Join(", ", Enum.GetNames<LostAnswer>())}."));
        }
    }

    private static JsonObject FaultsJson(SandboxFaults faults) => new()
    {
        ["pendingFailures"] = faults.PendingFailures,
        ["delayMs"] = (int)faults.Delay.TotalMilliseconds,
        ["delayPathContains"] = faults.DelayPathContains,
        ["dropCallbacks"] = faults.DropCallbacks,
        ["outage"] = faults.Outage.ToString(),
        ["answersLost"] = faults.AnswersLost,
    };
}
