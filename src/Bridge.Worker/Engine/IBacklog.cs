namespace Bridge.Worker.Engine;

/// <summary>Work a module has stored and not done yet: what "the bridge is quiet" and the status page count.</summary>
internal interface IBacklog
{
    string Name { get; }

    /// <summary>Items waiting for this module.</summary>
    int CountBehind();
}
