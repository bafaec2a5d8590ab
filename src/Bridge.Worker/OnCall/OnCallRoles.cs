namespace Bridge.Worker.OnCall;

/// <summary>The roles the escalation ladders name. Admins may add any other role name in config.</summary>
public static class OnCallRoles
{
    public const string Dispatcher = "Dispatcher";
    public const string ServiceManager = "ServiceManager";
    public const string ServiceDirector = "ServiceDirector";
}
