namespace Bridge.Worker.OnCall;

/// <summary>One way to reach a person: an address, SMS number, chat handle or webhook URL.</summary>
public sealed record ContactMethod(ContactKind Kind, string Address);
