namespace Bridge.Worker.Escalation.Delivery;

internal enum PageRequestState
{
    Pending,

    /// <summary>A method accepted the page (now or before).</summary>
    Reached,

    /// <summary>Every method failed; the next escalation step is the safety net.</summary>
    Failed,

    /// <summary>Not sent: the incident was acknowledged or closed while the page waited.</summary>
    Cancelled,

    /// <summary>Sending kept throwing; parked with its reason.</summary>
    Parked,
}
