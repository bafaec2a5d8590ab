using Bridge.Worker.Reporting.Capacity;
using Bridge.Worker.Reporting.Digest;
using Bridge.Worker.Reporting.Ledger;
using Bridge.Worker.Reporting.Reviews;
using Bridge.Worker.Reporting.ServiceDesk;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Reporting;

/// <summary>Each part's rules; every failure names its key (<c>Reporting:Ledger:Rates:northwind</c>).</summary>
internal sealed class ReportingOptionsValidator : IValidateOptions<ReportingOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportingOptions options)
    {
        const string Section = ReportingOptions.SectionName;
        var failures = new List<string>();
        failures.AddRange(LedgerOptionsValidator.Failures(options.Ledger, Section + ":Ledger"));
        failures.AddRange(ServiceDeskOptionsValidator.Failures(options.ServiceDesk, Section + ":ServiceDesk"));
        failures.AddRange(CapacityOptionsValidator.Failures(options.Capacity, Section + ":Capacity"));
        failures.AddRange(ReviewOptionsValidator.Failures(options.Reviews, Section + ":Reviews"));
        failures.AddRange(DigestOptionsValidator.Failures(options.Digest, Section + ":Digest"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
