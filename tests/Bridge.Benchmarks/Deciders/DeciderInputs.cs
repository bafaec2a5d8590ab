using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;
using Bridge.Benchmarks.Support;
using Microsoft.Extensions.Configuration;

namespace Bridge.Benchmarks.Deciders;

/// <summary>
/// The deciders' inputs as an MSP ships them: the routing policy and the on-call model compiled from the
/// repository's <c>config/bridge.json</c> (three clients, US holidays, a weekly after-hours rotation).
/// </summary>
internal static class DeciderInputs
{
    private static readonly Lazy<IConfigurationRoot> Shipped = new(() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoLayout.ShippedConfig, "bridge.json"), optional: false)
        .Build());

    public static RoutingPolicy RoutingPolicy()
    {
        var options = Shipped.Value.GetSection(RoutingOptions.SectionName).Get<RoutingOptions>() ?? new RoutingOptions();
        var (policy, problems) = RoutingPolicyCompiler.Compile(options);
        return policy ?? throw new InvalidOperationException("Shipped routing configuration: " + string.Join("; ", problems));
    }

    public static OnCallModel OnCallModel()
    {
        var options = Shipped.Value.GetSection(OnCallOptions.SectionName).Get<OnCallOptions>() ?? new OnCallOptions();
        var (model, problems) = OnCallModelCompiler.Compile(options);
        return problems.Count == 0 ? model : throw new InvalidOperationException("Shipped on-call configuration: " + string.Join("; ", problems));
    }

    public static TicketSnapshot Ticket(string company, string priority, string summary, string? type = null, string? subType = null) => new()
    {
        Id = 4711,
        CompanyIdentifier = company,
        BoardName = "Service Desk",
        PriorityName = priority,
        Summary = summary,
        TypeName = type,
        SubTypeName = subType,
        StatusName = "New",
    };
}
