using Bridge.Worker.Kernel;
using Bridge.Worker.StatusPage;

namespace Bridge.Worker.Tests.Support;

/// <summary>Renders one status page section on its own, at an instant, in New York time.</summary>
internal static class SectionRender
{
    public static async Task<(string Html, StatusSectionResult Result)> RenderAsync(IStatusSection section, DateTimeOffset now)
    {
        var html = new HtmlWriter();
        var result = await section.WriteAsync(new StatusClock(now, RoutingFixtures.NewYork), html, CancellationToken.None);
        return (html.ToString(), result);
    }
}
