using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// Makes a loopback request look as if it came from another host: a request carrying <see cref="Header"/> gets that
/// address as its remote address before any of the bridge's middleware sees it. Tests use it for the rules that let
/// loopback callers in and keep others out, without a second machine.
/// </summary>
public sealed class RemoteCaller : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new RemoteCaller());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && IPAddress.TryParse(address.ToString(), out var remote))
            {
                context.Connection.RemoteIpAddress = remote;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
