using System.ComponentModel.DataAnnotations;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// A <see cref="RangeAttribute"/> whose <see cref="ValidationAttribute.ErrorMessage"/> is honoured by the
/// source-generated options validator. (The generator swaps a plain <c>[Range]</c> for its own copy, which
/// ignores <c>ErrorMessage</c>; the messages must name the configuration key path, e.g.
/// <c>ConnectWise:PageSize</c>, so the operator knows which line to fix.)
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class KeyRangeAttribute : RangeAttribute
{
    public KeyRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    public KeyRangeAttribute(double minimum, double maximum)
        : base(minimum, maximum)
    {
    }

    public KeyRangeAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }
}
