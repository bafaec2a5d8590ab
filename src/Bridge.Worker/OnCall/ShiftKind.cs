namespace Bridge.Worker.OnCall;

/// <summary>How long one person's turn in a rotation lasts, on the wall clock.</summary>
internal enum ShiftKind
{
    Daily,
    Weekly,
    Hours,
}
