using System.Net;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

/// <summary>The faults a write-back outbox is tested against: a whole-API outage, and a create that is committed but never answered.</summary>
public sealed class OutageAndLostAnswerTests : IAsyncLifetime
{
    private const string NoteBody = """{"text":"paged Anh [bridge:tl:1:note]","internalAnalysisFlag":true}""";
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _client = _server.CreateApiClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Outage_ServiceUnavailable_EveryApiRequest503UntilOver_ControlSurfaceStillAnswers()
    {
        _server.Faults.Outage = SandboxOutage.ServiceUnavailable;

        using var read = await _client.GetAsync("service/tickets/1");
        using var write = await _client.PostJsonAsync("service/tickets/1/notes", NoteBody);
        using var control = await new HttpClient().GetAsync(new Uri(_server.ControlAddress, "faults"));
        _server.Faults.Outage = SandboxOutage.None;
        using var after = await _client.GetAsync("service/tickets/1");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (read.StatusCode, write.StatusCode));
        Assert.Equal("ConnectWiseApi", (string)(await write.JsonAsync())!["code"]!);
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain(_server.State.Notes(1), n => ((string?)n["text"])?.Contains("[bridge:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Outage_ConnectionDropped_NoAnswerAndNothingWritten_LoggedAsStatusZero()
    {
        _server.Faults.Outage = SandboxOutage.ConnectionDropped;

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostJsonAsync("service/tickets/1/notes", NoteBody));

        Assert.DoesNotContain(_server.State.Notes(1), n => ((string?)n["text"])?.Contains("[bridge:", StringComparison.Ordinal) == true);
        Assert.Equal(1, _server.Requests.Count(r => r.Method == "POST" && r.StatusCode == 0));
    }

    [Fact]
    public async Task LoseFirstAnswerOfEachCreate_Reset_CommittedButUnanswered_SameBodyAgainIsAnsweredAndDuplicates()
    {
        _server.Faults.LoseFirstAnswerOfEachCreate("/notes");

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostJsonAsync("service/tickets/1/notes", NoteBody));
        using var again = await _client.PostJsonAsync("service/tickets/1/notes", NoteBody);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(2, _server.State.Notes(1).Count(n => ((string?)n["text"])?.Contains("[bridge:tl:1:note]", StringComparison.Ordinal) == true));
        Assert.Equal(1, _server.Faults.AnswersLost);
    }

    [Fact]
    public async Task LoseFirstAnswerOfEachCreate_GatewayTimeout_504AfterCommitting()
    {
        _server.Faults.LoseFirstAnswerOfEachCreate("time/entries", LostAnswer.GatewayTimeout);

        using var lost = await _client.PostJsonAsync("time/entries", """{"chargeToId":1,"timeStart":"2026-03-03T07:10:00Z","timeEnd":"2026-03-03T07:10:00Z","internalNotes":"[bridge:tl:2:time]"}""");

        Assert.Equal(HttpStatusCode.GatewayTimeout, lost.StatusCode);
        Assert.Single(_server.State.TimeEntries(1), e => (string?)e["internalNotes"] == "[bridge:tl:2:time]");
    }

    [Fact]
    public async Task LoseFirstAnswerOfEachCreate_Timeout_CommittedThenNoAnswerUntilTheClientGivesUp()
    {
        _server.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        using var giveUp = new CancellationTokenSource();

        var post = _client.PostAsync("service/tickets/1/notes", Http.Json(NoteBody), giveUp.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!_server.State.Notes(1).Any(n => ((string?)n["text"])?.Contains("[bridge:tl:1:note]", StringComparison.Ordinal) == true) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await Task.Delay(200);
        Assert.False(post.IsCompleted, "the committed create must not be answered");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        Assert.Single(_server.State.Notes(1), n => ((string?)n["text"])?.Contains("[bridge:tl:1:note]", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task LoseFirstAnswerOfEachCreate_RefusedCreate_PassedThroughAndNotCounted()
    {
        _server.Faults.LoseFirstAnswerOfEachCreate("/notes");

        using var refused = await _client.PostJsonAsync("service/tickets/1/notes", """{"text":"no placement flag"}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, _server.Faults.AnswersLost);
    }
}
