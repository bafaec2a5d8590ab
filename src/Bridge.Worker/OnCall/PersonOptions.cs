namespace Bridge.Worker.OnCall;

/// <summary>One entry of <c>OnCall:People</c>.</summary>
public sealed class PersonOptions
{
    /// <summary>The ConnectWise member identifier (e.g. <c>anguyen</c>).</summary>
    public string Member { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>IANA (or Windows) zone id; defaults to UTC when empty.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>In the order to try them.</summary>
    public List<ContactMethodOptions> Contacts { get; set; } = [];
}
