namespace Bridge.Worker.WriteBack.TimeEntries;

public enum TimeEntryVerdict
{
    /// <summary>The work type is the one its class calls for (or the class names none).</summary>
    Matches,

    /// <summary>The work type differs from the class's; reported (correction is off).</summary>
    Mismatch,

    /// <summary>The work type differed and the bridge sets the class's, through the outbox (its log says when it was set, or why not).</summary>
    Corrected,

    /// <summary>The bridge could not classify it (the ticket is unknown to it, or the entry has no start).</summary>
    NotClassified,
}
