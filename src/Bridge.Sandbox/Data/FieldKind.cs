namespace Bridge.Sandbox.Data;

/// <summary>How a field is stored, compared and validated.</summary>
internal enum FieldKind
{
    Integer,
    Number,
    Text,
    Flag,
    Date,
    Reference,
    Complex,
    List,
}

/// <summary>Whether a client may send a field.</summary>
internal enum FieldAccess
{
    ReadWrite,

    /// <summary>Accepted in a body but ignored (ids, <c>_info</c>, computed values).</summary>
    ReadOnly,

    /// <summary>Accepted on create only and never returned (e.g. <c>initialDescription</c>).</summary>
    WriteOnly,
}

/// <summary>The members a reference object carries besides <c>_info</c>.</summary>
internal enum RefShape
{
    Named,
    Identified,
    Priority,
    Status,
    Ticket,
}
