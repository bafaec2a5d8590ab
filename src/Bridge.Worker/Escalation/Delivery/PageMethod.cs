namespace Bridge.Worker.Escalation.Delivery;

/// <summary>A contact method as a page request stores it.</summary>
internal sealed class PageMethod
{
    public string Kind { get; set; } = "";

    public string Address { get; set; } = "";
}
