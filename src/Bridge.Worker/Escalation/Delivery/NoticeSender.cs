using System.Text.Json;
using Bridge.Connectors.Notifications;
using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Hands notices to the delivery lanes, the same lanes and dedup as pages: one request per person, under the notice's
/// key, written in one go. A notice already handed over under its key is not handed over again.
/// </summary>
internal sealed class NoticeSender(BridgeDatabase database, PageQueue pages, DeliveryLanes lanes, IOnCallResolver onCall, TimeProvider time, ILogger<NoticeSender> logger)
{
    /// <summary>Sends <paramref name="notice"/> to every person of <paramref name="role"/>.</summary>
    public NoticeResult SendToRole(Notice notice, string role) =>
        Send(notice, onCall.Role(role).Select(p => p.Member).ToList(), $"role {role}");

    /// <summary>Sends <paramref name="notice"/> to <paramref name="members"/> (ConnectWise member identifiers).</summary>
    public NoticeResult Send(Notice notice, IReadOnlyCollection<string> members, string? audience = null)
    {
        var requests = new List<PageRequest>();
        var missed = new List<string>();
        var now = time.GetUtcNow();
        var lanesToWake = database.Write(() =>
        {
            if (pages.ForSend(notice.Key).Count > 0)
            {
                return null;
            }

            foreach (var member in members.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var person = onCall.FindPerson(member);
                var methods = (person?.Contacts ?? [])
                    .Select(c => new PageMethod { Kind = c.Kind.ToString().ToLowerInvariant(), Address = c.Address })
                    .Where(m => notice.Kinds is null || notice.Kinds.Contains(m.Kind))
                    .ToList();
                if (person is null || methods.Count == 0)
                {
                    missed.Add(member);
                    continue;
                }

                var request = new PageRequest
                {
                    Send = notice.Key,
                    PersonId = person.Member,
                    PersonName = person.Name,
                    Page = JsonSerializer.Serialize(Page(notice, person), DeliveryJson.Options),
                    Methods = (notice.Reach == NoticeReach.FirstContact ? methods.Take(1) : methods).ToList(),
                    State = PageRequestState.Pending,
                    CreatedAt = now,
                };
                request.Lane = DeliveryLanes.LaneOf(request.Methods[0].Kind);
                requests.Add(request);
            }

            pages.Add(requests);
            return requests.Select(r => r.Lane).Distinct().ToList();
        });
        if (lanesToWake is null)
        {
            return new NoticeResult(NoticeOutcome.AlreadySent, [], []);
        }

        NotificationLog.NoticeQueued(logger, notice.Key, audience ?? string.Join(", ", members), requests.Count, missed.Count);
        lanes.Wake(lanesToWake);
        return new NoticeResult(requests.Count == 0 ? NoticeOutcome.NobodyToTell : NoticeOutcome.Queued, requests.Select(r => r.PersonName ?? r.PersonId).ToList(), missed);
    }

    /// <summary>The notices handed over under keys starting with <paramref name="prefix"/>, newest first.</summary>
    public IReadOnlyList<PageRequest> Sent(string prefix, int limit) => pages.Notices(prefix, limit);

    private static Notification Page(Notice notice, Person person) => new()
    {
        IncidentId = "",
        TicketId = 0,
        Subject = notice.Subject,
        Body = notice.Text,
        IsNotice = true,
        Links = ActionLinks.None,
        DedupKey = $"{notice.Key}:{person.Member}",
    };
}

internal enum NoticeOutcome
{
    Queued,

    /// <summary>Handed over before under the same key: not sent again.</summary>
    AlreadySent,

    /// <summary>Nobody of the audience has a contact method.</summary>
    NobodyToTell,
}

/// <summary>What became of a notice: handed over for these people; these had no person record or no contact method.</summary>
internal sealed record NoticeResult(NoticeOutcome Outcome, IReadOnlyList<string> Told, IReadOnlyList<string> Missed);
