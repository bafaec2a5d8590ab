using System.Text.Json;
using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Slack;
using Bridge.Connectors.Notifications.Teams;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class ChatChannelTests
{
    private static ChannelTestHost Host(LoopbackServer server, int retries = 2) => new(o =>
    {
        o.Teams = new TeamsChannelOptions { WebhookUrl = new Uri(server.BaseUri, "teams/default").ToString(), MaxRetryAttempts = retries };
        o.Slack = new SlackChannelOptions { WebhookUrl = new Uri(server.BaseUri, "services/T1/B2/slack-secret-path").ToString(), MaxRetryAttempts = retries };
    });

    [Fact]
    public async Task Teams_SendAsync_PostsAdaptiveCardWithTicketAndActionButtons()
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 202; return Task.CompletedTask; });
        using var host = Host(server);

        var result = await host.Channel(ChannelKinds.Teams).SendAsync(TestPages.Page(), new ContactAddress(""), default);

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/teams/default", request.PathAndQuery);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
        var attachment = json.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains(card.GetProperty("body").EnumerateArray(), b => b.GetProperty("type").GetString() == "TextBlock" && b.GetProperty("text").GetString() == TestPages.Page().Subject);
        var facts = card.GetProperty("body")[2].GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("#123456", facts["Ticket"]);
        Assert.Equal("Contoso & Sons", facts["Client"]);
        var actions = card.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("title").GetString()!, a => a);
        Assert.Equal("Action.OpenUrl", actions["Acknowledge"].GetProperty("type").GetString());
        Assert.Equal(TestPages.Ack, new Uri(actions["Acknowledge"].GetProperty("url").GetString()!));
        Assert.Equal(TestPages.Escalate, new Uri(actions["Escalate"].GetProperty("url").GetString()!));
        Assert.Equal(TestPages.Resolve, new Uri(actions["Resolve"].GetProperty("url").GetString()!));
    }

    [Theory]
    [InlineData(ChannelKinds.Teams)]
    [InlineData(ChannelKinds.Slack)]
    public async Task Notice_SendsItsTextWithoutFactsOrButtons(string kind)
    {
        await using var server = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("ok"));
        using var host = Host(server);
        var notice = new Notification { IncidentId = "", TicketId = 0, Subject = "You are on call", Body = "From 17:00 until Monday 08:00.", IsNotice = true, Links = ActionLinks.None, DedupKey = "handoff:1:anguyen" };

        await host.Channel(kind).SendAsync(notice, new ContactAddress(""), default);

        var body = Assert.Single(server.Requests).Body;
        Assert.Contains("From 17:00 until Monday 08:00.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("about:blank", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledge", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"fields\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"facts\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_PersonHasOwnWebhook_PostsThereInstead()
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = 200; return Task.CompletedTask; });
        using var host = Host(server);

        await host.Channel(ChannelKinds.Teams).SendAsync(TestPages.Page(), new ContactAddress(new Uri(server.BaseUri, "teams/alice").ToString()), default);

        Assert.Equal("/teams/alice", Assert.Single(server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Slack_SendAsync_PostsBlocksWithUrlButtonsAsPlainText()
    {
        await using var server = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("ok"));
        using var host = Host(server);

        var result = await host.Channel(ChannelKinds.Slack).SendAsync(TestPages.Page() with { Body = "<!channel> *bold* " + TestPages.Page().Summary }, new ContactAddress(""), default);

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        using var json = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(["header", "section", "section", "actions"], blocks.Select(b => b.GetProperty("type").GetString()));
        Assert.All(blocks.Take(2), b => Assert.Equal("plain_text", b.GetProperty("text").GetProperty("type").GetString()));
        Assert.StartsWith("<!channel>", blocks[1].GetProperty("text").GetProperty("text").GetString());
        var buttons = blocks[3].GetProperty("elements").EnumerateArray().ToList();
        Assert.All(buttons, b => Assert.Equal("button", b.GetProperty("type").GetString()));
        Assert.Equal(
            [TestPages.Ack, TestPages.Escalate, TestPages.Resolve],
            buttons.Select(b => new Uri(b.GetProperty("url").GetString()!)));
        Assert.Equal("Acknowledge", buttons[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Slack_RateLimitedWithRetryAfter_RetriesAndSends()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.StatusCode = 429;
                c.Response.Headers.RetryAfter = "0";
                return;
            }

            await c.Response.WriteAsync("ok");
        });
        using var host = Host(server);

        var result = await host.Channel(ChannelKinds.Slack).SendAsync(TestPages.Page(), new ContactAddress(""), default);

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(404)]
    public async Task Slack_ErrorWithoutRetryAfter_IsNotRetried(int status)
    {
        await using var server = await LoopbackServer.StartAsync(c => { c.Response.StatusCode = status; return Task.CompletedTask; });
        using var host = Host(server);

        var result = await host.Channel(ChannelKinds.Slack).SendAsync(TestPages.Page(), new ContactAddress(""), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.Single(server.Requests);
        Assert.DoesNotContain("slack-secret-path", host.AllLogText + result.Reason);
    }

    [Fact]
    public async Task Slack_NoDefaultAndNoPersonalUrl_FailsWithoutPosting()
    {
        using var host = new ChannelTestHost(o => o.Slack = new SlackChannelOptions());

        var result = await host.Channel(ChannelKinds.Slack).SendAsync(TestPages.Page(), new ContactAddress(""), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.Contains("no webhook URL", result.Reason);
    }
}
