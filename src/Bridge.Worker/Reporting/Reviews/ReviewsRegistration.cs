using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Reporting.Reviews;

internal static class ReviewsRegistration
{
    /// <summary>
    /// The post-incident review (<c>Reporting:Reviews</c>): its store, the stage that asks for it as incidents resolve
    /// (a stage of the engine: its cursor on the incident timeline, its loop on the lease holder), the form's links and
    /// desk, its timeline lines and the <c>reviews</c> report.
    /// </summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddStore<ReviewStore>();
        services.AddSingleton<ReviewTokens>();
        services.AddSingleton<ReviewLinks>();
        services.AddSingleton<ReviewRecords>();
        services.AddSingleton<ReviewDesk>();
        services.AddSingleton<ResolvedLinesInput>();
        services.AddSingleton<ReviewRequester>();
        services.AddSingleton<IStage>(sp =>
        {
            var input = sp.GetRequiredService<ResolvedLinesInput>();
            return new Stage<TimelineEntry>(ReviewRequester.StageName, input, sp.GetRequiredService<ReviewRequester>(), input.Last, null, sp.GetRequiredService<EngineServices>());
        });
        services.AddSingleton<ITimelineContributor, ReviewTimeline>();
        services.AddSingleton<IReport, ReviewsReport>();
        return services;
    }
}
