namespace Bridge.Worker.Reporting.Ledger;

internal static class LedgerReportsRegistration
{
    public static IServiceCollection AddLedgerReports(this IServiceCollection services)
    {
        return services;
    }
}
