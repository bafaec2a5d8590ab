namespace Bridge.Worker.Reporting.Paging;

/// <summary>Shares for the Percent columns.</summary>
internal static class Fraction
{
    /// <summary><paramref name="part"/> of <paramref name="whole"/>, null when the whole is zero.</summary>
    public static double? Of(double part, double whole) => whole == 0 ? null : part / whole;
}
