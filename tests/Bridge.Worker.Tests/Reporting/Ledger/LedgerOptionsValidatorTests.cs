using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Ledger;

namespace Bridge.Worker.Tests.Reporting.Ledger;

public sealed class LedgerOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new LedgerOptions();

        Assert.Empty(LedgerOptionsValidator.Failures(options, "Reporting:Ledger"));
        Assert.Equal((0m, null, 0, 0), (options.Incentive, options.DefaultRate, options.Rates.Count, options.WorkTypeRates.Count));
    }

    [Fact]
    public void Validate_NegativeRatesAndAnIncentiveAboveOne_EachFailureNamesItsKey()
    {
        var options = new ReportingOptions
        {
            Ledger = new LedgerOptions
            {
                Rates = new() { ["northwind"] = -150m, ["contoso"] = 175m },
                WorkTypeRates = new() { ["Onsite"] = -1m },
                DefaultRate = -10m,
                Incentive = 1.5m,
            },
        };

        var result = new ReportingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "Reporting:Ledger:Rates:northwind is -150: an hourly rate cannot be negative.",
                "Reporting:Ledger:WorkTypeRates:Onsite is -1: an hourly rate cannot be negative.",
                "Reporting:Ledger:DefaultRate is -10: an hourly rate cannot be negative.",
                "Reporting:Ledger:Incentive is 1.5: a fraction of the extra revenue, from 0 to 1 (0.25 is a quarter).",
            ],
            result.Failures);
    }

    [Theory]
    [InlineData("-0.01", false)]
    [InlineData("0", true)]
    [InlineData("0.25", true)]
    [InlineData("1", true)]
    [InlineData("1.01", false)]
    public void Validate_Incentive_FromZeroToOne(string incentive, bool valid)
    {
        var options = new LedgerOptions { Incentive = decimal.Parse(incentive, System.Globalization.CultureInfo.InvariantCulture) };

        var failures = LedgerOptionsValidator.Failures(options, "Reporting:Ledger").ToList();

        Assert.Equal(valid, failures.Count == 0);
        Assert.All(failures, f => Assert.StartsWith("Reporting:Ledger:Incentive ", f, StringComparison.Ordinal));
    }
}
