namespace Bridge.Worker.OnCall;

/// <summary>Whose calendar a secret feed URL serves: a schedule's shifts, or one person's.</summary>
public enum FeedKind
{
    Schedule,
    Person,
}

public static class FeedKinds
{
    public static string Name(FeedKind kind) => kind == FeedKind.Schedule ? "schedule" : "person";

    public static bool TryParse(string? text, out FeedKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "schedule":
                kind = FeedKind.Schedule;
                return true;
            case "person":
                kind = FeedKind.Person;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
