using LiteDB;

namespace Bridge.Worker.Watch;

/// <summary>An alarm told (or being told) and not yet cleared; one per cause, in collection <c>watch_alarms</c>.</summary>
internal sealed class RaisedAlarm
{
    /// <summary>The cause (<see cref="WatchCause"/>).</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset RaisedAt { get; set; }

    public string Subject { get; set; } = "";

    public string Detail { get; set; } = "";

    /// <summary>Whether the alarm's notice was handed to delivery (a crash between the two sends it on the next pass).</summary>
    public bool Told { get; set; }

    /// <summary>The notice's key: <c>alarm:{cause}:{raisedAt}</c>; the all-clear's is the same with <c>:clear</c>.</summary>
    [BsonIgnore]
    public string NoticeKey => $"alarm:{Id}:{RaisedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
}
