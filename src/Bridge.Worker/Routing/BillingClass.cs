using System.Globalization;

namespace Bridge.Worker.Routing;

/// <summary>The billing class of a decision; the multiplier is 1 except for after-hours work.</summary>
internal sealed record BillingClass(BillingKind Kind, decimal Multiplier)
{
    public static BillingClass Included { get; } = new(BillingKind.Included, 1m);

    public static BillingClass Normal { get; } = new(BillingKind.Normal, 1m);

    public static BillingClass AfterHours(decimal multiplier) => new(BillingKind.AfterHours, multiplier);

    /// <summary>"included", "normal", "after-hours ×1.5".</summary>
    public override string ToString() => Kind switch
    {
        BillingKind.Included => "included",
        BillingKind.AfterHours => $"after-hours ×{Multiplier.ToString("0.##", CultureInfo.InvariantCulture)}",
        _ => "normal",
    };
}
