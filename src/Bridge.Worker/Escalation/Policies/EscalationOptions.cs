using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Escalation.Policies;

/// <summary>The escalation ladders and how incidents run. Section <c>Escalation</c>.</summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Escalation";

    /// <summary>
    /// Off: routing still decides and records, but no incident is opened and nobody is paged (a write-back-only
    /// trial, or a maintenance night). Incidents already open keep running.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The ladders by name; routing names the one to run for each priority (<c>Routing:Priorities:P1:Policy</c>).</summary>
    public Dictionary<string, EscalationPolicyOptions> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The ladder for a ticket nobody responded to (no work-in-progress status) before its internal-response SLA ran
    /// out within business hours; empty: daytime tickets open no incidents.
    /// </summary>
    public string BusinessHoursPolicy { get; set; } = "";

    /// <summary>
    /// Alert until acknowledged: once a ladder's own sends are spent with nobody acknowledging, its last step pages
    /// again this often until someone does, the ticket no longer needs anyone, or <see cref="GiveUpAfter"/>. A policy
    /// may set its own; <c>00:00:00</c>: no pages beyond the ladder's own. Never on the waiting-on-client ladder.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RepeatLastEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after its start a ladder stops paging anyone (a policy may set its own); empty: never.</summary>
    public TimeSpan? GiveUpAfter { get; set; }

    /// <summary>Who is paged, once per ladder, when its own sends are spent (or it gives up) with nobody acknowledging.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public ExhaustedOptions Exhausted { get; set; } = new();

    /// <summary>
    /// After an acknowledgement sat past its policy's <c>AcknowledgementTimeout</c> with no sign of work, the person who
    /// acknowledged is paged at once, and the ladder resumes this long after.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReAlertWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Statuses that mean the ticket waits on the client; entering one starts <see cref="WaitingPolicy"/>, leaving it stops it.</summary>
    public List<string> WaitingStatuses { get; set; } = ["Waiting Client", "Waiting on Client"];

    /// <summary>The ladder for a ticket waiting on the client (the seeds: remind the resource at 24 h, mail the contact at 72 h, ask the dispatcher to close at 96 h); empty: none.</summary>
    public string WaitingPolicy { get; set; } = "";

    /// <summary>Ticket statuses that mean "a person is on it": moving a ticket into one acknowledges its incident.</summary>
    public List<string> WorkInProgressStatuses { get; set; } = ["In Progress", "Acknowledged"];

    /// <summary>
    /// The person paged from a schedule who has acknowledged another client's open incident is passed over for the
    /// next one on call; when everyone within <see cref="BusyLookahead"/> is busy, the person on call is paged anyway.
    /// </summary>
    public bool SkipBusyPeople { get; set; } = true;

    /// <summary>How far ahead in the rotation to look for someone free when the person on call is busy.</summary>
    [Range(1, 10)]
    public int BusyLookahead { get; set; } = 3;

    /// <summary>
    /// A ticket the bridge first sees later than this after it was entered (first start, long downtime) starts its
    /// ladder when seen, not when entered, so nobody gets every step of an old ticket at once; and its missed
    /// business-hours response SLA opens no incident (a first start would otherwise page for every old ticket).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ColdStartWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often every incident is checked for a due step, whatever the timers do (a lost timer is late, never missed).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Base address of the acknowledgement links in pages (how technicians reach the bridge); empty: the first of <c>Urls</c>.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>How long an acknowledgement link works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The key that signs acknowledgement links (base64, at least 32 bytes); empty: generated on first start and kept in <see cref="SigningKeyFile"/>.</summary>
    public string AckSigningKey { get; set; } = "";

    /// <summary>Where a generated signing key is kept, relative to the configuration directory.</summary>
    public string SigningKeyFile { get; set; } = "data/ack-signing.key";

    /// <summary>Runbook links shown with a page and on the acknowledgement page, by ticket type and subtype.</summary>
    public List<RunbookOptions> Runbooks { get; set; } = [];
}
