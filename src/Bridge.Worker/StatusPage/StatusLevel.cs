namespace Bridge.Worker.StatusPage;

/// <summary>How a section (or the whole bridge) is doing, worst last; drives the colours.</summary>
internal enum StatusLevel
{
    /// <summary>Nothing to say (informational sections).</summary>
    None,

    Ok,

    Warning,

    Critical,
}
