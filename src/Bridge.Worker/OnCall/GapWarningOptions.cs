namespace Bridge.Worker.OnCall;

/// <summary>Section <c>OnCall:GapWarnings</c>: the role told, ahead of time, of a stretch of required coverage with nobody on call.</summary>
public sealed class GapWarningOptions
{
    public const string SectionName = OnCallOptions.SectionName + ":GapWarnings";

    internal static readonly IReadOnlyList<TimeSpan> DefaultAhead = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    public bool Enabled { get; set; } = true;

    /// <summary>Everyone holding this role (<c>OnCall:Roles</c>) is told.</summary>
    public string Role { get; set; } = "Dispatcher";

    /// <summary>
    /// How long before a gap each warning goes (default 7 days and 1 day). Empty here, because the configuration binder
    /// adds a file's list to a list the class starts with; <see cref="Warnings"/> holds the list in force.
    /// </summary>
    public List<TimeSpan> Ahead { get; set; } = [];

    /// <summary>The warnings in force, longest ahead first.</summary>
    internal IReadOnlyList<TimeSpan> Warnings => (Ahead.Count > 0 ? Ahead : DefaultAhead).Distinct().OrderDescending().ToList();
}
