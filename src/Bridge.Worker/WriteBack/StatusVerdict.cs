namespace Bridge.Worker.WriteBack;

/// <summary>What to do with a status write once the ticket has been read again.</summary>
internal enum StatusVerdict
{
    /// <summary>The status is still what the bridge last saw: set the new one.</summary>
    Apply,

    /// <summary>The ticket already has the target status (set by a person, or by an earlier attempt whose answer was lost).</summary>
    AlreadyThere,

    /// <summary>Someone changed the status after the bridge last read the ticket: keep their change.</summary>
    KeepOthersChange,
}
