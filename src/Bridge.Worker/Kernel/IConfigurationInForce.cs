namespace Bridge.Worker.Kernel;

/// <summary>
/// The configuration in force now (its version and content), for the stages that record what they decided under:
/// routing stamps it on every decision, escalation on every incident it opens.
/// </summary>
internal interface IConfigurationInForce
{
    AppliedConfiguration Current { get; }
}
