namespace Bridge.Worker.OnCall;

/// <summary>
/// A weekly window: on each of <see cref="Days"/> (names, <c>Mon</c>, or ranges <c>Monday-Friday</c>)
/// from <see cref="From"/> to the next <see cref="To"/>; <c>17:00</c>→<c>08:00</c> ends the next morning.
/// </summary>
public sealed class RestrictionOptions
{
    public List<string> Days { get; set; } = [];

    public string From { get; set; } = "";

    public string To { get; set; } = "";
}
