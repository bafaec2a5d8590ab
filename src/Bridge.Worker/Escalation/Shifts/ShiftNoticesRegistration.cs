namespace Bridge.Worker.Escalation.Shifts;

internal static class ShiftNoticesRegistration
{
    /// <summary>Handoff notices and gap warnings (<c>OnCall:Handoff</c>, <c>OnCall:GapWarnings</c>) through the notice sender.</summary>
    public static IServiceCollection AddShiftNotices(this IServiceCollection services)
    {
        services.AddSingleton<ShiftNotices>();
        services.AddHostedService(sp => sp.GetRequiredService<ShiftNotices>());
        return services;
    }
}
