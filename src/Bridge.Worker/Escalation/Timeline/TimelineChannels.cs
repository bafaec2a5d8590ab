namespace Bridge.Worker.Escalation.Timeline;

/// <summary>How an acknowledgement, escalation or resolution came in (<see cref="TimelineEntry.Channel"/>).</summary>
public static class TimelineChannels
{
    /// <summary>A signed link (the acknowledgement page).</summary>
    public const string Link = "link";

    /// <summary>A change a person made in ConnectWise (status, closing): write-back does not echo it back as a status write.</summary>
    public const string ConnectWise = "connectwise";

    /// <summary>The bridge itself (thresholds, timeouts).</summary>
    public const string Bridge = "bridge";
}
