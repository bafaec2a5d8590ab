using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteBackOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Valid() =>
        Assert.True(new WriteBackOptionsValidator().Validate(null, new WriteBackOptions()).Succeeded);

    [Fact]
    public void Defaults_ContactAttemptsOnAndBillable_IncludedTimeNoCharge()
    {
        var options = new WriteBackOptions();

        Assert.Equal((true, "Billable", "NoCharge", "Billable"),
            (options.ContactAttempts.Enabled, options.ContactAttempts.BillableOption, options.Billing.Included.BillableOption, options.Billing.AfterHours.BillableOption));
    }

    [Fact]
    public void Validate_Mistakes_EveryFailureNamesItsKey()
    {
        var options = new WriteBackOptions { RetryBaseDelay = TimeSpan.FromMinutes(10), RetryMaxDelay = TimeSpan.FromMinutes(5), SweepInterval = TimeSpan.Zero };
        options.ContactAttempts.BillableOption = "Free";
        options.Billing.AfterHours.BillableOption = "billable";
        options.ContactAttempts.Member = "Anh Nguyen";
        options.Statuses["Service Desk"] = new WriteBackStatusOptions();
        options.ClientNotices.ReceivedWithin = TimeSpan.FromHours(-1);

        var failures = new WriteBackOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("WriteBack:ContactAttempts:BillableOption must be one of Billable, DoNotBill, NoCharge, NoDefault (was 'Free')", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WriteBack:Billing:AfterHours:BillableOption", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WriteBack:RetryBaseDelay", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WriteBack:ContactAttempts:Member", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WriteBack:Statuses:Service Desk maps no event", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("SweepInterval", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WriteBack:ClientNotices:ReceivedWithin must not be negative (was -01:00:00)", StringComparison.Ordinal));
    }
}
