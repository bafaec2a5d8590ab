namespace Bridge.Worker.WriteBack;

/// <summary>What a failed attempt means for the record.</summary>
public enum FailureKind
{
    /// <summary>Certainly not written (refused before processing, never sent): try again later.</summary>
    NotSent,

    /// <summary>May have been written (no answer, reset, 5xx): a create is looked up by its marker before it is sent again.</summary>
    Unclear,

    /// <summary>ConnectWise refused the record itself (validation): park it, retrying cannot help.</summary>
    Rejected,
}
