using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Sandbox;

namespace Bridge.Benchmarks.Ingest;

/// <summary>
/// Callbacks as ConnectWise shapes them: one genuine callback is taken from the sandbox (its body carries the
/// sandbox's FromUrl, company and <c>key_url</c>), and each load callback is that body with a new MessageId and
/// an updated ticket entity (a newer <c>_info.lastUpdated</c> and a new summary), signed with the sandbox's key.
/// </summary>
internal sealed class CallbackTemplate
{
    private readonly JsonObject _body;
    private readonly IReadOnlyList<JsonObject> _tickets;
    private readonly string _signingKey;
    private readonly DateTimeOffset _versionBase;

    private CallbackTemplate(JsonObject body, IReadOnlyList<JsonObject> tickets, string signingKey, DateTimeOffset versionBase)
    {
        _body = body;
        _tickets = tickets;
        _signingKey = signingKey;
        _versionBase = versionBase;
    }

    /// <summary>
    /// Registers a callback in the sandbox towards a closed port (the attempt is logged with its body even though
    /// nobody answers), creates one ticket to raise it, and creates <paramref name="pool"/> tickets to update.
    /// </summary>
    public static async Task<CallbackTemplate> CaptureAsync(SandboxServer sandbox, int pool)
    {
        using (var api = sandbox.CreateApiClient())
        {
            using var registered = await api.PostAsJsonAsync("system/callbacks", new
            {
                url = "http://127.0.0.1:9/template?recordId=",
                objectId = 1,
                type = "ticket",
                level = "owner",
                description = "benchmark template",
            });
            registered.EnsureSuccessStatusCode();
        }

        var id = (int)sandbox.State.CreateTicket("ContosoLaw", "template")["id"]!;
        var attempt = await sandbox.Callbacks.WaitForAsync(a => a.EntityId == id, TimeSpan.FromSeconds(30));
        var body = JsonNode.Parse(attempt.Body)!.AsObject();
        var ids = sandbox.State.CreateTickets(pool, (i, t) => t.Board("Service Desk").Priority(2 + (i % 3)));
        var tickets = ids.Select(t => sandbox.State.GetTicket(t)!).ToList();
        return new CallbackTemplate(body, tickets, sandbox.Options.CallbackSigningKey, sandbox.Options.TimeProvider.GetUtcNow());
    }

    /// <summary>
    /// Callback <paramref name="sequence"/>: ticket <c>sequence % pool</c>, one second newer than callback
    /// <c>sequence − 1</c>, so every callback is a new version the bridge takes from the entity.
    /// </summary>
    public PreparedCallback Build(long sequence)
    {
        var ticket = (JsonObject)_tickets[(int)(sequence % _tickets.Count)].DeepClone();
        var version = _versionBase.AddSeconds(sequence + 1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        ticket["summary"] = $"Load test update {sequence}";
        ((JsonObject)ticket["_info"]!)["lastUpdated"] = version;
        var body = (JsonObject)_body.DeepClone();
        var messageId = Guid.NewGuid();
        body["MessageId"] = messageId.ToString();
        body["Action"] = "updated";
        body["ID"] = (int)ticket["id"]!;
        body["Entity"] = ticket.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return new PreparedCallback(messageId.ToString(), (int)ticket["id"]!, bytes, CallbackSignature.Compute(_signingKey, bytes));
    }
}
