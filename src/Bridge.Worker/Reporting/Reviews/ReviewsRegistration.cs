namespace Bridge.Worker.Reporting.Reviews;

internal static class ReviewsRegistration
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        return services;
    }
}
