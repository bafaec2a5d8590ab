namespace Bridge.Worker.OnCall;

/// <summary>One entry of <c>OnCall:People:N:Contacts</c>: Kind is Email, Sms, Teams, Slack or Webhook.</summary>
public sealed class ContactMethodOptions
{
    public string Kind { get; set; } = "";

    public string Address { get; set; } = "";
}
