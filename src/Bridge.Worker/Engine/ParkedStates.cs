namespace Bridge.Worker.Engine;

/// <summary>The states of a parked item.</summary>
internal static class ParkedStates
{
    public const string Parked = "parked";

    /// <summary>An admin retried it and the stage took it.</summary>
    public const string Retried = "retried";

    /// <summary>An admin gave it up, with a reason.</summary>
    public const string Dismissed = "dismissed";
}
