namespace Bridge.Worker.Reporting.Ledger;

internal static class LedgerReportsRegistration
{
    /// <summary>The after-hours ledger report (<c>after-hours</c>).</summary>
    public static IServiceCollection AddLedgerReports(this IServiceCollection services)
    {
        services.AddSingleton<IReport, AfterHoursLedgerReport>();
        return services;
    }
}
