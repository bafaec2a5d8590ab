using Bridge.Worker.Kernel;

namespace Bridge.Worker.Tests.Support;

/// <summary>A configuration in force that never changes: the version a store or router stamps in a test.</summary>
internal sealed class FixedConfiguration(AppliedConfiguration applied) : IConfigurationInForce
{
    public AppliedConfiguration Current => applied;
}
