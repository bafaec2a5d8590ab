using Microsoft.AspNetCore.Http;

namespace Bridge.Connectors.Tests.Support;

/// <summary>A loopback stand-in for ConnectWise's callback key URL: answers <c>{"signing_key":…}</c>.</summary>
internal static class SigningKeyServer
{
    public static Task<LoopbackServer> StartAsync(Func<string> key) =>
        LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync($$"""{"signing_key":"{{key()}}"}""");
        });
}
