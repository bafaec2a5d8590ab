using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Worker.Access.Accounts;

internal static class AccessAccountsServiceCollectionExtensions
{
    /// <summary>
    /// Built-in accounts (<c>accounts.json</c>, section <c>Access:Local</c>): the accounts as the service reads them, the
    /// lockout counts in the state file, and <see cref="LocalSignIn"/>, which the sign-in page asks. Needs storage and on-call.
    /// </summary>
    public static IServiceCollection AddLocalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<LocalAccountOptions, LocalAccountOptionsValidator>(configuration, LocalAccountOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LocalAccounts>();
        services.AddStore<LockoutStore>();
        services.AddSingleton<LocalSignIn>();
        return services;
    }
}
