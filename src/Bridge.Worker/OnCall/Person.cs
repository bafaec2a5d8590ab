namespace Bridge.Worker.OnCall;

/// <summary>
/// A technician who can be paged. <see cref="Member"/> is the ConnectWise member identifier;
/// <see cref="TimeZone"/> is an IANA id used to show times to this person.
/// </summary>
public sealed record Person(string Member, string Name, string TimeZone, IReadOnlyList<ContactMethod> Contacts);
